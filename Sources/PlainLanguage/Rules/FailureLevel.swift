/// How serious a finding must be for a check to fail, or `never`: one choice for every command
/// and front end that checks.
public enum FailureLevel: String, Sendable, CaseIterable, Codable {
    case info, warning, error, never

    /// Whether `findings` hold one at this level or above.
    public func isReached(by findings: [Diagnostic]) -> Bool {
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
