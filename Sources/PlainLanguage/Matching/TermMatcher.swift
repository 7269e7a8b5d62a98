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

    /// Every glossary term in `utf8`, in order, never overlapping, walking the trie at every
    /// word: for one short text, where remembering words saves nothing.
    package func matches(in utf8: [UInt8]) -> [TermMatch] {
        var unmatched = WordsWithoutTerms(remembering: false)
        return matches(in: utf8, unmatched: &unmatched)
    }

    /// Every glossary term in `utf8`, in order, never overlapping; `unmatched` carries the words
    /// that start no term from text read before, and learns more.
    func matches(in utf8: [UInt8], unmatched: inout WordsWithoutTerms) -> [TermMatch] {
        utf8.withUnsafeBufferPointer { matches(in: $0, unmatched: &unmatched) }
    }

    @inline(__always)
    private func matches(in bytes: UnsafeBufferPointer<UInt8>, unmatched: inout WordsWithoutTerms) -> [TermMatch] {
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
            let word = WordsWithoutTerms.word(bytes, from: index)
            // A word with white space after it is no list of values or address, and is skipped
            // up to that white space when it is an option's name: it is known by itself.
            if let word, word.whiteSpaceNext, unmatched.startsNoTerm(word) {
                index = word.end
                previous = .word
                continue
            }
            (index, previous) = read(bytes, at: index, word: word, unmatched: &unmatched, found: &found)
        }
        return found
    }

    /// Reads from the word start at `index`, which memory did not skip, `word` its packed form
    /// when it has one: skips an option's name, an address or a list of values, or adds the
    /// term that starts there to `found`, or learns what the word starts. Returns where to read
    /// on and what comes just before there. Kept apart from the loop that skips known words,
    /// so that loop stays small.
    @inline(never)
    private func read(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, word: WordsWithoutTerms.Word?,
                      unmatched: inout WordsWithoutTerms, found: inout [TermMatch]) -> (Int, TextBytes.Kind) {
        // A word with white space after it is no list of values or address.
        let alone = word?.whiteSpaceNext == true
        if !alone, let end = endOfValueList(bytes, at: index) {
            // The values a command's help lists are what a user types, as they are.
            return (end, .separator)
        }
        if isOptionName(bytes, at: index) || (!alone && isAddress(bytes, from: index)) {
            // Skip to the next white space.
            var end = index
            while end < bytes.count, !(bytes[end] == 0x20 || bytes[end] == 0x0A || bytes[end] == 0x09) { end += 1 }
            return (end, .separator)
        }
        if let word, !word.whiteSpaceNext, unmatched.startsNoTerm(word) {
            // The rest of the word is not a word start either.
            return (word.end, .word)
        }
        // A word that starts terms is walked once; after that the walk goes on from its end.
        let resumed = word.flatMap { word in unmatched.nodeAfter(word).map { (index: word.end, node: $0) } }
        let walk = longestMatch(bytes, from: index, resuming: resumed, wordEnd: word?.end ?? -1)
        if let word, resumed == nil, walk.nodeAtWordEnd >= 0 { unmatched.learn(word, leadsTo: walk.nodeAtWordEnd) }
        if let match = walk.match {
            found.append(match)
            return (match.byteRange.upperBound, .other)
        }
        guard let word else {
            // A word outside ASCII, or too long to keep: read on from its next character.
            let (kind, length) = TextBytes.classify(bytes, index)
            return (index + length, kind)
        }
        if !walk.sawEnd { unmatched.learn(word, stoppedAt: walk.stoppedAt) }
        // The rest of the word is not a word start.
        return (word.end, .word)
    }

    /// The longest valid term starting at `start`, a word start; where the character that left
    /// the trie starts (`Int.max` when none did, as when the text ends first); whether the walk
    /// passed the end of a term; and the node the walk reached at `wordEnd`, or -1.
    ///
    /// With `resumed`, the walk goes on from the node the word at `start` leads to, at its end,
    /// as though it had walked the word: a word's letters and digits end no term before it ends.
    private func longestMatch(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, resuming resumed: (index: Int, node: Int32)?,
                              wordEnd: Int) -> (match: TermMatch?, stoppedAt: Int, sawEnd: Bool, nodeAtWordEnd: Int32) {
        var node: Int32 = 0
        var index = start
        var candidates: [(end: Int, list: Int32)] = []
        var nodeAtWordEnd: Int32 = -1
        if let resumed {
            (index, node) = resumed
            nodeAtWordEnd = node
            let list = trie.ending(node)
            if list >= 0 { candidates.append((index, list)) }
        }
        let count = bytes.count
        var stoppedAt = Int.max
        while index < count {
            let (kind, length) = TextBytes.classify(bytes, index)
            stoppedAt = index
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
            if index == wordEnd { nodeAtWordEnd = node }
            stoppedAt = .max
            let list = trie.ending(node)
            if list >= 0, kind != .separator, index >= count || TextBytes.classify(bytes, index).0 != .word {
                candidates.append((index, list))
            }
        }
        for candidate in candidates.reversed() {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<candidate.end]), as: UTF8.self)
            if let entry = trie.entry(in: candidate.list, matching: text) {
                return (TermMatch(entry: Int(entry), byteRange: start..<candidate.end, text: text), stoppedAt, true, nodeAtWordEnd)
            }
        }
        return (nil, stoppedAt, !candidates.isEmpty, nodeAtWordEnd)
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

