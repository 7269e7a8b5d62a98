import Documents
import PlainLanguage

/// A jargon buster to share: every word of the glossary, or only the glossary words a document
/// uses, grouped by field of work.
public struct JargonBusterExport: Sendable {
    /// The jargon buster, for any writer.
    public let document: Document
    /// The name its files share: `jargon-buster`, or `<document>-jargon-buster`.
    public let baseName: String
    /// How many words it explains.
    public let wordCount: Int

    /// The jargon buster of `glossary`: all of it, or the words `source` uses (`name` is the
    /// document's file name, for the title and the files' names).
    public init(glossary: Glossary, usedIn source: (document: Document, name: String)? = nil) {
        var entries = Array(glossary.entries)
        var title = "Jargon buster"
        var baseName = "jargon-buster"
        if let source {
            entries = PlainLanguageChecker(glossary: glossary).check(source.document, file: source.name).termsUsed
            title = "Words we used: a jargon buster for \(source.name)"
            baseName = Exporter.baseName(of: source.name) + "-jargon-buster"
        }
        document = JargonBuster(title: title).document(entries, domains: glossary.fieldsOfWork)
        self.baseName = baseName
        wordCount = entries.count
    }
}
