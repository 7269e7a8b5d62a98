/// Decides which link destinations become working links in an FODT file.
///
/// Notes come from many hands; a `javascript:` or `file:` link in a shared document is a trap, so
/// only links `LinkPolicy` allows (web, mail and telephone links and links without a scheme, such
/// as relative paths and `#anchors`) stay links. Any other link keeps its text and loses its destination.
enum FODTLink {
    /// The destination to write for a link, or nil when the link should be written as plain text.
    static func href(_ destination: String) -> String? {
        // Mirror how browsers and office suites read a URL: surrounding spaces and control
        // characters are ignored and tabs and line breaks inside are dropped, so "java\tscript:"
        // is still a javascript: link.
        var cleaned = ""
        for scalar in destination.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F, 0x7F: continue
            case 0x20: cleaned += "%20"
            default: cleaned.unicodeScalars.append(scalar)
            }
        }
        while cleaned.hasPrefix("%20") { cleaned.removeFirst(3) }
        while cleaned.hasSuffix("%20") { cleaned.removeLast(3) }
        return LinkPolicy.isSafe(cleaned) ? cleaned : nil
    }
}
