import Documents

/// Builds a shareable "jargon buster": glossary entries with what they mean and plainer words,
/// grouped by field of work, as a Document for any writer.
public struct JargonBuster: Sendable {
    /// The title on the document.
    public var title: String
    /// The sentence under the title.
    public var introduction: String

    /// Creates a jargon buster, with a general title and introduction unless given.
    public init(title: String = "Jargon buster",
                introduction: String = "Words and letters you may hear in health, care, housing and justice services, what they mean, and plainer ways to say them.") {
        self.title = title
        self.introduction = introduction
    }

    /// The document for `entries`, grouped under the domains' titles in `glossary` order.
    public func document(_ entries: [GlossaryEntry], domains: [(id: String, title: String)]) -> Document {
        var blocks: [Block] = [.paragraph(Paragraph([.text(introduction)]))]
        let order = domains.map(\.id) + Array(Set(entries.map(\.domain)).subtracting(domains.map(\.id))).sorted()
        for domain in order {
            let group = entries.filter { $0.domain == domain }.sorted { $0.term.lowercased() < $1.term.lowercased() }
            guard !group.isEmpty else { continue }
            let title = domains.first { $0.id == domain }?.title ?? domain.capitalized
            blocks.append(.heading(Heading(level: 2, [.text(title)])))
            blocks.append(.table(Table(
                alignments: [.left, .left, .left],
                header: [[.text("Word")], [.text("What it means")], [.text("Plainer words")]],
                rows: group.map(Self.row))))
        }
        if entries.isEmpty {
            blocks.append(.paragraph(Paragraph([.text("No glossary words were found.")])))
        }
        return Document(metadata: Metadata(title: title, summary: introduction, keywords: ["jargon buster", "plain English"]),
                        blocks: blocks)
    }

    /// One row of a jargon-buster table: the word (with its expansions), what it means (and why it
    /// matters, for labels), and plainer words.
    public static func row(_ entry: GlossaryEntry) -> [[Inline]] {
        var word: [Inline] = [.strong([.text(entry.term)])]
        if !entry.expansions.isEmpty {
            word += [.lineBreak, .text(entry.expansions.joined(separator: " or "))]
        }
        var meaning: [Inline] = [.text(entry.meaning)]
        if let why = entry.why {
            meaning += [.lineBreak, .emphasis([.text("Why it matters: " + why)])]
        }
        return [word, meaning, [.text(entry.alternatives.joined(separator: "; "))]]
    }
}
