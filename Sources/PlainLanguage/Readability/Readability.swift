/// How easy a whole text is to read: its counts, the Flesch reading ease, the Flesch–Kincaid
/// grade, and the reading age a UK reader needs.
///
/// Only running text counts: paragraphs, list items and quotes. Headings, table cells and titles
/// are not sentences. A text with no sentences has zero for every number and the band "no text".
public struct Readability: Sendable, Equatable, Codable {
    /// Sentences of running text.
    public var sentences: Int
    /// Words in those sentences; numbers count as words.
    public var words: Int
    /// Syllables in those words.
    public var syllables: Int
    /// The average sentence length.
    public var wordsPerSentence: Double
    /// The average word length in syllables.
    public var syllablesPerWord: Double
    /// Flesch reading ease: 100 is very easy, 60 to 70 is plain English, under 30 is very hard.
    public var fleschReadingEase: Double
    /// Flesch–Kincaid grade: the US school grade a reader needs.
    public var fleschKincaidGrade: Double
    /// The reading age in years a UK reader needs.
    public var readingAge: Double
    /// Flesch's plain-English name for the reading ease, such as "fairly easy" or "hard".
    public var band: String
    /// Sentences longer than the analyzer's limit.
    public var longSentences: Int

    /// The scores of a text with these counts; counts of several files can be added up first.
    public init(sentences: Int, words: Int, syllables: Int, longSentences: Int = 0) {
        self.sentences = sentences
        self.words = words
        self.syllables = syllables
        self.longSentences = longSentences
        guard sentences > 0, words > 0 else {
            (wordsPerSentence, syllablesPerWord, fleschReadingEase, fleschKincaidGrade, readingAge) = (0, 0, 0, 0, 0)
            band = "no text"
            return
        }
        wordsPerSentence = Double(words) / Double(sentences)
        syllablesPerWord = Double(syllables) / Double(words)
        fleschReadingEase = Self.fleschReadingEase(wordsPerSentence: wordsPerSentence,
                                                   syllablesPerWord: syllablesPerWord)
        fleschKincaidGrade = Self.fleschKincaidGrade(wordsPerSentence: wordsPerSentence,
                                                     syllablesPerWord: syllablesPerWord)
        readingAge = Self.readingAge(grade: fleschKincaidGrade)
        band = Self.band(readingEase: fleschReadingEase)
    }

    /// Flesch reading ease, `206.835 − 1.015 × words per sentence − 84.6 × syllables per word`.
    ///
    /// Source: Rudolf Flesch, "A new readability yardstick", *Journal of Applied Psychology* 32(3),
    /// 1948, pages 221–233. Higher is easier; most texts score between 0 and 100.
    public static func fleschReadingEase(wordsPerSentence: Double, syllablesPerWord: Double) -> Double {
        206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord
    }

    /// Flesch–Kincaid grade level, `0.39 × words per sentence + 11.8 × syllables per word − 15.59`.
    ///
    /// Source: J. Peter Kincaid, Robert P. Fishburne, Richard L. Rogers and Brad S. Chissom,
    /// "Derivation of new readability formulas (Automated Readability Index, Fog Count and Flesch
    /// Reading Ease Formula) for Navy enlisted personnel", Research Branch Report 8-75, Naval
    /// Technical Training Command, Millington, Tennessee, 1975.
    public static func fleschKincaidGrade(wordsPerSentence: Double, syllablesPerWord: Double) -> Double {
        0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59
    }

    /// The UK reading age in years for a Flesch–Kincaid `grade`: the grade plus 5, and at least 5.
    ///
    /// US grade 1 is the school year in which children turn 6 to 7, so a grade's readers are about
    /// 5 years older than its number; UK readability tools report reading age as grade + 5 the same way.
    public static func readingAge(grade: Double) -> Double {
        max(5, grade + 5)
    }

    /// Flesch's name for a reading ease score, from his 1948 table, with "plain English" for the
    /// 60–70 band he called "standard".
    ///
    /// 90 and over: very easy; 80–90: easy; 70–80: fairly easy; 60–70: plain English;
    /// 50–60: fairly hard; 30–50: hard; under 30: very hard.
    public static func band(readingEase: Double) -> String {
        switch readingEase {
        case 90...: return "very easy"
        case 80..<90: return "easy"
        case 70..<80: return "fairly easy"
        case 60..<70: return "plain English"
        case 50..<60: return "fairly hard"
        case 30..<50: return "hard"
        default: return "very hard"
        }
    }
}
