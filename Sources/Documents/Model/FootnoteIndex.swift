/// Numbers the footnotes of a document in the order they are first referred to, as readers expect.
///
/// Writers that put a note at its reference (DOCX, FODT) and writers that gather notes at the
/// end (HTML, Markdown, plain text) share this one numbering.
package struct FootnoteIndex: Sendable {
    /// A footnote with its number.
    package struct Note: Sendable, Equatable {
        package let number: Int
        package let label: String
        package let blocks: [Block]
    }

    /// Every footnote, in number order. Definitions nobody refers to come last, so no text is lost.
    package let notes: [Note]
    private let numbers: [String: Int]

    /// Indexes the footnotes of `document`.
    package init(_ document: Document) {
        var definitions: [String: [Block]] = [:]
        var definitionOrder: [String] = []
        var referenceOrder: [String] = []
        var seen = Set<String>()
        FootnoteWalk(entersDefinitions: true, reference: { label in
            if seen.insert(label).inserted { referenceOrder.append(label) }
        }, definition: { definition in
            if definitions[definition.label] == nil {
                definitions[definition.label] = definition.blocks
                definitionOrder.append(definition.label)
            }
        }).visit(document.blocks)
        let ordered = referenceOrder.filter { definitions[$0] != nil }
            + definitionOrder.filter { !seen.contains($0) }
        var notes: [Note] = []
        var numbers: [String: Int] = [:]
        for (offset, label) in ordered.enumerated() {
            notes.append(Note(number: offset + 1, label: label, blocks: definitions[label] ?? []))
            numbers[label] = offset + 1
        }
        self.notes = notes
        self.numbers = numbers
        self.referencedCount = ordered.count - definitionOrder.filter { !seen.contains($0) }.count
    }

    /// The number of the footnote with this label, or nil when the document does not define it.
    package func number(for label: String) -> Int? { numbers[label] }

    /// Footnotes that no reference points to; writers that place notes at their reference add these at the end.
    package var unreferenced: ArraySlice<Note> { notes[referencedCount...] }

    private let referencedCount: Int
}
