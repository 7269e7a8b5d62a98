/// The text rules of iCalendar (RFC 5545): escaping values, quoting parameters, folding long
/// lines and ending every line with CRLF.
enum ICalendarText {
    /// The longest line in octets, not counting the CRLF (RFC 5545 section 3.1).
    static let lineLimit = 75

    /// A TEXT value with backslash, semicolon, comma and line breaks escaped (section 3.3.11).
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r": result += "\\n"
            default:
                // Other control characters are not allowed in a value (section 3.1).
                if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A parameter value in double quotes, without the characters a quoted value may not hold (section 3.2).
    static func quotedParameter(_ text: String) -> String {
        let kept = text.unicodeScalars.filter { $0 != "\"" && $0.value >= 0x20 && $0.value != 0x7F }
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

    /// The whole calendar: every content line folded and ended with CRLF.
    static func serialise(_ lines: [String]) -> String {
        lines.flatMap(fold).map { $0 + "\r\n" }.joined()
    }
}
