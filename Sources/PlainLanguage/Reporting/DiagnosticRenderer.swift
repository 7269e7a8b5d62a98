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
        var text: [UInt8] = []
        paragraphs(diagnostics, file: file) { text += $0 }
        return String(decoding: text, as: UTF8.self)
    }

    /// The same text as `paragraphs(_:file:)`, as UTF-8 handed to `write` in pieces, in order.
    /// Each piece is `write`'s to read only while it runs.
    public func paragraphs(_ diagnostics: [Diagnostic], file: String, to write: @escaping (UnsafeRawBufferPointer) -> Void) {
        var writer = ParagraphWriter(self, file: file, to: write)
        writer.add(paragraphs(FindingsPart(findings: diagnostics)))
        writer.end()
    }

    /// The text of one part of a file's findings, made on any processor, for `ParagraphWriter.add(_:)`.
    public struct Paragraphs: @unchecked Sendable {
        /// Used by one thread at a time: made on one, written out on another.
        fileprivate let text: GrowingBytes
    }

    /// `part`'s findings as `paragraphs(_:file:)` shows them, after the findings before the part.
    public func paragraphs(_ part: FindingsPart) -> Paragraphs {
        // Written as bytes straight into one block: a long report has a dozen pieces for each of
        // tens of thousands of findings.
        let out = GrowingBytes(capacity: part.findings.count * 512 + 1_024)
        // The paragraph of the finding before, nil for the whole file, -1 when there is none.
        var group: Int? = part.before == 0 ? -1 : part.lastBefore?.paragraph
        // Messages and suggestions repeat: each pair is made visible once, then copied (see `WrittenStrings`).
        var strings = WrittenStrings()
        // Each finding is read where it lies, not copied out of the list first.
        part.findings.withUnsafeBufferPointer { findings in
            for index in findings.indices {
                paragraph(findings[index], group: &group, strings: &strings, onto: out)
            }
        }
        return Paragraphs(text: out)
    }

    /// Prose findings of one file written out as `paragraphs(_:file:)` writes them, while they
    /// are found: `add(_:)` for each part in order (made by `paragraphs(_:)` on any processor),
    /// then `end()`. The text goes to `write`, each piece `write`'s to read only while it runs.
    public struct ParagraphWriter {
        private let renderer: DiagnosticRenderer
        private let file: String
        private let write: (UnsafeRawBufferPointer) -> Void
        /// Whether a finding was written, under the file's name.
        private var started = false

        /// A writer of `file`'s findings as `renderer` shows them, handing the text to `write`.
        public init(_ renderer: DiagnosticRenderer, file: String, to write: @escaping (UnsafeRawBufferPointer) -> Void) {
            self.renderer = renderer
            self.file = file
            self.write = write
        }

        /// Writes `paragraphs`, the next part of the file's findings.
        public mutating func add(_ paragraphs: Paragraphs) {
            guard paragraphs.text.count > 0 else { return }
            if !started {
                started = true
                writeName(then: "\n")
            }
            write(UnsafeRawBufferPointer(paragraphs.text.written))
        }

        /// Ends the file's findings, saying there were none when none were added.
        public mutating func end() {
            if !started { writeName(then: ": nothing to report.\n") }
        }

        private func writeName(then rest: StaticString) {
            let head = GrowingBytes(capacity: 256)
            renderer.paint(code: "1", onto: head) { TerminalText.appendVisible(file, to: $0) }
            head.append(literal: rest)
            write(UnsafeRawBufferPointer(head.written))
        }
    }

    /// One finding written onto `out`, under a heading for its paragraph when that is not `currentGroup`.
    private func paragraph(_ diagnostic: Diagnostic, group currentGroup: inout Int?, strings: inout WrittenStrings, onto out: GrowingBytes) {
        // What the closures below need, taken out first so the finding itself is not copied into them.
        let (group, position, rule) = (diagnostic.location.paragraph, diagnostic.location.position, diagnostic.rule)
        let (message, suggestion) = (diagnostic.message, diagnostic.suggestion)
        if group != currentGroup {
            currentGroup = group
            out.append(literal: "\n  ")
            paint(code: "2", onto: out) { out in
                if let group {
                    out.append(literal: "Paragraph ")
                    out.append(digitsOf: group)
                } else {
                    out.append(literal: "Whole file")
                }
                if let line = position?.line {
                    out.append(literal: ", line ")
                    out.append(digitsOf: line)
                }
            }
            out.append(0x0A)
        }
        if let context = diagnostic.context {
            out.append(literal: "    “")
            highlight(diagnostic.excerpt, in: context, at: diagnostic.excerptOffset, onto: out)
            out.append(literal: "”\n")
        }
        out.append(literal: "    ")
        severityLabel(diagnostic.severity, onto: out)
        out.append(0x20)
        paint(code: "2", onto: out) { out in
            if let position {
                out.append(literal: "line ")
                out.append(digitsOf: position.line)
                out.append(literal: ", column ")
                out.append(digitsOf: position.column)
                out.append(literal: " · ")
            }
            out.append(rule.rawValue)
        }
        // Findings for the same glossary entry share their message and suggestion: made visible
        // once, then copied.
        strings.write(WrittenStrings.key(message, suggestion, tag: 1), onto: out) {
            out.append(literal: "\n      ")
            TerminalText.appendVisible(message, to: out)
            out.append(0x0A)
            if let suggestion {
                out.append(literal: "      ")
                paint(code: "32", onto: out) { out in
                    out.append(literal: "→ ")
                    TerminalText.appendVisible(suggestion, to: out)
                }
                out.append(0x0A)
            }
        }
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
        let out = GrowingBytes(capacity: 32)
        severityLabel(severity, onto: out)
        return String(decoding: out.written, as: UTF8.self)
    }

    private func severityLabel(_ severity: Diagnostic.Severity, onto out: GrowingBytes) {
        let code: StaticString
        switch severity {
        case .error: code = "1;31"
        case .warning: code = "1;33"
        case .info: code = "1;36"
        }
        paint(code: code, onto: out) { out in
            out.append(severity.word)
            out.append(literal: ":")
        }
    }

    /// Adds `context` to `out` with the words of `excerpt` marked, where the checker says they
    /// start (`offset` characters in), or else where they are first found.
    private func highlight(_ excerpt: String?, in context: String, at offset: Int?, onto out: GrowingBytes) {
        guard let excerpt, !excerpt.isEmpty else { return TerminalText.appendVisible(context, to: out) }
        if let offset, let start = Self.asciiStart(of: excerpt, in: context, at: offset) {
            // Most findings: the same as below, found from bytes rather than characters.
            let startByte = context.utf8.distance(from: context.startIndex, to: start), endByte = startByte + excerpt.utf8.count
            var context = context
            context.withUTF8 { bytes in
                TerminalText.appendVisible(UnsafeBufferPointer(rebasing: bytes[..<startByte]), to: out)
                paint(code: "1;7", onto: out, plainMarks: true) { TerminalText.appendVisible(UnsafeBufferPointer(rebasing: bytes[startByte..<endByte]), to: $0) }
                TerminalText.appendVisible(UnsafeBufferPointer(rebasing: bytes[endByte...]), to: out)
            }
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
            return TerminalText.appendVisible(context, to: out)
        }
        TerminalText.appendVisible(String(context[..<start]), to: out)
        paint(code: "1;7", onto: out, plainMarks: true) { TerminalText.appendVisible(flat, to: $0) }
        TerminalText.appendVisible(String(context[end...]), to: out)
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
                let ellipsis = text.count >= 3 && text[0] == 0xE2 && text[1] == 0x80 && text[2] == 0xA6 ? 3 : 0
                let startByte = ellipsis + offset - (ellipsis > 0 ? 1 : 0)
                guard startByte >= ellipsis, startByte + words.count <= text.count else { return nil }
                let end = startByte + words.count
                // A carriage return and a line break make one character of two bytes.
                guard Self.isASCIIWithoutCarriageReturn(UnsafeBufferPointer(rebasing: text[ellipsis..<startByte])),
                      memcmp(text.baseAddress! + startByte, words.baseAddress!, words.count) == 0,
                      end == text.count || text[end] < 0x80 else { return nil }
                return startByte
            }
        }
        return startByte.map { context.utf8.index(context.utf8.startIndex, offsetBy: $0) }
    }

    /// Whether `bytes` are all ASCII with no carriage return among them, looked at eight at a time.
    static func isASCIIWithoutCarriageReturn(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 8 <= bytes.count {
            let eight = EightBytes(bytes, at: index)
            guard eight.lanes & 0x8080_8080_8080_8080 == 0, eight.lanes(holding: 0x0D) == 0 else { return false }
            index += 8
        }
        return bytes[index...].allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    private func paint(_ text: String, code: StaticString) -> String {
        let out = GrowingBytes(capacity: text.utf8.count + 16)
        paint(code: code, onto: out) { $0.append(text) }
        return String(decoding: out.written, as: UTF8.self)
    }

    /// Adds to `out` what `write` adds: in colour `code` when colour is on; otherwise as it is, or
    /// in brackets when `plainMarks`.
    @inline(__always)
    private func paint(code: StaticString, onto out: GrowingBytes, plainMarks: Bool = false, _ write: (GrowingBytes) -> Void) {
        if colour {
            out.append(literal: "\u{1B}[")
            out.append(literal: code)
            out.append(literal: "m")
        } else if plainMarks {
            out.append(literal: "[")
        }
        write(out)
        if colour { out.append(literal: "\u{1B}[0m") } else if plainMarks { out.append(literal: "]") }
    }
}
