/// E-mail and web addresses written out in text, and how to read them as a person would.
enum WebAddress {
    /// An address found in a run of text.
    struct Token: Equatable {
        var range: Range<Int>
        var isEmail: Bool
    }

    /// How many times an address is percent-decoded, so `%2541` is read as `%41` and then as `A`.
    static let decodingRounds = 3

    /// The e-mail addresses (`amira.khan@example.org`) and web addresses (`https://…`, `www.…`,
    /// `example.org/people/amira`, or anything percent-encoded) in `characters`.
    static func tokens(in characters: [Character]) -> [Token] {
        var tokens: [Token] = []
        var start = 0
        while start < characters.count {
            guard !isSeparator(characters[start]) else { start += 1; continue }
            var end = start
            while end < characters.count, !isSeparator(characters[end]) { end += 1 }
            var lower = start
            var upper = end
            while lower < upper, "<([{\"'“‘*_".contains(characters[lower]) { lower += 1 }
            while upper > lower, ">)]}\"'”’.,;:!?*_".contains(characters[upper - 1]) { upper -= 1 }
            if lower < upper, let kind = kind(of: String(characters[lower..<upper])) {
                tokens.append(Token(range: lower..<upper, isEmail: kind))
            }
            start = end
        }
        return tokens
    }

    /// nil when `text` is not an address; true for an e-mail address, false for a web address.
    private static func kind(of text: String) -> Bool? {
        let lower = text.lowercased()
        if lower.contains("://") || lower.hasPrefix("www.") { return false }
        if lower.hasPrefix("mailto:") { return true }
        if let at = lower.firstIndex(of: "@"), at > lower.startIndex, lower[lower.index(after: at)...].contains(".") { return true }
        if let slash = lower.firstIndex(of: "/"), lower[..<slash].contains("."), !lower[..<slash].hasPrefix(".") { return false }
        if hasPercentEscape(lower) { return false }
        return nil
    }

    private static func isSeparator(_ character: Character) -> Bool {
        character.isWhitespace || character == Character(InlineRun.barrier)
    }

    private static func hasPercentEscape(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3 else { return false }
        for index in 0..<(bytes.count - 2) where bytes[index] == UInt8(ascii: "%") && isHex(bytes[index + 1]) && isHex(bytes[index + 2]) {
            return true
        }
        return false
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }

    /// `text` with percent escapes decoded (up to `decodingRounds` times) and `+` read as a space,
    /// as a browser would show the address.
    static func decoded(_ text: String) -> String {
        var current = text
        for _ in 0..<decodingRounds {
            var bytes: [UInt8] = []
            let source = Array(current.utf8)
            var index = 0
            var changed = false
            while index < source.count {
                if source[index] == UInt8(ascii: "%"), index + 2 < source.count, isHex(source[index + 1]), isHex(source[index + 2]),
                   let value = UInt8(String(decoding: source[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                    bytes.append(value)
                    index += 3
                    changed = true
                } else {
                    bytes.append(source[index] == UInt8(ascii: "+") ? UInt8(ascii: " ") : source[index])
                    index += 1
                }
            }
            current = String(decoding: bytes, as: UTF8.self)
            if !changed { break }
        }
        return current
    }
}
