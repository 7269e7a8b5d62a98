import Foundation

/// The comment an author writes in Markdown or a web page to allow words in that file:
/// `<!-- roundtable: allow ICB, step change -->`.
enum AllowComment {
    /// The terms `html` allows, or nil when it is not such a comment.
    static func terms(in html: String) -> [String]? {
        let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") else { return nil }
        let inside = trimmed.dropFirst(4).dropLast(3).trimmingCharacters(in: .whitespacesAndNewlines)
        let prefix = "roundtable: allow "
        guard inside.lowercased().hasPrefix(prefix) else { return nil }
        return inside.dropFirst(prefix.count).split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
