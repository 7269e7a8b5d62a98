import PropertyBased
import Testing
@testable import PlainLanguage

/// The matcher skips words it has seen start no term; whatever it has learnt, from this text or
/// others, it must find exactly the terms a walk of the trie at every word finds.
@Suite struct WordsWithoutTermsTests {
    /// The test glossary, with terms that go on from a word in punctuation: "a" starts no term
    /// before a space, but starts "A&E"; "s" starts "s.184".
    private static let glossary = Glossary(entries: Array(testGlossary.entries) + [
        GlossaryEntry(id: "a-and-e", term: "A&E", kind: .acronym, expansions: ["accident and emergency"],
                      meaning: "The emergency department.", alternatives: ["the emergency department"], domain: "health"),
        GlossaryEntry(id: "s184", term: "s.184", kind: .jargon, meaning: "A homelessness inquiry.",
                      alternatives: ["the council's homelessness inquiry"], domain: "housing"),
    ], everydayAcronyms: ["NHS"])

    /// Terms of the test glossary, words that start them or share their start, words of 16 and
    /// 17 letters, addresses, option names, a list of values, and every kind of separator.
    private static let piece = Gen<String?>.element(of: [
        "care", "careful", "cares", "care package", "package", "service", "user", "users", "hard", "to", "reach", "ICB", "icb",
        "ICBs", "CoP", "cop", "co", "production", "stakeholders", "signpost", "clean", "the", "a", "www.care.org", "care@nhs.uk",
        "https://icb.nhs.uk/care", "--care", "(values: care, ICB)", "abcdefghijklmnop", "abcdefghijklmnopq", "carefulcarefulx",
        "café", "carée", "1948", "A&E", "a", "A", "s", "s.184", "&E", "care's", "care’s", "s.184",
        " ", " ", " ", " ", "\n", "-", "\t", "\r\n", ",", ".", "'", "’", "(", ")", "\u{00A0}", "—",
    ]).map { $0 ?? "" }

    @Test func whatIsLearntNeverChangesTheTermsFound() async {
        let matcher = TermMatcher(glossary: Self.glossary)
        await propertyCheck(count: 2_000, input: Self.piece.array(of: 0...40).array(of: 1...4)) { texts in
            var unmatched = WordsWithoutTerms()
            for pieces in texts {
                let utf8 = Array(pieces.joined().utf8)
                #expect(matcher.matches(in: utf8, unmatched: &unmatched) == matcher.matches(in: utf8), "\(pieces)")
            }
        }
    }

    @Test func aWordSeenTwiceIsFoundTwiceOrNeither() {
        let matcher = TermMatcher(glossary: testGlossary)
        var unmatched = WordsWithoutTerms()
        let text = Array("The careful carer takes care. The careful carer takes care-package notes; care\ncare".utf8)
        let found = matcher.matches(in: text, unmatched: &unmatched).map(\.text)
        #expect(found == ["care", "care-package", "care", "care"])
        #expect(found == matcher.matches(in: text).map(\.text))
        // "service" leaves the trie at a full stop, but not at a space: "service user" is a term.
        let after = Array("The service. A service user, a service-user.".utf8)
        #expect(matcher.matches(in: after, unmatched: &unmatched).map(\.text) == ["service user", "service-user"])
        // A text that ends after "service" has not shown that no term starts with it.
        #expect(matcher.matches(in: Array("Ask the service".utf8), unmatched: &unmatched).isEmpty)
        #expect(matcher.matches(in: Array("A service user".utf8), unmatched: &unmatched).map(\.text) == ["service user"])
    }

    /// Any eight bytes, ASCII or not, weighted to the edges of the letters and digits.
    private static let byte = Gen<UInt8?>.element(of: Array("/09:@AZ[`az{ -".utf8) + [0x00, 0x7F, 0x80, 0xC3, 0xE2, 0xFF, 0xC1, 0xDA, 0xE1, 0xFA])
        .map { $0 ?? 0 }

    @Test func eightBytesAtOnceAreReadAsOneAtATime() async {
        await propertyCheck(count: 3_000, input: Self.byte.array(of: 8...8)) { bytes in
            var run = 0, lowered: UInt64 = 0
            for byte in bytes {
                let isLetter = (byte | 0x20) &- UInt8(ascii: "a") < 26 && byte < 0x80, isDigit = byte &- UInt8(ascii: "0") < 10
                guard isLetter || isDigit else { break }
                lowered |= UInt64(isLetter ? byte | 0x20 : byte) << UInt64(run * 8)
                run += 1
            }
            let read = bytes.withUnsafeBufferPointer { WordsWithoutTerms.lettersAndDigits(EightBytes($0, at: 0)) }
            #expect(read.run == run && read.lowered == lowered, "\(bytes)")
        }
    }
}
