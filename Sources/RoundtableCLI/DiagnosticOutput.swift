import Foundation
import PlainLanguage

extension DiagnosticRenderer {
    /// The renderer for standard output: colour only on a terminal, and never with NO_COLOR set.
    static var standardOutput: DiagnosticRenderer {
        DiagnosticRenderer(outputIsTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
    }
}
