import Documents
import Foundation

/// The one renderer of findings for the checker, the agenda linter and publishing: for a person
/// reading a terminal, in two layouts (prose findings grouped by paragraph with their sentence;
/// agenda findings one line each), or as JSON for programs. Text from a file is shown through
/// `TerminalText`, so the only escape sequences in the output are the colours added here.
public struct DiagnosticRenderer: Sendable {
    /// Whether to use ANSI colours and bold.
    public var colour: Bool

    /// A renderer that colours only when told to.
    public init(colour: Bool) {
        self.colour = colour
    }

    /// A renderer for output that goes to a terminal or not: colour only on a terminal, and
    /// never when the `NO_COLOR` variable of `environment` is set to anything (no-color.org).
    public init(outputIsTerminal: Bool, environment: [String: String]) {
        self.colour = outputIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Prose findings of one file, grouped by paragraph in reading order, each with its sentence,
    /// the words marked, what they mean and what to write instead.
    public func paragraphs(_ diagnostics: [Diagnostic], file: String) -> String {
        var text = ""
        paragraphs(diagnostics, file: file) { text += $0 }
        return text
    }

    /// The same text as `paragraphs(_:file:)`, handed to `write` in pieces, in order, as a long
    /// report is made: the first pieces can be written out while the rest are made.
    public func paragraphs(_ diagnostics: [Diagnostic], file: String, to write: (String) -> Void) {
        let file = TerminalText.visible(file)
        guard !diagnostics.isEmpty else { return write("\(bold(file)): nothing to report.\n") }
        write(bold(file) + "\n")
        // A long report is made in parts side by side; each part knows the paragraph before it.
        let renderer = self
        SideBySide.forEach(SideBySide.parts(of: diagnostics.count, size: 1_024), { part in
            renderer.paragraphs(diagnostics[part], after: part.lowerBound == 0 ? -1 : diagnostics[part.lowerBound - 1].location.paragraph)
        }, inOrder: write)
    }

    /// `diagnostics` grouped by paragraph, after a finding in paragraph `previous`.
    private func paragraphs(_ diagnostics: ArraySlice<Diagnostic>, after previous: Int?) -> String {
        // Each piece is added to the part's text as it is, not joined to the next first: a long
        // report has a dozen pieces for each of tens of thousands of findings.
        var out = ""
        var currentGroup = previous
        for diagnostic in diagnostics {
            let group = diagnostic.location.paragraph
            if group != currentGroup {
                currentGroup = group
                var heading = group.map { "Paragraph \($0)" } ?? "Whole file"
                if let line = diagnostic.location.position?.line { heading += ", line \(line)" }
                out += "\n  "
                paint(code: "2", onto: &out) { $0 += heading }
                out += "\n"
            }
            if let context = diagnostic.context {
                out += "    “"
                highlight(diagnostic.excerpt, in: context, at: diagnostic.excerptOffset, onto: &out)
                out += "”\n"
            }
            out += "    "
            out += severityLabel(diagnostic.severity)
            out += " "
            paint(code: "2", onto: &out) { out in
                if let position = diagnostic.location.position {
                    out += "line "
                    out += String(position.line)
                    out += ", column "
                    out += String(position.column)
                    out += " · "
                }
                out += diagnostic.rule.rawValue
            }
            out += "\n      "
            out += TerminalText.visible(diagnostic.message)
            out += "\n"
            if let suggestion = diagnostic.suggestion {
                out += "      "
                paint(code: "32", onto: &out) { out in
                    out += "→ "
                    out += TerminalText.visible(suggestion)
                }
                out += "\n"
            }
        }
        return out
    }

    /// One finding on one line: `agenda.yaml line 12, column 5: warning: … Fix: … [rule-id]`.
    public func line(_ diagnostic: Diagnostic) -> String {
        let fix = diagnostic.suggestion.map { " Fix: \($0)" } ?? ""
        return TerminalText.visible(diagnostic.location.description) + ": " + severityLabel(diagnostic.severity) + " "
            + TerminalText.visible(diagnostic.message + fix) + " [\(diagnostic.rule.rawValue)]"
    }

    /// `value` as pretty JSON with sorted keys, so the same findings always print the same.
    public static func json<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// `text` in bold, when colour is on.
    public func bold(_ text: String) -> String { paint(text, code: "1") }

    /// `text` dimmed, when colour is on.
    public func dim(_ text: String) -> String { paint(text, code: "2") }

    /// "error:", "warning:" or "note:", in bold red, yellow or cyan when colour is on.
    private func severityLabel(_ severity: Diagnostic.Severity) -> String {
        let code: String
        switch severity {
        case .error: code = "1;31"
        case .warning: code = "1;33"
        case .info: code = "1;36"
        }
        return paint(severity.word + ":", code: code)
    }

    /// Adds `context` to `out` with the words of `excerpt` marked, where the checker says they
    /// start (`offset` characters in), or else where they are first found.
    private func highlight(_ excerpt: String?, in context: String, at offset: Int?, onto out: inout String) {
        guard let excerpt, !excerpt.isEmpty else { return out += TerminalText.visible(context) }
        if let offset, let start = Self.asciiStart(of: excerpt, in: context, at: offset) {
            // Most findings: the same as below, found from bytes rather than characters.
            let end = context.utf8.index(start, offsetBy: excerpt.utf8.count)
            out += TerminalText.visible(String(context[..<start]))
            paint(code: "1;7", onto: &out, plainMarks: true) { $0 += TerminalText.visible(excerpt) }
            out += TerminalText.visible(String(context[end...]))
            return
        }
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
            return out += TerminalText.visible(context)
        }
        out += TerminalText.visible(String(context[..<start]))
        paint(code: "1;7", onto: &out, plainMarks: true) { $0 += TerminalText.visible(flat) }
        out += TerminalText.visible(String(context[end...]))
    }

