/// The text rules of iCalendar (RFC 5545): escaping values, quoting parameters, folding long
/// lines and ending every line with CRLF. Every value is written on one line, whatever text the
/// agenda holds: a line break inside a value could otherwise start a property of its own. vCard
/// (RFC 6350, sections 3.2 and 3.4) has the same rules, so the mailing list's contacts file uses
/// them too.
package enum ICalendarText {
    /// The longest line in octets, not counting the CRLF (RFC 5545 section 3.1).
    static let lineLimit = 75

    /// A TEXT value with backslash, semicolon, comma and line breaks escaped (section 3.3.11).
    package static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": result += "\\n"
            default:
                // Other control characters are not allowed in a value (section 3.1).
                if isControl(scalar) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A URI or CAL-ADDRESS value (a link, `mailto:` and an address), or nil when it holds a
    /// space, a quote or a control character: such a value cannot be written safely, so the
    /// property is left out rather than changed into another address.
    static func uri(_ text: String) -> String? {
        let unsafe = text.isEmpty || text.unicodeScalars.contains {
            isControl($0) || $0 == "\t" || $0 == "\"" || $0.properties.isWhitespace
        }
        return unsafe ? nil : text
    }

    /// Control characters (C0 but tab, DEL, C1) and the Unicode line and paragraph separators,
    /// none of which may appear in a content line (section 3.1).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}"
    }

    /// A parameter value in double quotes, without the characters a quoted value may not hold (section 3.2).
    static func quotedParameter(_ text: String) -> String {
        let kept = text.unicodeScalars.filter { $0 != "\"" && $0 != "\t" && !isControl($0) }
        return "\"" + String(String.UnicodeScalarView(kept)) + "\""
    }

    /// `line` folded into pieces of at most 75 octets, each after the first starting with a
    /// space, never splitting a UTF-8 character (section 3.1).
    static func fold(_ line: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > lineLimit {
                pieces.append(current)
                current = " "
                octets = 1
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        pieces.append(current)
        return pieces
    }

    /// The whole calendar: every content line folded and ended with CRLF. A control character
    /// left in a line by mistake is dropped here, so no line can ever be broken in two.
    package static func serialise(_ lines: [String]) -> String {
        lines.map { String(String.UnicodeScalarView($0.unicodeScalars.filter { !isControl($0) })) }
            .flatMap(fold).map { $0 + "\r\n" }.joined()
    }
}
