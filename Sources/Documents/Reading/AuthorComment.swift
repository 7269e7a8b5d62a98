import Foundation

/// A comment an author writes in Markdown or a web page to tell Roundtable about that file:
/// `<!-- roundtable: allow ICB, step change -->` allows words in the wording check, and
/// `<!-- roundtable: keep Young people, Will we meet -->` keeps phrases as they are in a
/// published pack, although they hold part of a name that is hidden.
enum AuthorComment {
    /// What a comment asks for.
    enum Directive: String, CaseIterable {
        case allow
        case keep
    }

    /// What `html` asks for and the comma-separated words it gives, or nil when it is not such a comment.
    static func parse(_ html: String) -> (directive: Directive, values: [String])? {
        let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") else { return nil }
        let inside = trimmed.dropFirst(4).dropLast(3).trimmingCharacters(in: .whitespacesAndNewlines)
        for directive in Directive.allCases {
            let prefix = "roundtable: \(directive.rawValue) "
            guard inside.lowercased().hasPrefix(prefix) else { continue }
            let values = inside.dropFirst(prefix.count).split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            return (directive, values)
        }
        return nil
    }

    /// The comment that starts a new page in print: `<!-- roundtable: new page -->`.
    static let newPage = "<!-- roundtable: new page -->"

    /// Whether `html` is the new-page comment, however it is spaced or capitalised.
    static func isNewPage(_ html: String) -> Bool {
        let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") else { return false }
        return trimmed.dropFirst(4).dropLast(3).lowercased().split(whereSeparator: \.isWhitespace) == ["roundtable:", "new", "page"]
    }

    /// The allowed terms and kept phrases gathered from comments.
    struct Gathered {
        var allowed: [String] = []
        var kept: [String] = []

        /// Adds what `html` asks for; false when it is not such a comment.
        mutating func add(_ html: String) -> Bool {
            guard let (directive, values) = AuthorComment.parse(html) else { return false }
            switch directive {
            case .allow: allowed += values
            case .keep: kept += values
            }
            return true
        }
    }
}
