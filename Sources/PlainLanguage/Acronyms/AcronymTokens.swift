/// Finds the words in a text that look like acronyms, leaving out text written all in capitals
/// for emphasis ("PLEASE READ THIS FIRST"), where every word would otherwise look like one, the
/// headings of a command's help ("USAGE:", "OPTIONS:") and environment variable names
/// (`NO_COLOR`, `XDG_DATA_HOME`).
enum AcronymTokens {
    struct Token {
        let word: String
        let range: Range<Int>
    }

    /// The acronym-like words of `utf8`, in order.
    static func candidates(in utf8: [UInt8]) -> [Token] {
        utf8.withUnsafeBufferPointer { candidates(in: $0) }
    }

    private static func candidates(in utf8: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        // The words in capitals read so far in a row, with the acronyms among them: three or more
        // in a row are shouting, not acronyms.
        var capitalsInARow = 0
        var acronymsInTheRow: [Range<Int>] = []
        func endRow() {
            guard capitalsInARow > 0 else { return }
            if capitalsInARow < 3 {
                tokens += acronymsInTheRow.map { Token(word: String(decoding: UnsafeBufferPointer(rebasing: utf8[$0]), as: UTF8.self), range: $0) }
            }
            capitalsInARow = 0
            acronymsInTheRow.removeAll(keepingCapacity: true)
        }
        var index = 0
        let count = utf8.count
        while true {
            // A word that starts with a small letter is no acronym, name or heading: it only ends
            // a row of capitals. Most words are these; they are passed eight bytes at a time.
            let next = nextWordToRead(utf8, from: index)
            if next.afterSmallWord { endRow() }
            guard next.start < count else { break }
            index = next.start
            let start = index
            // The capitals and small letters are counted as the word is read, in one pass.
            var upper = 0
            var lower = 0
            func readRun() {
                while index < count {
                    let byte = utf8[index]
                    if byte &- UInt8(ascii: "A") < 26 {
                        upper += 1
                    } else if byte &- UInt8(ascii: "a") < 26 {
                        lower += 1
                    } else if byte &- UInt8(ascii: "0") >= 10 {
                        break
                    }
                    index += 1
                }
            }
            readRun()
            // An environment variable's name goes on with '_' straight after its first run of letters.
            let underscoreNext = index < count && utf8[index] == UInt8(ascii: "_")
            // Letters joined by '&' (A&E, Q&A) make one word.
            while index + 1 < count, utf8[index] == UInt8(ascii: "&"), isWordByte(utf8[index + 1]) {
                index += 1
                readRun()
            }
            if underscoreNext, isEnvironmentVariable(utf8, start) {
                // ROUNDTABLE_DB names a setting, not an acronym: skip the whole name.
                while index < count, isWordByte(utf8[index]) || utf8[index] == UInt8(ascii: "_") { index += 1 }
                continue
            }
            if isHelpHeading(utf8, start..<index) { continue }
            let allCaps = upper >= 2 && lower == 0
            if !allCaps { endRow() }
            // Only words with two capitals, starting with one, can be acronyms: decide the rest without a string.
            let startsUpper = utf8[start] &- UInt8(ascii: "A") < 26
            // A word that goes on in letters outside ASCII ("ZOË", "MÜLLER") is a word, not an acronym.
            let acronym = startsUpper && upper >= 2 && !touchesOtherLetter(utf8, start..<index)
                && AcronymShape.looksLikeAcronym(UnsafeBufferPointer(rebasing: utf8[start..<index]))
            if allCaps {
                capitalsInARow += 1
                if acronym { acronymsInTheRow.append(start..<index) }
            } else if acronym {
                tokens.append(Token(word: String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<index]), as: UTF8.self), range: start..<index))
            }
        }
        endRow()
        return tokens
    }

    /// Where the next word from `start` that starts with a capital or a digit is (the text's end
    /// when there is none), and whether a word that starts with a small letter comes before it.
    /// `start` is where a word read before ended, or 0. Eight bytes are looked at a time: most
    /// hold no capital and no digit, and only the ones that do are looked at one by one.
    static func nextWordToRead(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> (start: Int, afterSmallWord: Bool) {
        var index = start
        var afterSmallWord = false
        let count = utf8.count
        while index + 8 <= count {
            let eight = EightBytes(utf8, at: index)
            let words = eight.letters | eight.digits
            var capitalsAndDigits = eight.capitals | eight.digits
            while capitalsAndDigits != 0 {
                let lane = capitalsAndDigits.trailingZeroBitCount / 8
                if startsWord(utf8, at: index + lane, after: start) {
                    // Any letter or digit before it in these eight bytes is a word read as a small one.
                    let before: UInt64 = (1 << UInt64(lane * 8)) &- 1
                    return (index + lane, afterSmallWord || words & before != 0)
                }
                capitalsAndDigits &= capitalsAndDigits &- 1
            }
            if words != 0 { afterSmallWord = true }
            index += 8
        }
        while index < count {
            let byte = utf8[index]
            if isWordByte(byte) {
                if byte &- UInt8(ascii: "a") >= 26, startsWord(utf8, at: index, after: start) { return (index, afterSmallWord) }
                afterSmallWord = true
            }
            index += 1
        }
        return (count, afterSmallWord)
    }

    /// Whether the letter or digit at `index` starts a word, when the words from `start` on are
    /// read: it does unless it follows a letter or digit, or follows '&' joined to a word (A&E).
    @inline(__always)
    private static func startsWord(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int, after start: Int) -> Bool {
        guard index > start else { return true }
        let before = utf8[index - 1]
        if isWordByte(before) { return false }
        return !(before == UInt8(ascii: "&") && index - 2 >= start && isWordByte(utf8[index - 2]))
    }

    /// Whether the name starting at `start` is written in capitals and joined by underscores,
    /// as environment variable names are: ROUNDTABLE_DB, NO_COLOR, XDG_DATA_HOME.
    static func isEnvironmentVariable(_ utf8: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        if start > 0, utf8[start - 1] == UInt8(ascii: "_") { return false }
        var index = start
        var underscores = 0
        var capitals = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte == UInt8(ascii: "_") {
                underscores += 1
            } else if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                capitals += 1
            } else if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
                return false
            } else if !isWordByte(byte) {
                break
            }
            index += 1
        }
        return underscores > 0 && capitals >= 2 && utf8[index - 1] != UInt8(ascii: "_")
    }

    /// Whether the word at `range` is a heading of help output: capitals alone at the start of
    /// a line, followed by a colon (USAGE:, OPTIONS:, ARGUMENTS:, SUBCOMMANDS:).
    static func isHelpHeading(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.upperBound < utf8.count, utf8[range.upperBound] == UInt8(ascii: ":") else { return false }
        guard utf8[range].allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return false }
        var before = range.lowerBound - 1
        while before >= 0, utf8[before] == UInt8(ascii: " ") || utf8[before] == UInt8(ascii: "\t") { before -= 1 }
        return before < 0 || utf8[before] == UInt8(ascii: "\n")
    }

    /// Whether the character just before or just after `range` is a letter outside ASCII.
    static func touchesOtherLetter(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        func letter(at lead: Int) -> Bool {
            guard lead >= 0, lead < utf8.count, utf8[lead] >= 0xC0 else { return false }
            var end = lead + 1
            while end < utf8.count, utf8[end] & 0xC0 == 0x80 { end += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: utf8[lead..<end]), as: UTF8.self).unicodeScalars.first?.properties.isAlphabetic == true
        }
        var before = range.lowerBound - 1
        while before >= 0, utf8[before] & 0xC0 == 0x80 { before -= 1 }
        return letter(at: range.upperBound) || (before < range.lowerBound - 1 && letter(at: before))
    }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}

