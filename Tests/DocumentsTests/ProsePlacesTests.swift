import Documents
import PropertyBased
import Testing

/// `ProsePlaces` counts characters forward from the last place it was asked for; for any text and
/// any places asked in any order, its answers are those of counting from the start each time.
@Suite struct ProsePlacesTests {
    /// Pieces of text that join into one character with what comes before or after them: a
    /// carriage return before a line feed, combining marks, emoji joined by a zero-width joiner,
    /// flags made of two regional indicators, an Arabic sign that joins what follows, and Hangul.
    private static let pieces = ["a", "B", " ", "\n", "\r", "\r\n", "é", "e\u{301}", "\u{301}", "\u{200D}", "👩",
                                 "👩\u{200D}💻", "🇬", "🇧", "\u{600}", "1", "\u{1100}", "\u{1161}", "\t", "-"]

    private static let piece = Gen.int(in: 0...(pieces.count - 1)).map { pieces[$0] }
    private static let text = piece.array(of: 0...12).map { $0.joined() }
    private static let segment = zip(text, Gen.int(in: 0...3), Gen.int(in: 1...40), Gen.int(in: 1...9))

    /// What `ProseBlock.position(ofByte:)` promises, counted from the start of the piece each time.
    private static func expectedPosition(_ block: ProseBlock, _ offset: Int) -> SourcePosition? {
        var remaining = offset
        for (index, segment) in block.segments.enumerated() {
            if index > 0 && !segment.continuesPrevious { remaining -= 1 }
            let length = segment.text.utf8.count
            if remaining < length || index == block.segments.count - 1 {
                guard let start = segment.position else { return nil }
                let characters = String(decoding: segment.text.utf8.prefix(max(remaining, 0)), as: UTF8.self).count
                return SourcePosition(line: start.line, column: start.column + characters)
            }
            remaining -= length
        }
        return nil
    }

    @Test func placesAskedInAnyOrderAreThoseCountedFromTheStart() async {
        await propertyCheck(count: 400, input: Self.segment.array(of: 1...5), Gen.int(in: 0...200).array(of: 1...12)) { segments, asked in
            let block = ProseBlock(kind: .paragraph, segments: segments.enumerated().map { index, segment in
                // Kind 0 has no place in a file; kind 1 runs on from the piece before.
                ProseBlock.Segment(text: segment.0, position: segment.1 == 0 ? nil : SourcePosition(line: segment.2, column: segment.3),
                                   continuesPrevious: segment.1 == 1 && index > 0)
            }, paragraph: 3)
            var places = ProsePlaces(block)
            #expect(places.utf8 == Array(block.text.utf8))
            #expect(places.paragraph == 3)
            // Mostly forward, as a checker asks, with a step back now and then.
            let offsets = asked.map { $0 % (places.utf8.count + 1) }
            for offset in offsets.sorted() + offsets {
                #expect(places.characters(before: offset) == String(decoding: places.utf8.prefix(offset), as: UTF8.self).count,
                        "characters before byte \(offset) of \(places.utf8)")
                #expect(places.position(ofByte: offset) == Self.expectedPosition(block, offset), "the place of byte \(offset)")
            }
        }
    }
}
