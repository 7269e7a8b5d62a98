/// Renders findings for a person reading a terminal: grouped by paragraph, each with its sentence,
/// the words highlighted, what they mean and what to write instead. Colour only when asked for
/// (the command asks when standard output is a terminal). Text from the file is shown through
/// `TerminalText`, so the only escape sequences in a report are the colours added here.
public struct TerminalReport: Sendable {
    /// Whether to use ANSI colours and bold.
    public var colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    /// The findings of one file, grouped by paragraph in reading order.
    public func findings(_ diagnostics: [Diagnostic], file: String) -> String {
        let file = TerminalText.visible(file)
        guard !diagnostics.isEmpty else { return "\(bold(file)): nothing to report.\n" }
        var out = bold(file) + "\n"
        var currentGroup: Int? = -1
        for diagnostic in diagnostics {
            let group = diagnostic.location.paragraph
            if group != currentGroup {
                currentGroup = group
                var heading = group.map { "Paragraph \($0)" } ?? "Whole file"
                if let line = diagnostic.location.position?.line { heading += ", line \(line)" }
                out += "\n  " + dim(heading) + "\n"
            }
            if let context = diagnostic.context {
                out += "    “" + highlight(diagnostic.excerpt, in: context, at: diagnostic.excerptOffset) + "”\n"
            }
            var place = ""
            if let position = diagnostic.location.position { place = "line \(position.line), column \(position.column) · " }
            out += "    " + severityLabel(diagnostic.severity) + " " + dim(place + TerminalText.visible(diagnostic.rule)) + "\n"
            out += "      " + TerminalText.visible(diagnostic.message) + "\n"
            if let suggestion = diagnostic.suggestion {
                out += "      " + paint("→ " + TerminalText.visible(suggestion), code: "32") + "\n"
            }
        }
        return out
    }

    /// "2 labels, 5 jargon, …" from counts per rule, in a fixed order.
    public static func countsLine(_ counts: [String: Int]) -> String {
        let names: [(String, String, String)] = [
            (PlainLanguageRule.label, "label", "labels"), (PlainLanguageRule.jargon, "jargon word or phrase", "jargon words or phrases"),
            (PlainLanguageRule.acronymUnexplained, "acronym not explained", "acronyms not explained"),
            (PlainLanguageRule.acronymUnknown, "unknown acronym", "unknown acronyms"),
            ("long-sentence", "long sentence", "long sentences"),
        ]
        var parts: [String] = []
        for (rule, one, many) in names {
            if let count = counts[rule], count > 0 { parts.append("\(count) \(count == 1 ? one : many)") }
        }
        for (rule, count) in counts.sorted(by: { $0.key < $1.key }) where !names.contains(where: { $0.0 == rule }) {
            parts.append("\(count) \(rule)")
        }
        return parts.isEmpty ? "no findings" : parts.joined(separator: ", ")
    }

    private func severityLabel(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: return paint("error:", code: "1;31")
        case .warning: return paint("warning:", code: "1;33")
        case .info: return paint("note:", code: "1;36")
        }
    }

    private func highlight(_ excerpt: String?, in context: String, at offset: Int?) -> String {
        guard let excerpt, !excerpt.isEmpty else { return TerminalText.visible(context) }
        let flat = excerpt.split(whereSeparator: { $0 == "\n" || $0 == " " }).joined(separator: " ")
        // The checker says where the words start; look there first, then anywhere.
        var start: String.Index?
        if let offset, let index = context.index(context.startIndex, offsetBy: offset, limitedBy: context.endIndex),
           context[index...].hasPrefix(flat) {
            start = index
        } else {
            start = context.range(of: flat)?.lowerBound
        }
        guard let start, let end = context.index(start, offsetBy: flat.count, limitedBy: context.endIndex) else {
            return TerminalText.visible(context)
        }
        let words = TerminalText.visible(flat)
        let marked = colour ? "\u{1B}[1;7m" + words + "\u{1B}[0m" : "[" + words + "]"
        return TerminalText.visible(String(context[..<start])) + marked + TerminalText.visible(String(context[end...]))
    }

    /// `text` in bold, when colour is on.
    public func bold(_ text: String) -> String { paint(text, code: "1") }

    /// `text` dimmed, when colour is on.
    public func dim(_ text: String) -> String { paint(text, code: "2") }

    private func paint(_ text: String, code: String) -> String {
        colour ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
    }
}

import Foundation
