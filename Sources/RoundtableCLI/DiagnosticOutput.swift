import ArgumentParser
import Foundation
import PlainLanguage

/// How findings are printed: for people, or as JSON for programs.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case text, json
}

extension FailureLevel: ExpressibleByArgument {}

extension DiagnosticRenderer {
    /// The renderer for standard output: colour only on a terminal, and never with NO_COLOR set.
    static var standardOutput: DiagnosticRenderer {
        DiagnosticRenderer(outputIsTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
    }
}
