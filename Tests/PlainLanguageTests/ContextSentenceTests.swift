import PropertyBased
import Testing
@testable import PlainLanguage

/// The sentence shown around a finding is made from bytes in one buffer; it must be the text and
/// offset that folding and joining strings gives, for every text, ASCII or not.
@Suite struct ContextSentenceTests {
    /// Pieces of text: words, every kind of white space the sentence folds, the marks that end a
    /// sentence (rarely, so that long sentences are cut), and characters of two, three and four
    /// bytes, a combining accent among them.
    private static let piece = Gen<String?>.element(of: Array(repeating: "word", count: 150) + Array(repeating: " ", count: 150) + [
        "ICB", "  ", "\n", "\t", "\r\n", ".", "!", "?", ". ", "é", "e\u{301}", "…", "👍🏽", "“", "”", "x",
    ]).map { $0 ?? "" }

    @Test func theSentenceIsTheOneStringsGive() async {
        let text = Self.piece.array(of: 0...200)
        await propertyCheck(count: 3_000, input: text, Gen.int(in: 0...200), Gen.int(in: 1...40)) { pieces, first, length in
            // The finding covers one or more whole pieces, as a term or acronym covers words.
            guard !pieces.isEmpty else { return }
            let start = first % pieces.count, end = min(start + length, pieces.count)
            let utf8 = Array(pieces.joined().utf8)
            let lower = pieces[..<start].joined().utf8.count
            let upper = lower + pieces[start..<end].joined().utf8.count
            let made = Context.sentence(around: lower..<upper, in: utf8)
            let expected = Self.sentenceFromStrings(around: lower..<upper, in: utf8)
            #expect(made.text == expected.text && made.offset == expected.offset, "\(pieces) \(lower)..<\(upper)")
        }
    }

    /// The sentence's bytes, found eight bytes at a time, are those that walking byte by byte finds.
    @Test func theSentenceEndsAreThoseFoundByteByByte() async {
        await propertyCheck(count: 3_000, input: Self.piece.array(of: 1...200), Gen.int(in: 0...200), Gen.int(in: 1...40)) { pieces, first, length in
            let start = first % pieces.count, end = min(start + length, pieces.count)
            let utf8 = Array(pieces.joined().utf8)
            let lower = pieces[..<start].joined().utf8.count
            let upper = lower + pieces[start..<end].joined().utf8.count
            #expect(Context.sentenceBytes(around: lower..<upper, in: utf8) == Self.sentenceByteByByte(around: lower..<upper, in: utf8),
                    "\(pieces) \(lower)..<\(upper)")
        }
    }

    /// The sentence's bytes as they were found before, a byte at a time: back and on to the
    /// sentence's ends, at most 120 bytes each way, never cutting a character in half.
    private static func sentenceByteByByte(around range: Range<Int>, in utf8: [UInt8]) -> Range<Int> {
        var start = range.lowerBound
        while start > 0, !Context.isEnd(start - 1, in: utf8), range.lowerBound - start < 120 { start -= 1 }
        var end = range.upperBound
        while end < utf8.count, !Context.isEnd(end, in: utf8), end - range.upperBound < 120 { end += 1 }
        if end < utf8.count, Context.isEnd(end, in: utf8) { end += 1 }
        while start > 0, utf8[start] & 0xC0 == 0x80 { start -= 1 }
        while end < utf8.count, utf8[end] & 0xC0 == 0x80 { end += 1 }
        return start..<end
    }

    /// Findings made one after another share the text of their sentence; each must still be the
    /// text and offset of making it alone.
    @Test func aSharedSentenceIsTheOneMadeAlone() async {
        await propertyCheck(count: 1_000, input: Self.piece.array(of: 1...200), Gen.int(in: 1...8).array(of: 1...12)) { pieces, steps in
            let utf8 = Array(pieces.joined().utf8)
            var last: Context.Last?
            var index = 0
            for step in steps {
                index = (index + step) % pieces.count
                let lower = pieces[..<index].joined().utf8.count
                let upper = lower + pieces[index].utf8.count
                guard upper > lower else { continue }
                let shared = Context.sentence(around: lower..<upper, in: utf8, last: &last)
                let alone = Context.sentence(around: lower..<upper, in: utf8)
                #expect(shared.text == alone.text && shared.offset == alone.offset, "\(pieces) \(lower)..<\(upper)")
            }
        }
    }

    @Test func aCutSentenceIsMarkedAndTheOffsetCountsCharacters() {
        let utf8 = Array("Before. Zoë met the ICB team today. After.".utf8)
        let icb = Array("Before. Zoë met the ".utf8).count
        let made = Context.sentence(around: icb..<(icb + 3), in: utf8)
        #expect(made.text == "Zoë met the ICB team today.")
        #expect(made.offset == 12)
        let long = Array((String(repeating: "word ", count: 60) + "ICB" + String(repeating: " word", count: 60)).utf8)
        let cut = Context.sentence(around: 300..<303, in: long)
        #expect(cut.text.hasPrefix("…") && cut.text.hasSuffix("…"))
        #expect(Array(cut.text)[cut.offset..<(cut.offset + 3)] == ["I", "C", "B"])
    }

    /// How the sentence was made before, from strings: the reference the bytes must match.
    private static func sentenceFromStrings(around range: Range<Int>, in utf8: [UInt8]) -> (text: String, offset: Int) {
        let sentence = Context.sentenceBytes(around: range, in: utf8)
        let start = sentence.lowerBound, end = sentence.upperBound
        func fold(_ bytes: ArraySlice<UInt8>) -> String {
            var folded: [UInt8] = []
            for byte in bytes {
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                    if folded.last != 0x20 { folded.append(0x20) }
                } else {
                    folded.append(byte)
                }
            }
            return String(decoding: folded, as: UTF8.self)
        }
        var before = fold(utf8[start..<range.lowerBound])
        var after = fold(utf8[range.lowerBound..<end])
        while before.hasPrefix(" ") { before.removeFirst() }
        while after.hasSuffix(" ") { after.removeLast() }
        if start > 0, !Context.isEnd(start - 1, in: utf8) { before = "…" + before }
        if end < utf8.count, !Context.isEnd(end - 1, in: utf8) { after += "…" }
        return (before + after, before.count)
    }
}
