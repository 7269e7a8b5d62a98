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
        forEachSentence(in: prose) { blockIndex, text, span in
            let bytes = UnsafeBufferPointer(rebasing: text[span.range])
            sentences.append(Sentence(text: String(decoding: bytes, as: UTF8.self), blockIndex: blockIndex,
                                      byteRange: span.range, words: span.words, syllables: span.syllables))
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
        var sentences = 0, words = 0, syllables = 0, long = 0
        var findings: [Diagnostic] = []
        forEachSentence(in: prose) { blockIndex, text, span in
            sentences += 1
            words += span.words
            syllables += span.syllables
            guard span.words > longSentenceWords else { return }
            long += 1
            let block = prose.blocks[blockIndex]
            let location = Diagnostic.Location(block, byte: span.range.lowerBound, file: prose.file)
            let sentence = String(decoding: UnsafeBufferPointer(rebasing: text[span.range]), as: UTF8.self)
            findings.append(Diagnostic(
                rule: .longSentence,
                message: "This sentence has \(span.words) words. "
                    + "Sentences of \(longSentenceWords) words or fewer are easier to follow.",
                suggestion: "Split it into two or three shorter sentences.",
                location: location, excerpt: Self.excerpt(sentence)))
        }
        return (Readability(sentences: sentences, words: words, syllables: syllables, longSentences: long), findings)
    }

    /// Calls `body` with each sentence of each running-text block: the block's index, the UTF-8
    /// bytes of its text, and the sentence.
    private func forEachSentence(in prose: ProseView,
                                 _ body: (Int, UnsafeBufferPointer<UInt8>, SentenceScanner.Span) -> Void) {
        var scanner = SentenceScanner()
        for (blockIndex, block) in prose.blocks.enumerated() where Self.isRunningText(block.kind) {
            var text = block.text
            text.withUTF8 { bytes in
                scanner.scan(bytes) { body(blockIndex, bytes, $0) }
            }
        }
    }

    private static func isRunningText(_ kind: ProseBlock.Kind) -> Bool {
        switch kind {
        case .paragraph, .listItem, .quote: return true
        case .heading, .tableCell, .title: return false
        }
    }

    /// The sentence on one line, cut at a word to at most 80 characters with "…" when it is longer.
    private static func excerpt(_ sentence: String) -> String {
        // Only the start is shown, so fold white space in the first stretch alone: long texts have many long sentences.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(400)
        for byte in sentence.utf8 {
            if bytes.count >= 400 && byte & 0xC0 != 0x80 { break }
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if isSpace {
                if let last = bytes.last, last != 0x20 { bytes.append(0x20) }
            } else {
                bytes.append(byte)
            }
        }
        if bytes.last == 0x20 { bytes.removeLast() }
        let line = String(decoding: bytes, as: UTF8.self)
        guard line.count > 80 else { return line }
        var cut = line.prefix(79)
        if let space = cut.lastIndex(of: " ") { cut = cut[..<space] }
        while let last = cut.last, ",;:".contains(last) { cut.removeLast() }
        return cut + "…"
    }
}
