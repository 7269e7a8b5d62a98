import Foundation

/// Decides which link and picture addresses are safe to put in a published document. Every
/// writer (HTML, DOCX, FODT, Markdown and plain text) asks this one policy.
///
/// Notes can come from anyone; an address such as `javascript:`, `vbscript:` or `data:text/html`
/// would run code when a reader clicks it, and `file:` opens the reader's own files, so such links
/// are published as their text alone.
package enum LinkPolicy {
    /// The schemes a link may use: web, e-mail and phone addresses.
    package static let safeSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// Whether `destination` may become a clickable link: an address with one of `safeSchemes`,
    /// or a relative path or `#part` with no scheme at all.
    package static func isSafe(_ destination: String) -> Bool {
        var scheme = ""
        var empty = true
        for scalar in destination.unicodeScalars {
            // Browsers and office suites ignore spaces and control characters inside a scheme,
            // so "java\tscript:" is still a javascript: link.
            if scalar.value <= 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
            empty = false
            if scalar == ":" { return safeSchemes.contains(scheme.lowercased()) }
            // A colon after a slash, '?' or '#' belongs to a relative path, not to a scheme.
            if scalar == "/" || scalar == "?" || scalar == "#" { return true }
            scheme.unicodeScalars.append(scalar)
        }
        return !empty
    }

    /// Whether a picture at `source` can be shown without fetching anything from another machine.
    package static func isLocalPicture(_ source: String) -> Bool {
        let lower = source.lowercased()
        if lower.hasPrefix("data:image/") { return true }
        return isSafe(source) && !lower.contains(":") && !lower.hasPrefix("//")
    }
}
