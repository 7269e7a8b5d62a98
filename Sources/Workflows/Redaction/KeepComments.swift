/// The phrases an author asked to keep as they are, although they hold part of a hidden name:
/// `<!-- roundtable: keep Young people, Will we meet -->` in the notes.
public enum KeepComments {
    /// The phrases of every keep comment in `markdown`, separated by commas.
    public static func phrases(in markdown: String) -> [String] {
        var phrases: [String] = []
        var rest = markdown[...]
        while let open = rest.range(of: "<!--") {
            guard let close = rest.range(of: "-->", range: open.upperBound..<rest.endIndex) else { break }
            let body = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
            let prefix = "roundtable: keep "
            if body.lowercased().hasPrefix(prefix) {
                phrases += body.dropFirst(prefix.count).split(separator: ",")
                    .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                    .filter { !$0.isEmpty }
            }
            rest = rest[close.upperBound...]
        }
        return phrases
    }
}

import Foundation
