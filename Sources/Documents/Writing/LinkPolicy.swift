import Foundation

/// Decides which link and picture addresses are safe to put in a published document.
///
/// Notes can come from anyone; an address such as `javascript:` or `data:text/html` would run code
/// when a reader clicks it, so such links are published as their text alone.
public enum LinkPolicy {
    /// Whether `destination` may become a clickable link: web, e-mail and phone addresses, and
    /// relative paths, but no scripts.
    public static func isSafe(_ destination: String) -> Bool {
        let trimmed = destination.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return false }
        guard let colon = trimmed.firstIndex(of: ":") else { return true }
        let scheme = trimmed[..<colon].lowercased()
        // A colon after a slash, '?' or '#' belongs to a relative path, not to a scheme.
        if scheme.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return true }
        return ["http", "https", "mailto", "tel"].contains(scheme)
    }

    /// Whether `destination` points into the document itself (`#section`), which only HTML can follow.
    public static func isFragment(_ destination: String) -> Bool {
        destination.hasPrefix("#")
    }

    /// Whether a picture at `source` can be shown without fetching anything from another machine.
    public static func isLocalPicture(_ source: String) -> Bool {
        let lower = source.lowercased()
        if lower.hasPrefix("data:image/") { return true }
        return isSafe(source) && !lower.contains(":") && !lower.hasPrefix("//")
    }
}
