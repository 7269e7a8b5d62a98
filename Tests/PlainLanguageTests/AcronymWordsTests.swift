import PropertyBased
import Testing
@testable import PlainLanguage

/// The words before a bracketed acronym are read from bytes when they are ASCII; they must be
/// the words `AcronymShape.words` reads from the text, which every other word goes through.
@Suite struct AcronymWordsTests {
    /// Any ASCII but the bytes `wordRanges` splits at: a space, a hyphen and a line break.
    private static let wordByte = Gen.int(in: 0...127).map { UInt8($0) }
        .filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: "\n") }

    @Test func anASCIIWordIsTrimmedAsTheTextReaderTrimsIt() async {
        await propertyCheck(count: 2_000, input: Self.wordByte.array(of: 1...12)) { bytes in
            let expected = AcronymShape.words(Substring(String(decoding: bytes, as: UTF8.self))).first ?? ""
            #expect(AcronymDefinition.asciiWord(bytes[...]) == expected, "\(bytes)")
        }
    }

    @Test func aWordWithOtherCharactersIsLeftToTheTextReader() {
        #expect(AcronymDefinition.asciiWord(Array("(Résumé),".utf8)[...]) == nil)
        #expect(AcronymDefinition.asciiWord(Array("(Board),".utf8)[...]) == "Board")
        #expect(AcronymDefinition.asciiWord(Array("A&E".utf8)[...]) == "A&E")
    }
}
