/// Decides, before writing, which notes become Word footnotes and which number every note shows.
///
/// A note becomes a footnote at its first reference in the body, so Word numbers footnotes in the
/// order that reference appears. Notes that the body never refers to (unreferenced, or referred to
/// only from inside another note) cannot be footnotes: they go to a "Notes" section at the end,
/// numbered after the footnotes. A reference that cannot be a footnote shows that number as text,
/// even when it comes before the note is written.
struct DOCXFootnotePlan {
    /// Notes written in the closing "Notes" section, with the numbers they show, in that order.
    let sectionNotes: [(number: Int, note: FootnoteIndex.Note)]
    private let notes: [String: FootnoteIndex.Note]
    private let footnoteNumbers: [String: Int]
    private let numbers: [String: Int]

    /// Plans the notes of `index` for a body made of `blocks`.
    init(blocks: [Block], index: FootnoteIndex) {
        var notes: [String: FootnoteIndex.Note] = [:]
        for note in index.notes { notes[note.label] = note }
        var footnoteNumbers: [String: Int] = [:]
        // Only references in the body itself: a note referred to from another note cannot be a footnote.
        FootnoteWalk(entersDefinitions: false, reference: { label in
            if notes[label] != nil, footnoteNumbers[label] == nil {
                footnoteNumbers[label] = footnoteNumbers.count + 1
            }
        }, definition: { _ in }).visit(blocks)
        var numbers = footnoteNumbers
        var sectionNotes: [(number: Int, note: FootnoteIndex.Note)] = []
        for note in index.notes where footnoteNumbers[note.label] == nil {
            numbers[note.label] = numbers.count + 1
            sectionNotes.append((numbers.count, note))
        }
        self.sectionNotes = sectionNotes
        self.notes = notes
        self.footnoteNumbers = footnoteNumbers
        self.numbers = numbers
    }

    /// The number readers see for the note with this label, or nil when no such note is defined.
    func number(for label: String) -> Int? { numbers[label] }

    /// The id and number of the Word footnote for this label, or nil when the note is not a footnote.
    func footnoteNumber(for label: String) -> Int? { footnoteNumbers[label] }

    /// The note with this label.
    func note(for label: String) -> FootnoteIndex.Note? { notes[label] }
}
