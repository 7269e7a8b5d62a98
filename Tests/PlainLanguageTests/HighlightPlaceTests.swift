import PropertyBased
import Testing
@testable import PlainLanguage

/// The words of a finding are found in its sentence from bytes when both are ASCII; the place
/// must be the one that walking the sentence's characters finds, or none.
@Suite struct HighlightPlaceTests {
    private static let piece = Gen<String?>.element(of: Array(repeating: "word", count: 8) + Array(repeating: " ", count: 8) + [
        "ICB", "  ", "\n", "\t", ".", "é", "e\u{301}", "\u{301}", "…", "👍🏽", "“", "x", "xx", "\r", "\r\n", "\r\nxx",
    ]).map { $0 ?? "" }

    @Test func theBytePlaceIsTheCharacterPlace() async {
        await propertyCheck(count: 3_000, input: Self.piece.array(of: 0...40), Gen.int(in: 0...60), Gen.int(in: 1...6), Gen.bool()) { pieces, first, length, ellipsis in
            guard !pieces.isEmpty else { return }
            let start = first % pieces.count, end = min(start + length, pieces.count)
            let context = (ellipsis ? "…" : "") + pieces.joined()
            let excerpt = pieces[start..<end].joined()
            let offset = (ellipsis ? 1 : 0) + pieces[..<start].joined().count
            guard let found = DiagnosticRenderer.asciiStart(of: excerpt, in: context, at: offset) else { return }
            // As the renderer finds it from characters.
            let flat = excerpt.split(whereSeparator: { $0 == "\n" || $0 == " " }).joined(separator: " ")
            let index = context.index(context.startIndex, offsetBy: offset, limitedBy: context.endIndex)
            #expect(flat == excerpt)
            #expect(index == found && context[found...].hasPrefix(flat), "\(pieces) \(start)..<\(end)")
        }
    }

    @Test func aSentenceThatIsNotASCIIIsLeftToTheCharacters() {
        #expect(DiagnosticRenderer.asciiStart(of: "ICB", in: "The ICB met.", at: 4) != nil)
        #expect(DiagnosticRenderer.asciiStart(of: "ICB", in: "…the ICB met.", at: 5) != nil)
        #expect(DiagnosticRenderer.asciiStart(of: "ICB", in: "Zoë's ICB met.", at: 6) == nil)
        #expect(DiagnosticRenderer.asciiStart(of: "cafe", in: "A cafe\u{301} here.", at: 2) == nil)
        #expect(DiagnosticRenderer.asciiStart(of: "ICB", in: "The ICB met.", at: 5) == nil)
        #expect(DiagnosticRenderer.asciiStart(of: "xx", in: "\r\nxxx", at: 2) == nil)
    }
}
