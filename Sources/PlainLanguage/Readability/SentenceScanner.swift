/// Finds the sentences of one block of text and counts their words and syllables, reading the
/// UTF-8 bytes once, without making a string per word or sentence.
///
/// A sentence ends at `.`, `!`, `?` or `…`, with any closing quotes and brackets after it, that is
/// followed by whitespace and then a capital letter, a digit, an opening quote or bracket, or the
/// end of the block; or followed by a line break and anything at all, as in the lists of a
/// command's help, where each line starts with a command or option name in small letters. A full stop after an abbreviation (`e.g.`, `Dr.`, `approx.`) or an initial
/// (`J. Smith`) does not end one, and a block that stops without punctuation ends its last sentence.
///
/// A word is a run of letters and digits, joined across an apostrophe (`don't`), a hyphen
/// (`co-production`), a full stop (`e.g.`, `3.5`) or a comma between digits (`1,000`).
struct SentenceScanner {
    /// One sentence: where it is in the block and how many words and syllables it has.
    struct Span: Equatable {
        /// The UTF-8 offsets in the block's text, from the sentence's first character to just after its last.
        var range: Range<Int>
        var words: Int
        var syllables: Int
    }

    private var part = WordPart()

    /// Calls `found` with each sentence of `text` that has at least one word, in order.
    mutating func scan(_ text: UnsafeBufferPointer<UInt8>, _ found: (Span) -> Void) {
        var sentence = OpenSentence()
        var end = 0  // just after the last character that is not whitespace
        var lastWord = 0..<0, wordBefore = 0..<0
        var index = 0
        while index < text.count {
            let character = ProseCharacter(text, at: index)
            if character.isWhitespace {
                index += character.length
                continue
            }
            if sentence.start == nil { sentence.start = index }
            if character.isWordCharacter {
                let wordEnd = readWord(text, from: index, syllables: &sentence.syllables)
                sentence.words += 1
                (wordBefore, lastWord) = (lastWord, index..<wordEnd)
                index = wordEnd
            } else if character.isSentenceEnd {
                let stop = index
                let marks = Self.skip(text, from: index) { $0.isSentenceEnd }
                index = Self.skip(text, from: marks.end) { $0.isCloser }.end
                let singleFullStop = marks.count == 1 && text[stop] == UInt8(ascii: ".")
                let afterWord = !lastWord.isEmpty && lastWord.upperBound == stop
                if endsSentence(text, at: index, afterWord: afterWord && singleFullStop ? lastWord : nil,
                                wordBefore: wordBefore), let span = sentence.close(at: index) {
                    found(span)
                }
            } else {
                index += character.length
            }
            end = index
        }
        if let span = sentence.close(at: end) { found(span) }
    }

    /// The sentence being read.
    private struct OpenSentence {
        var start: Int?
        var words = 0
        var syllables = 0

        /// The sentence, when it has words, ending at `end`; then no sentence is open.
        mutating func close(at end: Int) -> Span? {
            defer { self = OpenSentence() }
            guard let start, words > 0 else { return nil }
            return Span(range: start..<end, words: words, syllables: syllables)
        }
    }

    /// Whether the sentence mark just before `next` ends the sentence. `word` is the word the mark
    /// follows when the mark is a single full stop straight after it, which may be an abbreviation.
    private func endsSentence(_ text: UnsafeBufferPointer<UInt8>, at next: Int, afterWord word: Range<Int>?,
                              wordBefore: Range<Int>) -> Bool {
        guard next < text.count else { return true }
        guard ProseCharacter(text, at: next).isWhitespace else { return false }
        let following = Self.skip(text, from: next) { $0.isWhitespace }.end
        guard following < text.count else { return true }
        let first = ProseCharacter(text, at: following)
        let lineBreak = text[next..<following].contains(UInt8(ascii: "\n"))
        guard first.isUppercase || first.isDigit || first.isOpener || lineBreak else { return false }
        guard let word else { return true }
        return !Self.isAbbreviation(text, word, wordBefore: wordBefore, beforeNumber: first.isDigit)
    }

    /// Whether the full stop after `word` marks an abbreviation or an initial rather than an ending.
    private static func isAbbreviation(_ text: UnsafeBufferPointer<UInt8>, _ word: Range<Int>,
                                       wordBefore: Range<Int>, beforeNumber: Bool) -> Bool {
        if let key = WordKey.of(text[word]) {
            if Abbreviations.always.contains(key) { return true }
            if beforeNumber && Abbreviations.beforeNumber.contains(key) { return true }
        }
        let letter = ProseCharacter(text, at: word.lowerBound)
        guard letter.length == word.count, letter.isUppercase else { return false }
        guard let label = WordKey.of(text[wordBefore]) else { return true }
        return !Abbreviations.labels.contains(label)
    }

