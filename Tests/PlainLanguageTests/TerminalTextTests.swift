import PropertyBased
import Testing
@testable import PlainLanguage

/// The report writes text from a file through `TerminalText.appendVisible`, from bytes; it must
/// give what `visible` gives from the characters, for every text.
@Suite struct TerminalTextTests {
    /// Plain text, every C0 control, delete, C1 controls, the direction marks and their
    /// neighbours that are not marked, line and paragraph separators, and characters whose bytes
    /// start like a marked one's (C2, D8, E2 80, E2 81). The JSON tests use them too.
    static let awkwardPieces = Array(repeating: "word ", count: 20)
        + (0..<32).map { String(Character(Unicode.Scalar(UInt8($0)))) } + [
            "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "é", "\u{061C}", "\u{061B}", "\u{200D}", "\u{200E}", "\u{200F}",
            "\u{2010}", "\u{2028}", "\u{2029}", "\u{202A}", "\u{202E}", "\u{202F}", "\u{2065}", "\u{2066}", "\u{2069}", "\u{206A}",
            "“", "”", "…", "→", "👩🏽‍⚕️", "\r\n",
        ]

    private static let piece = Gen<String?>.element(of: awkwardPieces).map { $0 ?? "" }

    @Test func theBytesAreTheCharactersMadeVisible() async {
        await propertyCheck(count: 3_000, input: Self.piece.array(of: 0...30)) { pieces in
            let text = pieces.joined()
            let out = GrowingBytes(capacity: 16)
            TerminalText.appendVisible(text, to: out)
            #expect(String(decoding: out.written, as: UTF8.self) == TerminalText.visible(text), "\(pieces.map { $0.unicodeScalars.map(\.value) })")
        }
    }

    @Test func marksAreVisibleAndTabsAndLineBreaksKept() {
        let out = GrowingBytes(capacity: 4)
        TerminalText.appendVisible("a\u{1B}[2J\tb\n\u{202E}c\u{85}", to: out)
        #expect(String(decoding: out.written, as: UTF8.self) == "a\u{241B}[2J\tb\n<U+202E>c<U+0085>")
    }
}
