import PropertyBased
import Testing
@testable import PlainLanguage

/// The words before a bracketed acronym are read from bytes when they are ASCII; they must be
/// the words `AcronymShape.words` reads from the text, which every other word goes through.
@Suite struct AcronymWordsTests {
    /// Any ASCII but the bytes `WordsFromTheEnd` splits at: a space, a hyphen and a line break.
    private static let wordByte = Gen.int(in: 0...127).map { UInt8($0) }
        .filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: "\n") }

    @Test func anASCIIWordIsTrimmedAsTheTextReaderTrimsIt() async {
        await propertyCheck(count: 2_000, input: Self.wordByte.array(of: 1...12)) { bytes in
            let expected = AcronymShape.words(Substring(String(decoding: bytes, as: UTF8.self))).first ?? ""
            #expect(AcronymDefinition.asciiWord(bytes[...]) == expected, "\(bytes)")
        }
    }

    /// Pieces of the text before a bracket: words, punctuation that trims to nothing, and the splits.
    private static let piece = Gen<String?>.element(of: [
        "Integrated", "care", "Board", "of", "(the", "Zoë’s", "école,", "A&E", "…", "--", ".", " ", " ", " ", "-", "\n", "x",
    ]).map { $0 ?? "" }

    @Test func theLastWordsAreTheEndOfAllTheWords() async {
        await propertyCheck(count: 2_000, input: Self.piece.array(of: 0...30), Gen.int(in: 0...20), Gen.int(in: 1...9)) { pieces, skip, last in
            let utf8 = Array(pieces.joined().utf8)
            // The window may start inside a word, as it does when it is cut by its length.
            let range = min(skip, utf8.count)..<utf8.count
            let words = Self.allWords(in: utf8, range)
            var reader = AcronymDefinition.WordsFromTheEnd(utf8, range)
            var read: [(word: String, range: Range<Int>)] = []
            while read.count < last, let word = reader.next() { read.insert(word, at: 0) }
            #expect(read.map(\.word) == words.suffix(last).map(\.word) && read.map(\.range) == words.suffix(last).map(\.range), "\(pieces)")
        }
    }

    /// Every word of `range`, read from the start: the reference the words read from the end must match.
    private static func allWords(in utf8: [UInt8], _ range: Range<Int>) -> [(word: String, range: Range<Int>)] {
        var result: [(String, Range<Int>)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = utf8[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "\n") { index += 1; continue }
            let start = index
            while index < range.upperBound, utf8[index] != UInt8(ascii: " "), utf8[index] != UInt8(ascii: "-"), utf8[index] != UInt8(ascii: "\n") {
                index += 1
            }
            let word = AcronymShape.words(Substring(String(decoding: utf8[start..<index], as: UTF8.self))).first ?? ""
            if !word.isEmpty { result.append((word, start..<index)) }
        }
        return result
    }

    @Test func aWordWithOtherCharactersIsLeftToTheTextReader() {
        #expect(AcronymDefinition.asciiWord(Array("(Résumé),".utf8)[...]) == nil)
        #expect(AcronymDefinition.asciiWord(Array("(Board),".utf8)[...]) == "Board")
        #expect(AcronymDefinition.asciiWord(Array("A&E".utf8)[...]) == "A&E")
    }
}

/// Acronym-like words are judged from their bytes; the judgement must be the one made from
/// characters, which is how the rule reads: two or more capitals, fewer small letters than
/// capitals apart from a plural `s`, a capital first, and no Roman numerals.
@Suite struct AcronymShapeBytesTests {
    /// Letters that make the edge cases: the Roman numerals, a plural `s`, a digit and `&`.
    private static let byte = Gen<UInt8?>.element(of: Array("AIVXIVXBsaz0&".utf8)).map { $0 ?? 0 }

    /// The rule as written for characters.
    private static func looksLikeAcronym(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase else { return false }
        var core = Substring(word)
        if core.count > 2, core.last == "s", core.dropLast().last?.isUppercase == true { core = core.dropLast() }
        let upper = core.filter(\.isUppercase).count, lower = core.filter(\.isLowercase).count
        guard upper >= 2, lower < upper else { return false }
        return !(core.count <= 4 && core.allSatisfy { "IVX".contains($0) })
    }

    @Test func theByteJudgementIsTheCharacterJudgement() async {
        await propertyCheck(count: 3_000, input: Self.byte.array(of: 0...7)) { bytes in
            let expected = Self.looksLikeAcronym(String(decoding: bytes, as: UTF8.self))
            #expect(bytes.withUnsafeBufferPointer { AcronymShape.looksLikeAcronym($0) } == expected, "\(String(decoding: bytes, as: UTF8.self))")
        }
    }

    @Test func knownWords() {
        for (word, expected) in [("ICB", true), ("ICBs", true), ("CoP", true), ("DoLS", true), ("EbE", true), ("XII", false),
                                 ("IV", false), ("Cop", false), ("A&E", true), ("VIXX", false), ("VIXXI", true), ("GPs", true), ("I", false)] {
            #expect(Array(word.utf8).withUnsafeBufferPointer { AcronymShape.looksLikeAcronym($0) } == expected, "\(word)")
        }
    }
}

