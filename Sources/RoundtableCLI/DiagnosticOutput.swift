import ArgumentParser
import Foundation
import PlainLanguage

/// Prints findings for people (one line each, colour only on a terminal) or as JSON for programs.
enum DiagnosticOutput {
    /// How findings are printed.
    enum Format: String, CaseIterable {
        case text, json
    }

    /// The level of finding from which a check exits with code 1.
    enum FailOn: String, CaseIterable, ExpressibleByArgument {
        case info, warning, error, never

        /// Whether `findings` hold one serious enough to fail.
        func fails(_ findings: [Diagnostic]) -> Bool {
            let threshold: Diagnostic.Severity
            switch self {
            case .info: threshold = .info
            case .warning: threshold = .warning
            case .error: threshold = .error
            case .never: return false
            }
            return findings.contains { $0.severity >= threshold }
        }
    }

    /// Whether to colour the output: only when standard output is a terminal and NO_COLOR is not set.
    static var useColour: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// `agenda.yaml line 12, column 5: warning: … Fix: …`
    static func line(_ finding: Diagnostic, colour: Bool) -> String {
        let severity = finding.severity.rawValue
        let shown: String
        if colour {
            let code: String
            switch finding.severity {
            case .error: code = "31"
            case .warning: code = "33"
            case .info: code = "36"
            }
            shown = "\u{1B}[1;\(code)m\(severity)\u{1B}[0m"
        } else {
            shown = severity
        }
        let fix = finding.suggestion.map { " Fix: \($0)" } ?? ""
        let visible = TerminalText.visible
        return "\(visible("\(finding.location)")): \(shown): \(visible(finding.message + fix)) [\(visible(finding.rule))]"
    }

    /// "1 error and 2 warnings", "3 warnings".
    static func count(_ findings: [Diagnostic]) -> String {
        let parts = Diagnostic.Severity.allCases.reversed().compactMap { severity -> String? in
            let number = findings.filter { $0.severity == severity }.count
            guard number > 0 else { return nil }
            let word = severity == .info ? "note" : severity.rawValue
            return "\(number) \(word)\(number == 1 ? "" : "s")"
        }
        return parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "") : parts.first ?? "no problems"
    }

    /// `value` as pretty JSON with sorted keys, so the same findings always print the same.
    static func json<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
