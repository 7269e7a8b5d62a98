/// A glossary term found in a piece of text.
package struct TermMatch: Sendable, Equatable {
    /// The index of the entry in `Glossary.entries`.
    package let entry: Int
    /// Where the match is, in UTF-8 bytes of the text searched.
    package let byteRange: Range<Int>
    /// The words as written in the text.
    package let text: String
}

/// Finds glossary terms in text: whole words only, phrases across line breaks, hyphen, space and
/// no-space spellings alike, curly and straight apostrophes alike, plurals and word forms, with
/// acronyms matched by their capitals (CoP but not "cop"); where terms overlap the longest wins.
/// Web and e-mail addresses, and option names such as `--facilitator`, are skipped.
package struct TermMatcher: Sendable {
    private let trie: PhraseTrie
    /// The entries the matcher was built from.
    package let entries: GlossaryEntries

    /// Matches the glossary's terms: compiled already when the glossary came from an archive,
    /// compiled here otherwise.
    package init(glossary: Glossary) {
        trie = glossary.compiled ?? Self.compile(glossary)
        entries = glossary.entries
    }

    /// Every spelling and form of the glossary's terms, except those the team allows, in one trie.
    static func compile(_ glossary: Glossary) -> PhraseTrie {
        var keys: [(key: [UInt8], target: PhraseTrie.Target)] = []
        for (index, entry) in glossary.entries.enumerated() {
            for spelling in entry.spellings where !glossary.isAllowed(spelling) {
                let forms = WordForms.forms(of: spelling, kind: entry.kind)
                let caseForms = entry.kind == .acronym ? forms.flatMap { [$0, $0.uppercased()] } : []
                for form in forms {
                    keys.append((TextBytes.fold(form), PhraseTrie.Target(entry: Int32(index), spellings: caseForms)))
                }
                // Hyphenated and spaced phrases are also written as one word: co-production, coproduction.
                if entry.kind != .acronym, spelling.contains(where: { $0 == "-" || $0 == " " }) {
                    let joined = String(spelling.filter { $0 != "-" && $0 != " " })
                    for form in WordForms.forms(of: joined, kind: entry.kind) {
                        keys.append((TextBytes.fold(form), PhraseTrie.Target(entry: Int32(index), spellings: [])))
                    }
                }
            }
        }
        return PhraseTrie(keys: keys)
    }

    /// Every glossary term in `text`, in order, never overlapping.
    package func matches(in text: String) -> [TermMatch] {
        matches(in: Array(text.utf8))
    }

    /// Every glossary term in `utf8`, in order, never overlapping.
    package func matches(in utf8: [UInt8]) -> [TermMatch] {
        utf8.withUnsafeBufferPointer { matches(in: $0) }
    }

    private func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [TermMatch] {
        var found: [TermMatch] = []
        var index = 0
        var previous: TextBytes.Kind = .separator
        let count = bytes.count
        while index < count {
            let (kind, length) = TextBytes.classify(bytes, index)
            guard kind == .word, previous != .word else {
                previous = kind
                index += length
                continue
            }
            if let end = endOfValueList(bytes, at: index) {
                // The values a command's help lists are what a user types, as they are.
                index = end
                previous = .separator
                continue
            }
            if isOptionName(bytes, at: index) || isAddress(bytes, from: index) {
                // Skip to the next white space.
                while index < count, !(bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x09) { index += 1 }
                previous = .separator
                continue
            }
            if let match = longestMatch(bytes, from: index) {
                found.append(match)
                index = match.byteRange.upperBound
                previous = .other
                continue
            }
            previous = kind
            index += length
        }
        return found
    }

    /// The longest valid term starting at `start`, a word start.
    private func longestMatch(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> TermMatch? {
        var node: Int32 = 0
        var index = start
        var candidates: [(end: Int, list: Int32)] = []
        let count = bytes.count
        while index < count {
            let (kind, length) = TextBytes.classify(bytes, index)
            switch kind {
            case .separator:
                // A run of separators reads as one space.
                var end = index + length
                while end < count, TextBytes.classify(bytes, end).0 == .separator { end += TextBytes.classify(bytes, end).1 }
                node = trie.child(node, UInt8(ascii: " "))
                index = end
            case .apostrophe:
                node = trie.child(node, UInt8(ascii: "'"))
                index += length
            case .word, .other:
                for offset in 0..<length where node >= 0 {
                    node = trie.child(node, TextBytes.lower(bytes[index + offset]))
                }
                index += length
            }
            if node < 0 { break }
            let list = trie.ending(node)
            if list >= 0, kind != .separator, index >= count || TextBytes.classify(bytes, index).0 != .word {
                candidates.append((index, list))
            }
        }
        for candidate in candidates.reversed() {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<candidate.end]), as: UTF8.self)
            if let entry = trie.entry(in: candidate.list, matching: text) {
                return TermMatch(entry: Int(entry), byteRange: start..<candidate.end, text: text)
            }
        }
        return nil
    }

    /// The longest list of values a command's help may show, in bytes.
    static let longestValueList = 1_000

    /// Where the list ends when the word at `start` opens the list of values a command's help
    /// shows, `(values: expert by experience, professional, facilitator)`; otherwise nil.
    private func endOfValueList(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        let opening: StaticString = "values:"
        guard start >= 1, bytes[start - 1] == UInt8(ascii: "("), start + opening.utf8CodeUnitCount <= bytes.count else { return nil }
        let matches = opening.withUTF8Buffer { word in word.indices.allSatisfy { bytes[start + $0] == word[$0] } }
        guard matches else { return nil }
        var index = start + opening.utf8CodeUnitCount
        let limit = min(bytes.count, index + Self.longestValueList)
        while index < limit {
            if bytes[index] == UInt8(ascii: ")") { return index + 1 }
            index += 1
        }
        return nil
    }

    /// Whether the word at `start` is the name of a command's option: two hyphens at the start of
    /// a word (`--easy-read`, `[--facilitator]`), which a user types as it is.
    private func isOptionName(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start >= 2, bytes[start - 1] == UInt8(ascii: "-"), bytes[start - 2] == UInt8(ascii: "-") else { return false }
        guard start >= 3 else { return true }
        return [0x20, 0x0A, 0x09, 0x0D, UInt8(ascii: "["), UInt8(ascii: "("), UInt8(ascii: "`"), UInt8(ascii: "'"), UInt8(ascii: "\"")]
            .contains(bytes[start - 3])
    }

    /// Whether the run of characters from `start` is a web or e-mail address.
    private func isAddress(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var index = start
        var sawAt = false
        var sawDot = false
        let count = bytes.count
        if count - start >= 4, bytes[start] | 0x20 == UInt8(ascii: "w"), bytes[start + 1] | 0x20 == UInt8(ascii: "w"),
           bytes[start + 2] | 0x20 == UInt8(ascii: "w"), bytes[start + 3] == UInt8(ascii: ".") {
            return true
        }
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D { break }
            if byte == UInt8(ascii: ":"), index + 2 < count, bytes[index + 1] == UInt8(ascii: "/"), bytes[index + 2] == UInt8(ascii: "/") {
                return true
            }
            if byte == UInt8(ascii: "@") { sawAt = true }
            if byte == UInt8(ascii: "."), sawAt { sawDot = true }
            index += 1
        }
        return sawAt && sawDot
    }
}
