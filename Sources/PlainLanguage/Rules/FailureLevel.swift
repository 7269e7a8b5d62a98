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
        isReached(byWorst: findings.lazy.map(\.severity).max())
    }

    /// Whether a check whose most serious finding is `worst` (nil for none) fails at this level.
    package func isReached(byWorst worst: Diagnostic.Severity?) -> Bool {
        guard let worst else { return false }
        switch self {
        case .info: return worst >= .info
        case .warning: return worst >= .warning
        case .error: return worst >= .error
        case .never: return false
        }
    }
}