/// Recognises where a text explains an acronym: "Integrated Care Board (ICB)",
/// "ICB (Integrated Care Board)", or with the words in lower case, on one line or across a line break.
enum AcronymDefinition {
    private static func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") }

    /// Where the words that explain the acronym `word` at `range` are, when it is explained right there.
    static func expansion(of word: String, at range: Range<Int>, in utf8: [UInt8], knownExpansions: [String]) -> Range<Int>? {
        // Most acronyms have no bracket beside them: answer those without looking further.
        var next = range.upperBound
        while next < utf8.count, isSpace(utf8[next]) { next += 1 }
        var previous = range.lowerBound - 1
        while previous >= 0, isSpace(utf8[previous]) { previous -= 1 }
        let bracketAfter = next < utf8.count && utf8[next] == UInt8(ascii: "(")
        let bracketBefore = previous >= 0 && utf8[previous] == UInt8(ascii: "(")
        guard bracketAfter || bracketBefore else { return nil }
        let acronym = AcronymShape.singular(Substring(word))
        let letters = AcronymShape.letters(of: acronym)
        let known = Set(knownExpansions.map { $0.lowercased() })
        // Only as many words as a known expansion has can be it.
        let knownLengths = known.map { 1 + $0.utf8.count { $0 == UInt8(ascii: " ") } }
        func explains(_ words: ArraySlice<AcronymShape.ExpansionWord>) -> Bool {
            (knownLengths.contains(words.count) && known.contains(words.map(\.lowered).joined(separator: " ")))
                || AcronymShape.expansionMatches(letters: letters, words: words)
        }
        // "ICB (Integrated Care Board)"
        var after = range.upperBound
        while after < utf8.count, isSpace(utf8[after]) { after += 1 }
        if after < utf8.count, utf8[after] == UInt8(ascii: "("),
           let close = utf8[(after + 1)...].firstIndex(of: UInt8(ascii: ")")), close - after < 200 {
            let inside = AcronymShape.words(Substring(String(decoding: utf8[(after + 1)..<close], as: UTF8.self)))
            if explains(inside.map(AcronymShape.ExpansionWord.init)[...]) { return (after + 1)..<close }
        }
        // "Integrated Care Board (ICB)"
        var before = range.lowerBound - 1
        while before >= 0, isSpace(utf8[before]) { before -= 1 }
        guard before >= 0, utf8[before] == UInt8(ascii: "("), range.upperBound < utf8.count else { return nil }
        var closing = range.upperBound
        while closing < utf8.count, isSpace(utf8[closing]) { closing += 1 }
        guard closing < utf8.count, utf8[closing] == UInt8(ascii: ")") else { return nil }
        // An expansion has at most a few words more than the acronym has letters. The words are
        // read from the end one at a time, and the last one, two, three… tried as they come, so
        // those before the expansion are never read.
        var reader = WordsFromTheEnd(utf8, max(0, before - (letters.count + 4) * 16)..<before)
        var words: [AcronymShape.ExpansionWord] = []
        while words.count < letters.count + 4, let (word, range) = reader.next() {
            words.insert(AcronymShape.ExpansionWord(word), at: 0)
            if explains(words[...]) { return range.lowerBound..<before }
        }
        return nil
    }
}

