/// One sentence of running text, where it is, and how easy it is to read on its own.
public struct Sentence: Sendable, Equatable {
    /// The sentence as written, without the spaces around it; a line break inside stays as it is.
    public var text: String
    /// The index in `ProseView.blocks` of the block the sentence is in.
    public var blockIndex: Int
    /// The UTF-8 offsets of the sentence in its block's `text`, for `ProseBlock.position(ofByte:)`.
    public var byteRange: Range<Int>
    /// Its words; numbers count as words.
    public var words: Int
    /// The syllables of its words.
    public var syllables: Int

    /// A sentence with these counts.
    public init(text: String, blockIndex: Int, byteRange: Range<Int>, words: Int, syllables: Int) {
        self.text = text
        self.blockIndex = blockIndex
        self.byteRange = byteRange
        self.words = words
        self.syllables = syllables
    }

    /// The Flesch reading ease of this sentence alone (see `Readability.fleschReadingEase`).
    public var fleschReadingEase: Double {
        guard words > 0 else { return 0 }
        return Readability.fleschReadingEase(wordsPerSentence: Double(words),
                                             syllablesPerWord: Double(syllables) / Double(words))
    }

    /// The UK reading age in years this sentence alone needs (see `Readability.readingAge`).
    public var readingAge: Double {
        guard words > 0 else { return 0 }
        let grade = Readability.fleschKincaidGrade(wordsPerSentence: Double(words),
                                                   syllablesPerWord: Double(syllables) / Double(words))
        return Readability.readingAge(grade: grade)
    }
}
