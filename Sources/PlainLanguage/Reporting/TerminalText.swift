/// Text made safe to show in a terminal: control characters and the characters that change the
/// direction of a line are shown as visible marks instead of being obeyed.
///
/// A file or a database can hold an escape sequence that clears the screen, changes the window
/// title or writes to the clipboard, or a right-to-left override that makes a line read as
/// something other than what it says. Tab and line feed are kept. Every other C0 control
/// character shows as its Unicode control picture (escape as ␛, carriage return as ␍), delete
/// as ␡, and C1 controls and direction marks as their code, such as `<U+202E>`.
package enum TerminalText {
    /// `text` with every control and direction character made visible.
    package static func visible(_ text: String) -> String {
        guard mayNeedMarks(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let mark = mark(for: scalar) { result.append(contentsOf: mark.unicodeScalars) } else { result.append(scalar) }
        }
        return String(result)
    }

    /// Appends `text` to `out` as `visible` makes it, from its bytes: the runs that need no mark
    /// are copied as they are.
    static func appendVisible(_ text: String, to out: GrowingBytes) {
        var text = text
        text.withUTF8 { bytes in appendVisible(bytes, to: out) }
    }

    /// Appends the UTF-8 `bytes` to `out` as `visible` makes them.
    static func appendVisible(_ bytes: UnsafeBufferPointer<UInt8>, to out: GrowingBytes) {
        var start = 0, index = 0
        while index < bytes.count {
            // Eight bytes at a time up to the first that is not printable ASCII.
            if index + 8 <= bytes.count {
                let look = EightBytes(bytes, at: index).unprintable
                guard look != 0 else {
                    index += 8
                    continue
                }
                index += look.trailingZeroBitCount / 8
            }
            guard let marked = markedCharacter(in: bytes, at: index), let scalar = Unicode.Scalar(marked.value),
                  let mark = mark(for: scalar) else {
                index += 1
                continue
            }
            out.append(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            out.append(mark)
            index += marked.length
            start = index
        }
        out.append(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
    }

    /// Like `visible`, but keeping the colour and bold sequences (escape, `[`, digits and
    /// semicolons, `m`) that a report renderer puts around text it has already made visible.
    package static func visibleKeepingStyle(_ text: String) -> String {
        guard mayNeedMarks(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\u{1B}", let end = styleEnd(scalars, from: index) {
                result.append(contentsOf: scalars[index...end])
                index = end + 1
                continue
            }
            if let mark = mark(for: scalars[index]) { result.append(contentsOf: mark.unicodeScalars) } else { result.append(scalars[index]) }
            index += 1
        }
        return String(result)
    }

    /// Whether `text` may hold a character that `mark(for:)` changes (or an escape), found by a
    /// look at its UTF-8 bytes, so a report of tens of megabytes is checked in milliseconds.
    private static func mayNeedMarks(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.indices.contains { markedCharacter(in: bytes, at: $0) != nil } }
    }

    /// The value and length in bytes of the character at `index` of the UTF-8 `bytes` when
    /// `mark(for:)` changes it; nil otherwise, found from the bytes alone.
    @inline(__always)
    private static func markedCharacter(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int)? {
        let byte = bytes[index]
        guard mayStartMark[Int(byte)] else { return nil }
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        let third = index + 2 < bytes.count ? bytes[index + 2] : 0
        switch byte {
        case 0x00...0x1F, 0x7F: return (UInt32(byte), 1)
        case 0xC2 where (0x80...0x9F).contains(next): return (UInt32(next), 2)
        case 0xD8 where next == 0x9C: return (0x061C, 2)
        case 0xE2 where next == 0x80 && (third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third)):
            return (0x2000 + UInt32(third - 0x80), 3)
        case 0xE2 where next == 0x81 && (0xA6...0xA9).contains(third): return (0x2040 + UInt32(third - 0x80), 3)
        default: return nil
        }
    }

    /// The bytes that may start a character `mark(for:)` changes: every other byte is skipped at once.
    private static let mayStartMark: [Bool] = (0...255).map { byte in
        (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2
    }

    /// The index of the `m` ending a style sequence that starts with the escape at `start`.
    private static func styleEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 1 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var index = start + 2
        while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == ";" { index += 1 }
        return index < scalars.count && scalars[index] == "m" ? index : nil
    }

    /// What `scalar` is shown as, or nil when it is shown as itself.
    private static func mark(for scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x09, 0x0A:
            return nil
        case 0x00...0x1F:
            return Unicode.Scalar(0x2400 + scalar.value).map(String.init)
        case 0x7F:
            return "\u{2421}"
        case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            let digits = String(scalar.value, radix: 16, uppercase: true)
            return "<U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ">"
        default:
            return nil
        }
    }
}
