/// How serious a finding must be for a check to fail, or `never`: one choice for every command
/// and front end that checks.
public enum FailureLevel: String, Sendable, CaseIterable, Codable {
    /// Fail on any finding, notes included.
    case info
    /// Fail on a warning or an error.
    case warning
    /// Fail on an error only.
    case error
    /// Never fail because of findings.
    case never

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
