import PropertyBased
import Testing
@testable import PlainLanguage

/// A long sentence's excerpt is cut from bytes while the text is ASCII; it must be what folding
/// and cutting the string gives, for every sentence, ASCII or not.
@Suite struct ExcerptTests {
    /// Pieces of a sentence: words of many lengths, every kind of white space the excerpt folds,
    /// the commas, semicolons and colons it trims at a cut, and characters of two, three and four bytes.
    private static let piece = Gen<String?>.element(of: Array(repeating: "word", count: 60) + Array(repeating: " ", count: 60) + [
        "a", "committee", "co-production", "x", "  ", "\n", "\t", "\r\n", ",", ";", ":", ", ", "é", "e\u{301}", "…", "👍🏽", "“",
    ]).map { $0 ?? "" }

    @Test func theExcerptIsTheOneStringsGive() async {
        await propertyCheck(count: 3_000, input: Self.piece.array(of: 0...120)) { pieces in
            let utf8 = Array(pieces.joined().utf8)
            #expect(ReadabilityAnalyzer.excerpt(utf8[...]) == Self.excerptFromStrings(utf8[...]), "\(pieces)")
        }
    }

    @Test func aLongSentenceIsCutAtAWordWithoutTrailingPunctuation() {
        let sentence = Array(("Then the committee talked about the housing plan, the budget, the new library, the bus routes "
            + "and the parks.").utf8)
        #expect(ReadabilityAnalyzer.excerpt(sentence[...]) == "Then the committee talked about the housing plan, the budget, the new library\u{2026}")
        let eighty = String(repeating: "a", count: 80)
        #expect(ReadabilityAnalyzer.excerpt(Array(eighty.utf8)[...]) == eighty)
        #expect(ReadabilityAnalyzer.excerpt(Array((eighty + "\n\n").utf8)[...]) == eighty)
        #expect(ReadabilityAnalyzer.excerpt(Array((eighty + "b").utf8)[...]) == String(repeating: "a", count: 79) + "\u{2026}")
    }

    /// How the excerpt was made before, from a string: the reference the bytes must match.
    private static func excerptFromStrings(_ sentence: ArraySlice<UInt8>) -> String {
        var bytes: [UInt8] = []
        for byte in sentence {
            if bytes.count >= 400 && byte & 0xC0 != 0x80 { break }
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
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
        return cut + "\u{2026}"
    }
}