/// Words met before that start no glossary term, so the trie is not walked for them again: a
/// text repeats its words. Kept for one part of a text, read on one processor.
///
/// A word is a run of ASCII letters and digits, lowered, of at most 16 bytes, packed into two
/// numbers (a letter or digit is never 0, so words of different lengths never pack alike). When
/// the walk of the trie leaves it before the word ends, and passed no term's end, no term starts
/// with the word anywhere; when the walk leaves it at the space or hyphen after it, none starts
/// with the word followed by a space or hyphen. Each word has one slot, found by its hash; a newer
/// word takes the slot of an older one.
///
/// Words of up to eight bytes that do start terms (the, people, care) are remembered apart, with
/// the trie's node at their end, so the next walk from one of them starts there.
struct WordsWithoutTerms {
    /// A word packed, where it ends in the text, and what comes after it.
    struct Word {
        var low: UInt64, high: UInt64
        var end: Int
        /// A space, a line break or a tab, or the end of the text.
        var whiteSpaceNext: Bool
        /// White space or a hyphen, or the end of the text.
        var separatorNext: Bool
    }
    private static let slotBits = 12
    /// Marks, in a slot's second number, a word that starts no term only before a space or hyphen;
    /// an ASCII byte never sets it.
    private static let onlyBeforeSeparator: UInt64 = 1 << 63
    /// Two numbers a slot; (0, 0) is empty. None when nothing is remembered.
    private var slots: [UInt64]
    /// Words of up to eight bytes that start terms, each with the trie's node at its end: the
    /// packed word (never 0), then the node, two numbers a slot. None when nothing is remembered.
    private var leading: [UInt64]
    private static let leadingBits = 10

    /// Words to remember, or with `remembering` false, none: every word is looked up in the trie.
    init(remembering: Bool = true) {
        slots = remembering ? [UInt64](repeating: 0, count: 2 << Self.slotBits) : []
        leading = remembering ? [UInt64](repeating: 0, count: 2 << Self.leadingBits) : []
    }