    /// Where `excerpt` starts in `context`, `offset` characters in, when both are ASCII there (a
    /// leading "…" aside), so that characters are bytes: the excerpt on one line with single
    /// spaces and none at its ends, the context ASCII without carriage returns up to the end of the
    /// excerpt, and ASCII in the character after it. Nil otherwise, or when the excerpt is not there.
    static func asciiStart(of excerpt: String, in context: String, at offset: Int) -> String.Index? {
        var wordsText = excerpt, contextText = context
        let startByte = wordsText.withUTF8 { words in
            contextText.withUTF8 { text -> Int? in
                guard let first = words.first, let last = words.last, first != 0x20, last != 0x20 else { return nil }
                var previous: UInt8 = 0
                for byte in words {
                    guard byte < 0x80, byte != 0x0A, byte != 0x0D, !(byte == 0x20 && previous == 0x20) else { return nil }
                    previous = byte
                }
                let ellipsis = text.starts(with: [0xE2, 0x80, 0xA6]) ? 3 : 0
                let startByte = ellipsis + offset - (ellipsis > 0 ? 1 : 0)
                guard startByte >= ellipsis, startByte + words.count <= text.count else { return nil }
                let end = startByte + words.count
                // A carriage return and a line break make one character of two bytes.
                guard text[ellipsis..<startByte].allSatisfy({ $0 < 0x80 && $0 != 0x0D }),
                      UnsafeBufferPointer(rebasing: text[startByte..<end]).elementsEqual(words),
                      end == text.count || text[end] < 0x80 else { return nil }
                return startByte
            }
        }
        return startByte.map { context.utf8.index(context.utf8.startIndex, offsetBy: $0) }
    }

    private func paint(_ text: String, code: String) -> String {
        var out = ""
        paint(code: code, onto: &out) { $0 += text }
        return out
    }

    /// Adds to `out` what `write` adds: in colour `code` when colour is on; otherwise as it is, or
    /// in brackets when `plainMarks`.
    @inline(__always)
    private func paint(code: String, onto out: inout String, plainMarks: Bool = false, _ write: (inout String) -> Void) {
        if colour { out += "\u{1B}[\(code)m" } else if plainMarks { out += "[" }
        write(&out)
        if colour { out += "\u{1B}[0m" } else if plainMarks { out += "]" }
    }
}
