import Foundation
import PlainLanguage

extension DiagnosticRenderer {
    /// The renderer for standard output: colour only on a terminal, and never with NO_COLOR set.
    static var standardOutput: DiagnosticRenderer {
        DiagnosticRenderer(outputIsTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
    }
}

/// What a lint command prints for people: each finding, then `summary`, then the next step.
enum LintOutput {
    /// Prints `findings` for `file`; `clean` is the line for no findings, and `command` the lint
    /// command to run again ("roundtable agenda lint").
    static func print(_ findings: [Diagnostic], file: String, summary: String, clean: String, command: String) {
        let renderer = DiagnosticRenderer.standardOutput
        for finding in findings { Console.report(renderer.line(finding)) }
        Swift.print(summary)
        if findings.isEmpty {
            Swift.print(clean)
        } else {
            Swift.print("\(file): \(FindingCounts.bySeverity(findings)). Fix what you can, then run '\(command) \(file)' again.")
        }
    }
}
