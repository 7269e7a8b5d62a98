import Documents
import Foundation

/// Writes out acronyms at their first use: "ICB" becomes "Integrated Care Board (ICB)".
public struct AcronymExpander: Sendable {
    /// An acronym and the words it stands for.
    public struct Expansion: Sendable, Equatable {
        /// The letters, such as "ICB".
        public var acronym: String
        /// What they stand for, such as "Integrated Care Board".
        public var words: String

        /// `acronym` standing for `words`.
        public init(acronym: String, words: String) {
            self.acronym = acronym
            self.words = words
        }
    }

    private let expansions: [Expansion]

    /// Prepares to expand each acronym in `expansions` once.
    public init(_ expansions: [Expansion]) {
        self.expansions = expansions
    }

    /// `document` with the first use of each acronym in its prose written out, and the acronyms
    /// that were found and expanded. Code and addresses are left alone.
    public func expand(_ document: Document) -> (document: Document, expanded: [Expansion]) {
        var pending = expansions
        var done: [Expansion] = []
        let result = document.mappingText { text, kind in
            guard kind == .prose, !pending.isEmpty else { return text }
            var current = text
            pending.removeAll { expansion in
                let pattern = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: expansion.acronym) + "(s?)(?![\\p{L}\\p{N}])"
                guard let regex = try? NSRegularExpression(pattern: pattern),
                      let match = regex.firstMatch(in: current, range: NSRange(current.startIndex..., in: current)),
                      let range = Range(match.range, in: current),
                      let plural = Range(match.range(at: 1), in: current) else { return false }
                let s = String(current[plural])
                current.replaceSubrange(range, with: "\(expansion.words)\(s) (\(expansion.acronym)\(s))")
                done.append(expansion)
                return true
            }
            return current
        }
        return (result, done)
    }
}
