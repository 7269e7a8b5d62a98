import Documents

/// Measures how easy prose is to read, sentence by sentence and as a whole, and points out
/// sentences that are too long to follow easily.
///
/// Only running text is read: paragraphs, list items and quotes. Headings, table cells and titles
/// are labels, not sentences, and are skipped.
public struct ReadabilityAnalyzer: Sendable {
    /// The most words a sentence may have before it is reported as long.
    public var longSentenceWords: Int

    /// An analyzer that reports sentences of more than `longSentenceWords` words.
    public init(longSentenceWords: Int = 25) {
        self.longSentenceWords = longSentenceWords
    }

    /// The sentences of the running text of `prose`, in reading order.
    public func sentences(in prose: ProseView) -> [Sentence] {
        var sentences: [Sentence] = []
        var scanner = SentenceScanner()
        for (blockIndex, block) in prose.blocks.enumerated() where block.kind.isRunningText {
            ProsePlaces(block).utf8.withUnsafeBufferPointer { text in
                scanner.scan(text) { span in
                    let bytes = UnsafeBufferPointer(rebasing: text[span.range])
                    sentences.append(Sentence(text: String(decoding: bytes, as: UTF8.self), blockIndex: blockIndex,
                                              byteRange: span.range, words: span.words, syllables: span.syllables))
                }
            }
        }
        return sentences
    }

    /// The readability of the running text of `prose` as a whole.
    public func measure(_ prose: ProseView) -> Readability {
        analyze(prose).readability
    }

    /// One `long-sentence` finding for each sentence of more than `longSentenceWords` words.
    public func diagnostics(_ prose: ProseView) -> [Diagnostic] {
        analyze(prose).findings
    }

    /// The readability of `prose` and its long-sentence findings, in one pass over the text.
    public func analyze(_ prose: ProseView) -> (readability: Readability, findings: [Diagnostic]) {
        var counts = SentenceCounts()
        var scanner = SentenceScanner()
        var findings: [Diagnostic] = []
        for block in prose.blocks where block.kind.isRunningText {
            var places = ProsePlaces(block)
            findings += analyze(&places, file: prose.file, scanner: &scanner, counts: &counts)
        }
        return (counts.readability, findings)
    }

    /// Reads the sentences of one block of running text: adds them to `counts`, and returns a
    /// finding for each long one.
    func analyze(_ places: inout ProsePlaces, file: String, scanner: inout SentenceScanner,
                 counts: inout SentenceCounts) -> [Diagnostic] {
        var long: [(range: Range<Int>, words: Int)] = []
        places.utf8.withUnsafeBufferPointer { text in
            scanner.scan(text) { span in
                let isLong = span.words > longSentenceWords
                counts.add(span, long: isLong)
                if isLong { long.append((span.range, span.words)) }
            }
        }
        return long.map { sentence in
            let location = Diagnostic.Location(&places, byte: sentence.range.lowerBound, file: file)
            return Diagnostic(
                rule: .longSentence,
                message: "This sentence has \(sentence.words) words. "
                    + "Sentences of \(longSentenceWords) words or fewer are easier to follow.",
                suggestion: "Split it into two or three shorter sentences.",
                location: location, excerpt: Self.excerpt(places.utf8[sentence.range]))
        }
    }

    /// The sentence on one line, cut at a word to at most 80 characters with "…" when it is longer.
    static func excerpt(_ sentence: ArraySlice<UInt8>) -> String {
        // Only the start is shown, so fold white space in the first stretch alone: long texts have many long sentences.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(400)
        // While the text is ASCII a character is a byte, and 82 of them settle where to cut.
        var ascii = true
        for byte in sentence {
            if bytes.count >= 400 && byte & 0xC0 != 0x80 { break }
            if ascii && bytes.count >= 82 { break }
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if isSpace {
                if let last = bytes.last, last != 0x20 { bytes.append(0x20) }
            } else {
                if byte >= 0x80 { ascii = false }
                bytes.append(byte)
            }
        }
        if bytes.last == 0x20 { bytes.removeLast() }
        if ascii {
            guard bytes.count > 80 else { return String(decoding: bytes, as: UTF8.self) }
            // Cut in place and end with "…", so the string is made once.
            let end = cut(bytes[..<79], space: 0x20, isTrailing: { $0 == 0x2C || $0 == 0x3B || $0 == 0x3A }).endIndex
            bytes.removeSubrange(end...)
            bytes.append(0xE2)
            bytes.append(0x80)
            bytes.append(0xA6)
            return String(decoding: bytes, as: UTF8.self)
        }
        let line = String(decoding: bytes, as: UTF8.self)
        guard line.count > 80 else { return line }
        return String(cut(line.prefix(79), space: " ", isTrailing: { ",;:".contains($0) })) + "…"
    }

    /// `start` cut at its last space, if it has one, without the commas, semicolons and colons it then ends with.
    private static func cut<Text: BidirectionalCollection>(_ start: Text, space: Text.Element,
                                                           isTrailing: (Text.Element) -> Bool) -> Text.SubSequence
        where Text.Element: Equatable, Text.SubSequence == Text {
        var cut = start
        if let space = cut.lastIndex(of: space) { cut = cut[..<space] }
        while let last = cut.last, isTrailing(last) { cut = cut.dropLast() }
        return cut
    }
}

/// The sentences, words and syllables counted so far, to add up into a `Readability`.
struct SentenceCounts: Sendable {
    private var sentences = 0, words = 0, syllables = 0, long = 0

    /// Counts one more sentence, `long` when it is over the limit.
    mutating func add(_ sentence: SentenceScanner.Span, long isLong: Bool) {
        sentences += 1
        words += sentence.words
        syllables += sentence.syllables
        if isLong { long += 1 }
    }

    /// Counts the sentences of `other` as well.
    mutating func add(_ other: SentenceCounts) {
        sentences += other.sentences
        words += other.words
        syllables += other.syllables
        long += other.long
    }

    /// The readability of the sentences counted.
    var readability: Readability {
        Readability(sentences: sentences, words: words, syllables: syllables, longSentences: long)
    }
}

extension ProseBlock.Kind {
    /// Whether the block is running text, whose sentences readability measures: paragraphs, list
    /// items and quotes. Headings, table cells and titles are labels, not sentences.
    var isRunningText: Bool {
        switch self {
        case .paragraph, .listItem, .quote: return true
        case .heading, .tableCell, .title: return false
        }
    }
}
