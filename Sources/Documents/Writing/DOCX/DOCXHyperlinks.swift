import Foundation

/// The external hyperlink relationships of one part (document.xml or footnotes.xml), with ids given in order.
struct DOCXHyperlinks {
    /// Link targets, in the order of their ids.
    private(set) var targets: [String] = []
    private var numbers: [String: Int] = [:]
    private let firstNumber: Int

    /// Starts numbering at `rId<firstNumber>`, after the part's fixed relationships.
    init(firstNumber: Int) {
        self.firstNumber = firstNumber
    }

    /// The relationship id for `target`; the same target always gets the same id.
    mutating func id(for target: String) -> String {
        if let number = numbers[target] { return "rId\(number)" }
        let number = firstNumber + targets.count
        targets.append(target)
        numbers[target] = number
        return "rId\(number)"
    }

    /// Schemes a link may use; anything else (`javascript:`, `data:`, `file:` …) is shown as plain text.
    private static let safeSchemes: Set<String> = ["http", "https", "mailto", "tel", "ftp", "ftps"]

    /// The destination as a relationship target, or nil when it must not become a link: empty,
    /// a fragment inside the document (Roundtable writes no bookmarks), or an unsafe scheme.
    static func externalTarget(_ destination: String) -> String? {
        let target = destination.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let first = target.first, first != "#" else { return nil }
        // Browsers and Word ignore control characters and spaces inside a scheme ("java\tscript:"),
        // so they are ignored here too before the scheme is read.
        var scheme = ""
        for scalar in target.unicodeScalars where scalar.value > 0x20 {
            if scalar == ":" {
                return safeSchemes.contains(scheme.lowercased()) ? target : nil
            }
            if scalar == "/" || scalar == "?" || scalar == "#" { break }
            scheme.unicodeScalars.append(scalar)
        }
        return target
    }
}