    /// The word that starts at `start`, when it is ASCII and short enough to keep.
    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Word? {
        var packed: (UInt64, UInt64) = (0, 0)
        var length = 0
        // Eight bytes at a time while they are there, then byte by byte.
        while length < 16, start + length + 8 <= bytes.count {
            let (lowered, run) = lettersAndDigits(EightBytes(bytes, at: start + length))
            if length == 0 { packed.0 = lowered } else { packed.1 = lowered }
            length += run
            if run < 8 { return word(packed, start: start, end: start + length, in: bytes) }
        }
        while start + length < bytes.count, length <= 16 {
            let byte = bytes[start + length]
            let lowered = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
            guard lowered &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 else { break }
            if length < 16 {
                let shift = UInt64(length & 7) * 8
                if length < 8 { packed.0 |= UInt64(lowered) << shift } else { packed.1 |= UInt64(lowered) << shift }
            }
            length += 1
        }
        return word(packed, start: start, end: start + length, in: bytes)
    }

    /// The word from `start` to `end`, packed already, when it can be kept.
    @inline(__always)
    private static func word(_ packed: (UInt64, UInt64), start: Int, end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Word? {
        // Longer words, and words that go on in letters outside ASCII, are left to the trie.
        guard end - start <= 16 else { return nil }
        guard end < bytes.count else { return Word(low: packed.0, high: packed.1, end: end, whiteSpaceNext: true, separatorNext: true) }
        let next = bytes[end]
        guard next < 0x80 else { return nil }
        let whiteSpace = next == 0x20 || next == 0x0A || next == 0x09
        return Word(low: packed.0, high: packed.1, end: end, whiteSpaceNext: whiteSpace,
                    separatorNext: whiteSpace || next == 0x0D || next == UInt8(ascii: "-"))
    }

    /// How many of `eight`, from the first, are ASCII letters and digits, and those bytes lowered, the rest 0.
    @inline(__always)
    static func lettersAndDigits(_ eight: EightBytes) -> (lowered: UInt64, run: Int) {
        let letters = eight.letters
        let run = EightBytes.run(letters | eight.digits)
        return (eight.lowered(run, letters: letters), run)
    }

    /// Whether no term starts at `word`, as learnt before.
    @inline(__always)
    func startsNoTerm(_ word: Word) -> Bool {
        guard !slots.isEmpty else { return false }
        let slot = Self.slot(word)
        guard slots[slot] == word.low else { return false }
        return slots[slot + 1] == word.high || (word.separatorNext && slots[slot + 1] == word.high | Self.onlyBeforeSeparator)
    }

    /// Learns from a walk of the trie from `word` that found no term and passed no term's end,
    /// and that left the trie at the character starting at `stoppedAt`.
    mutating func learn(_ word: Word, stoppedAt: Int) {
        let high: UInt64
        if stoppedAt < word.end {
            high = word.high
        } else if stoppedAt == word.end && word.separatorNext {
            high = word.high | Self.onlyBeforeSeparator
        } else {
            return
        }
        guard !slots.isEmpty else { return }
        let slot = Self.slot(word)
        slots[slot] = word.low
        slots[slot + 1] = high
    }

    /// The trie's node at the end of `word`, when learnt before.
    @inline(__always)
    func nodeAfter(_ word: Word) -> Int32? {
        guard !leading.isEmpty, word.high == 0 else { return nil }
        let slot = Self.leadingSlot(word)
        guard leading[slot] == word.low else { return nil }
        return Int32(truncatingIfNeeded: leading[slot + 1])
    }

    /// Learns that a walk of the trie from `word` reaches `node` at the word's end.
    mutating func learn(_ word: Word, leadsTo node: Int32) {
        guard !leading.isEmpty, word.high == 0 else { return }
        let slot = Self.leadingSlot(word)
        leading[slot] = word.low
        leading[slot + 1] = UInt64(UInt32(bitPattern: node))
    }

    @inline(__always)
    private static func leadingSlot(_ word: Word) -> Int {
        Int(truncatingIfNeeded: (word.low &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - leadingBits)) << 1
    }

    @inline(__always)
    private static func slot(_ word: Word) -> Int {
        let hash = (word.low &* 0x9E37_79B9_7F4A_7C15) ^ (word.high &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: hash >> UInt64(64 - slotBits)) << 1
    }
}