/// Words of an expansion are lowered byte by byte when they are ASCII; the result must be what
/// `lowercased()` and `isLetter` give.
@Suite struct LoweredWordTests {
    @Test func anASCIIWordIsLoweredAsTheCharactersAre() async {
        await propertyCheck(count: 3_000, input: Gen.int(in: 0...127).map { UInt8($0) }.array(of: 0...12)) { bytes in
            let word = String(decoding: bytes, as: UTF8.self)
            let (lowered, letters) = AcronymShape.lowered(word)
            #expect(lowered == word.lowercased())
            #expect(letters == Array(word.lowercased().filter(\.isLetter)), "\(bytes)")
        }
    }

    @Test func otherWordsAreLoweredAsCharacters() {
        #expect(AcronymShape.lowered("Zoë’s ÉCOLE").lowered == "zoë’s école")
        #expect(AcronymShape.lowered("Zoë’s ÉCOLE").letters == Array("zoësécole"))
    }
}

/// Words that start with a small letter are passed eight bytes at a time; the words found must be
/// those that reading byte by byte finds, and a small word must end a row of capitals as any other
/// word does.
@Suite struct AcronymTokenWordsTests {
    private static let piece = Gen<String?>.element(of: [
        "a", "and", "abcdefgh", "abcdefghijklmnopq", "x1", "b2b", "a&E", "a&", "&", "&&", "ICB", "NHS", "ABC", "eBay", "iPhone",
        "foo_BAR", "FOO_BAR", "_", " ", " ", "\n", ".", ":", "(", "é", "Zoë", "ZOË", "9", "3G", "2FA", "USAGE", "x&NHS", "A&E",
    ]).map { $0 ?? "" }

    @Test func theWordsFoundAreThoseReadingByteByByteFinds() async {
        await propertyCheck(count: 3_000, input: Self.piece.array(of: 1...24)) { pieces in
            let utf8 = Array(pieces.joined().utf8)
            let found = AcronymTokens.candidates(in: utf8).map { "\($0.word)@\($0.range.lowerBound)" }
            let expected = utf8.withUnsafeBufferPointer(Self.byteByByte).map { "\(String(decoding: utf8[$0], as: UTF8.self))@\($0.lowerBound)" }
            #expect(found == expected, "\(pieces)")
        }
    }

    /// The acronym-like words as `AcronymTokens.candidates` finds them, every word read one byte
    /// at a time: what the words read eight bytes at a time are checked against.
    private static func byteByByte(_ utf8: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var found: [Range<Int>] = [], row: [Range<Int>] = [], capitalsInARow = 0
        func endRow() {
            if capitalsInARow < 3 { found += row }
            capitalsInARow = 0
            row = []
        }
        func readWord(from start: Int) -> (end: Int, upper: Int, lower: Int) {
            var index = start, upper = 0, lower = 0
            while true {
                while index < utf8.count, AcronymTokens.isWordByte(utf8[index]) {
                    if utf8[index] &- UInt8(ascii: "A") < 26 { upper += 1 } else if utf8[index] &- UInt8(ascii: "a") < 26 { lower += 1 }
                    index += 1
                }
                guard index + 1 < utf8.count, utf8[index] == UInt8(ascii: "&"), AcronymTokens.isWordByte(utf8[index + 1]) else {
                    return (index, upper, lower)
                }
                index += 1
            }
        }
        var index = 0
        while index < utf8.count {
            guard AcronymTokens.isWordByte(utf8[index]) else { index += 1; continue }
            let start = index
            let word = readWord(from: start)
            index = word.end
            if utf8[start] &- UInt8(ascii: "a") < 26 { endRow(); continue }
            var letters = start
            while letters < utf8.count, AcronymTokens.isWordByte(utf8[letters]) { letters += 1 }
            if letters < utf8.count, utf8[letters] == UInt8(ascii: "_"), AcronymTokens.isEnvironmentVariable(utf8, start) {
                while index < utf8.count, AcronymTokens.isWordByte(utf8[index]) || utf8[index] == UInt8(ascii: "_") { index += 1 }
                continue
            }
            if AcronymTokens.isHelpHeading(utf8, start..<index) { continue }
            let allCaps = word.upper >= 2 && word.lower == 0
            if !allCaps { endRow() }
            let acronym = utf8[start] &- UInt8(ascii: "A") < 26 && word.upper >= 2 && !AcronymTokens.touchesOtherLetter(utf8, start..<index)
                && AcronymShape.looksLikeAcronym(UnsafeBufferPointer(rebasing: utf8[start..<index]))
            if allCaps {
                capitalsInARow += 1
                if acronym { row.append(start..<index) }
            } else if acronym {
                found.append(start..<index)
            }
        }
        endRow()
        return found
    }

    @Test func smallWordsEndARowOfCapitalsAndHideNothing() {
        func words(_ text: String) -> [String] { AcronymTokens.candidates(in: Array(text.utf8)).map(\.word) }
        #expect(words("ICB NHS and ABC DEF") == ["ICB", "NHS", "ABC", "DEF"])
        #expect(words("ICB NHS ABC and DEF") == ["DEF"])
        #expect(words("a&ICB and x&NHS but ICBs") == ["ICBs"])
        #expect(words("eBay and iPhone, ICB") == ["ICB"])
        #expect(words("abcdefghijklmnopqrstuvwxyz ICB abcdefgh&ABC") == ["ICB"])
    }
}