    /// Reads the word that starts at `start`, adds its syllables (at least one) to `syllables`,
    /// and returns where the word ends.
    private mutating func readWord(_ text: UnsafeBufferPointer<UInt8>, from start: Int, syllables: inout Int) -> Int {
        if let (end, counted) = knownWord(text, from: start) {
            syllables += max(1, counted)
            return end
        }
        return readWordByCharacter(text, from: start, syllables: &syllables)
    }

    /// Reads the word that starts at `start` as `readWord` does, character by character.
    mutating func readWordByCharacter(_ text: UnsafeBufferPointer<UInt8>, from start: Int, syllables: inout Int) -> Int {
        var index = start
        var total = 0
        while index < text.count {
            let byte = text[index]
            if byte < 0x80 && (Self.isDigit(byte) || (byte | 0x20) &- UInt8(ascii: "a") < 26) {
                part.add(ascii: byte)
                index += 1
                continue
            }
            let character = ProseCharacter(text, at: index)
            if byte >= 0x80 && (character.isWordCharacter || character.isCombiningMark) {
                part.add(character)
                index += character.length
                continue
            }
            let next = index + character.length
            guard next < text.count, ProseCharacter(text, at: next).isWordCharacter else { break }
            let betweenDigits = Self.isDigit(text[index - 1]) && Self.isDigit(text[next])
            if character.isHyphen {
                total += part.finish()
            } else if character.value == UInt32(UInt8(ascii: ".")) {
                if betweenDigits { part.addDecimalPoint() } else { total += part.finish() }
            } else if !(character.isApostrophe || (character.value == UInt32(UInt8(ascii: ",")) && betweenDigits)) {
                break
            }
            index = next
        }
        total += part.finish()
        syllables += max(1, total)
        return index
    }

    /// Where the word at `start` ends and its syllables, when it is ASCII letters alone, at most
    /// 12 of them and not two or three capitals, that end where nothing can join them to more,
    /// and `part` has counted it before: most words of a text, read here without going through
    /// `part` letter by letter.
    @inline(__always)
    func knownWord(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, syllables: Int)? {
        start + 16 <= text.count ? knownWord(sixteenBytes: text, from: start) : knownWordNearEnd(text, from: start)
    }

    /// `knownWord` for a word less than 16 bytes from the end of `text`, read from a copy of the
    /// rest with zeros after it, which join nothing, as the end of the text joins nothing.
    @inline(never)
    private func knownWordNearEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, syllables: Int)? {
        var padded: (UInt64, UInt64) = (0, 0)
        return withUnsafeMutableBytes(of: &padded) { sixteen in
            sixteen.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(text)[start...]))
            let copy = UnsafeBufferPointer(sixteen.assumingMemoryBound(to: UInt8.self))
            return knownWord(sixteenBytes: copy, from: 0).map { (start + $0.end, $0.syllables) }
        }
    }

    /// `knownWord` where at least 16 bytes of `text` are there from `start`.
    @inline(__always)
    private func knownWord(sixteenBytes text: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, syllables: Int)? {
        let first = EightBytes(text, at: start), firstLetters = first.letters
        var count = EightBytes.run(firstLetters)
        var rest: UInt64 = 0
        if count == 8 {
            let second = EightBytes(text, at: start + 8), secondLetters = second.letters
            let more = EightBytes.run(secondLetters)
            guard more <= 4 else { return nil }
            count += more
            rest = second.lowered(more, letters: secondLetters)
        }
        // A digit goes on with the word; a mark outside ASCII may too; a hyphen, full stop,
        // apostrophe or comma joins it to more when a letter or digit comes next.
        let after = text[start + count]
        guard after < 0x80, !ProseCharacter(text, at: start + count).isWordCharacter else { return nil }
        if after == UInt8(ascii: "-") || after == UInt8(ascii: ".") || after == UInt8(ascii: "'") || after == UInt8(ascii: ",") {
            let next = text[start + count + 1]
            guard next < 0x80, !ProseCharacter(text, at: start + count + 1).isWordCharacter else { return nil }
        }
        // Two or three capitals are spelt out, which `part` decides.
        if count == 2 || count == 3 {
            let inWord: UInt64 = (1 << UInt64(count * 8)) &- 1
            if first.capitals & inWord == first.letters & inWord { return nil }
        }
        let key = WordPart.packed(first.lowered(min(count, 8), letters: firstLetters), rest)
        guard let counted = part.counted(key) else { return nil }
        return (start + count, counted)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    /// Where the run of characters from `start` that satisfy `predicate` ends, and how many there are.
    private static func skip(_ text: UnsafeBufferPointer<UInt8>, from start: Int,
                             while predicate: (ProseCharacter) -> Bool) -> (end: Int, count: Int) {
        var index = start, count = 0
        while index < text.count {
            let character = ProseCharacter(text, at: index)
            guard predicate(character) else { break }
            index += character.length
            count += 1
        }
        return (index, count)
    }
}