extension AcronymDefinition {
    /// The words of a stretch of text, split at spaces, hyphens and line breaks, punctuation
    /// trimmed, read from its end one at a time: only the words that are tried are ever made.
    struct WordsFromTheEnd {
        private let utf8: [UInt8]
        private let lowerBound: Int
        private var index: Int

        init(_ utf8: [UInt8], _ range: Range<Int>) {
            self.utf8 = utf8
            lowerBound = range.lowerBound
            index = range.upperBound
        }

        /// The word before the last one given, with where it is; nil at the stretch's start.
        mutating func next() -> (word: String, range: Range<Int>)? {
            func isSplit(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "\n") }
            while index > lowerBound {
                if isSplit(utf8[index - 1]) { index -= 1; continue }
                let end = index
                while index > lowerBound, !isSplit(utf8[index - 1]) { index -= 1 }
                if let word = asciiWord(utf8[index..<end]) ?? AcronymShape.words(Substring(String(decoding: utf8[index..<end], as: UTF8.self))).first,
                   !word.isEmpty {
                    return (word, index..<end)
                }
            }
            return nil
        }
    }
}

extension AcronymDefinition {
    /// The word in `bytes` with the punctuation around it trimmed, as `AcronymShape.words` reads
    /// it, when every byte is ASCII (then the bytes are the characters); nil otherwise. Empty when
    /// nothing is left. Every printable ASCII byte but a letter, a digit, a space and `&` is
    /// punctuation or a symbol.
    static func asciiWord(_ bytes: ArraySlice<UInt8>) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        func isTrimmable(_ byte: UInt8) -> Bool {
            (0x21...0x7E).contains(byte) && byte != UInt8(ascii: "&")
                && !(byte &- UInt8(ascii: "0") < 10 || (byte | 0x20) &- UInt8(ascii: "a") < 26)
        }
        var word = bytes[...]
        while let first = word.first, isTrimmable(first) { word = word.dropFirst() }
        while let last = word.last, isTrimmable(last) { word = word.dropLast() }
        return String(decoding: word, as: UTF8.self)
    }
}

