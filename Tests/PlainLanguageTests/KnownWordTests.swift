import PropertyBased
import Testing
@testable import PlainLanguage

/// The scanner reads a word it has counted before from eight bytes at a time; where it does, it
/// must end the word where reading it character by character ends it, with the same syllables.
@Suite struct KnownWordTests {
    /// Words of every length to 13 letters, in capitals and not, with what can join or end them:
    /// digits, hyphens, full stops, apostrophes, commas, marks outside ASCII and white space.
    private static let piece = Gen<String?>.element(of: [
        "a", "I", "we", "GP", "NHS", "Nhs", "ICBs", "care", "people", "everything", "coordinated", "organisations", "Wednesday",
        "theatre", "reorganise", "reorganising", "abcdefghijkl", "abcdefghijklm", "WWW", "ww", "x2", "1948", "3.5", "1,000", "e.g.", "don't", "don’t",
        "co-production", "café", "e\u{301}", "Zoë", " ", " ", " ", " ", "\n", "\t", ", ", ". ", "-", ".", "'", ",", "’", "…", "(", ")",
    ]).map { $0 ?? "" }

    @Test func aKnownWordIsReadAsItIsCharacterByCharacter() async {
        await propertyCheck(count: 1_500, input: Self.piece.array(of: 0...60)) { pieces in
            let utf8 = Array((pieces + pieces).joined().utf8)
            utf8.withUnsafeBufferPointer { text in
                var scanner = SentenceScanner()
                for start in text.indices where Self.startsWord(text, at: start) {
                    var slow = 0
                    let fast = scanner.knownWord(text, from: start)
                    let end = scanner.readWordByCharacter(text, from: start, syllables: &slow)
                    if let fast {
                        #expect(fast.end == end && max(1, fast.syllables) == slow, "\(pieces) at \(start)")
                    }
                }
            }
        }
    }

    @Test func aWordCountedBeforeIsKnownUnlessSomethingMayJoinIt() {
        let utf8 = Array("Everything people need. Everything people need, everything-else and everything2 and NHS NHS here.".utf8)
        utf8.withUnsafeBufferPointer { text in
            var scanner = SentenceScanner()
            var syllables = 0
            #expect(scanner.knownWord(text, from: 0) == nil)
            _ = scanner.readWordByCharacter(text, from: 0, syllables: &syllables)
            #expect(syllables == 3)
            let second = Array("Everything people need. ".utf8).count
            #expect(scanner.knownWord(text, from: second)?.end == second + 10)
            #expect(scanner.knownWord(text, from: second)?.syllables == 3)
            // "everything-else" and "everything2" go on; two or three capitals are spelt out.
            let hyphened = Array("Everything people need. Everything people need, ".utf8).count
            #expect(scanner.knownWord(text, from: hyphened) == nil)
            #expect(scanner.knownWord(text, from: hyphened + Array("everything-else and ".utf8).count) == nil)
            let nhs = utf8.count - Array("NHS NHS here.".utf8).count
            _ = scanner.readWordByCharacter(text, from: nhs, syllables: &syllables)
            #expect(scanner.knownWord(text, from: nhs + 4) == nil)
        }
    }

    /// Whether a word starts at `index`: a letter or digit not after one.
    private static func startsWord(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        func isWordByte(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 }
        return isWordByte(text[index]) && (index == 0 || !isWordByte(text[index - 1]) && text[index - 1] < 0x80)
    }
}