/// The text around a finding, for showing it in context.
enum Context {
    /// The sentence holding `range`, at most about 200 characters, with "…" where cut, and
    /// where the words at `range` start in it (in characters).
    static func sentence(around range: Range<Int>, in utf8: [UInt8]) -> (text: String, offset: Int) {
        var last: Last?
        return sentence(around: range, in: utf8, last: &last)
    }

    /// The sentence made last for one block's text, which the next finding in the same sentence
    /// shares rather than making it again: a dense text has a finding every twenty words.
    struct Last {
        fileprivate let bytes: Range<Int>
        fileprivate let text: String
    }

    /// `sentence(around:in:)`, sharing the text of `last` when it is the same sentence of the
    /// same `utf8`, and then remembering this one in `last`.
    static func sentence(around range: Range<Int>, in utf8: [UInt8], last: inout Last?) -> (text: String, offset: Int) {
        let sentence = sentenceBytes(around: range, in: utf8)
        let start = sentence.lowerBound, end = sentence.upperBound
        let cutBefore = start > 0 && !isEnd(start - 1, in: utf8), cutAfter = end < utf8.count && !isEnd(end - 1, in: utf8)
        // Words that start with white space would fold with what comes before them differently.
        let sharable = range.lowerBound < utf8.count && !isFoldedSpace(utf8[range.lowerBound])
        if sharable, let last, last.bytes == sentence {
            // Only where the words start is new: their place is worked out in memory of its own.
            let offset = utf8.withUnsafeBufferPointer { utf8 in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.lowerBound - start + ellipsis.count) { text in
                    wordsStart(range, from: start, in: utf8, cutBefore: cutBefore, into: text).offset
                }
            }
            return (last.text, offset)
        }
        var offset = 0
        // Written in place into the string's own memory.
        let text = utf8.withUnsafeBufferPointer { utf8 in
            String(unsafeUninitializedCapacity: end - start + 2 * ellipsis.count) { text in
                var count: Int
                (count, offset) = wordsStart(range, from: start, in: utf8, cutBefore: cutBefore, into: text)
                let wordsStart = count
                count = fold(UnsafeBufferPointer(rebasing: utf8[range.lowerBound..<end]), into: text, at: count, afterSpace: false)
                if count > wordsStart, text[count - 1] == 0x20 { count -= 1 }
                if cutAfter { count = put(ellipsis, into: text, at: count) }
                return count
            }
        }
        if sharable { last = Last(bytes: sentence, text: text) }
        return (text, offset)
    }

    /// Writes the start of the sentence from `start` up to the words at `range` into `text`: "…"
    /// when `cutBefore`, then the bytes with white space folded. Returns how many bytes it wrote
    /// and where the words start, in characters.
    private static func wordsStart(_ range: Range<Int>, from start: Int, in utf8: UnsafeBufferPointer<UInt8>, cutBefore: Bool,
                                   into text: UnsafeMutableBufferPointer<UInt8>) -> (count: Int, offset: Int) {
        var count = 0
        if cutBefore { count = put(ellipsis, into: text, at: 0) }
        let ellipsisBytes = count
        // White space before the sentence's first word is left out.
        count = fold(UnsafeBufferPointer(rebasing: utf8[start..<range.lowerBound]), into: text, at: count, afterSpace: true)
        let before = UnsafeBufferPointer(rebasing: text[ellipsisBytes..<count])
        // Where the words start, in characters: in ASCII one a byte ("…" is one too).
        let offset = before.allSatisfy({ $0 < 0x80 }) ? before.count + (cutBefore ? 1 : 0)
            : String(decoding: UnsafeBufferPointer(rebasing: text[..<count]), as: UTF8.self).count
        return (count, offset)
    }

    /// The bytes of the sentence holding `range`: back and on to the sentence's ends, at most 120
    /// bytes each way, never cutting a character in half.
    static func sentenceBytes(around range: Range<Int>, in utf8: [UInt8]) -> Range<Int> {
        utf8.withUnsafeBufferPointer { utf8 in
            // The last end in the 120 bytes before, and the first in the 121 from the words' end.
            let before = max(0, range.lowerBound - 120)..<range.lowerBound
            var start = lastEnd(in: before, utf8).map { $0 + 1 } ?? before.lowerBound
            var end = firstEnd(in: range.upperBound..<min(utf8.count, range.upperBound + 121), utf8).map { $0 + 1 }
                ?? min(utf8.count, range.upperBound + 120)
            while start > 0, utf8[start] & 0xC0 == 0x80 { start -= 1 }
            while end < utf8.count, utf8[end] & 0xC0 == 0x80 { end += 1 }
            return start..<end
        }
    }

    /// The lanes of `eight` holding a full stop, question mark or exclamation mark.
    @inline(__always)
    private static func marks(_ eight: EightBytes) -> UInt64 {
        eight.lanes(holding: UInt8(ascii: ".")) | eight.lanes(holding: UInt8(ascii: "!")) | eight.lanes(holding: UInt8(ascii: "?"))
    }

    /// The first index in `window` that ends a sentence, looked for eight bytes at a time.
    private static func firstEnd(in window: Range<Int>, _ utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = window.lowerBound
        while index + 8 <= window.upperBound {
            var found = marks(EightBytes(utf8, at: index))
            while found != 0 {
                let at = index + found.trailingZeroBitCount / 8
                if isEnd(at, in: utf8) { return at }
                found &= found &- 1
            }
            index += 8
        }
        while index < window.upperBound {
            if isEnd(index, in: utf8) { return index }
            index += 1
        }
        return nil
    }

    /// The last index in `window` that ends a sentence, looked for eight bytes at a time.
    private static func lastEnd(in window: Range<Int>, _ utf8: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = window.upperBound
        while index - 8 >= window.lowerBound {
            var found = marks(EightBytes(utf8, at: index - 8))
            while found != 0 {
                let lane = (63 - found.leadingZeroBitCount) / 8
                if isEnd(index - 8 + lane, in: utf8) { return index - 8 + lane }
                found &= ~(UInt64(0xFF) << UInt64(lane * 8))
            }
            index -= 8
        }
        while index > window.lowerBound {
            index -= 1
            if isEnd(index, in: utf8) { return index }
        }
        return nil
    }

    /// Whether byte `index` ends a sentence: a full stop, question or exclamation mark before a
    /// space, a line break or the end.
    static func isEnd(_ index: Int, in utf8: [UInt8]) -> Bool {
        utf8.withUnsafeBufferPointer { isEnd(index, in: $0) }
    }

    @inline(__always)
    private static func isEnd(_ index: Int, in utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let byte = utf8[index]
        return (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"))
            && (index + 1 >= utf8.count || utf8[index + 1] == UInt8(ascii: " ") || utf8[index + 1] == UInt8(ascii: "\n"))
    }

    /// "…" in UTF-8.
    private static let ellipsis: [UInt8] = [0xE2, 0x80, 0xA6]

    /// Writes `bytes` to `text` from `at` with each run of white space folded to one space, so the
    /// offset before the words stays right; white space at the start is left out when `afterSpace`.
    /// Returns where the writing stopped.
    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into text: UnsafeMutableBufferPointer<UInt8>, at: Int,
                             afterSpace: Bool) -> Int {
        var at = at
        var lastWasSpace = afterSpace
        func fold(_ byte: UInt8) {
            if isFoldedSpace(byte) {
                if !lastWasSpace {
                    text[at] = 0x20
                    at += 1
                }
                lastWasSpace = true
            } else {
                text[at] = byte
                at += 1
                lastWasSpace = false
            }
        }
        var index = 0
        // Eight bytes with no control byte (line break, tab) and no two spaces in a row, from
        // one space after another, are written as they are, in one go: most of a sentence is.
        while index + 8 <= bytes.count {
            let eight = EightBytes(bytes, at: index)
            let spaces = eight.spaces
            if eight.controls == 0, spaces & (spaces >> 8) == 0, !(lastWasSpace && spaces & 0x80 != 0) {
                UnsafeMutableRawPointer(text.baseAddress! + at).storeBytes(of: eight.lanes.littleEndian, as: UInt64.self)
                at += 8
                lastWasSpace = spaces >> 63 != 0
            } else {
                for offset in 0..<8 { fold(bytes[index + offset]) }
            }
            index += 8
        }
        while index < bytes.count {
            fold(bytes[index])
            index += 1
        }
        return at
    }

    /// Whether `byte` is white space that the sentence folds: a space, line break, tab or carriage return.
    @inline(__always)
    private static func isFoldedSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    /// Writes `bytes` to `text` from `at`; returns where the writing stopped.
    private static func put(_ bytes: [UInt8], into text: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        for (offset, byte) in bytes.enumerated() { text[at + offset] = byte }
        return at + bytes.count
    }
}
