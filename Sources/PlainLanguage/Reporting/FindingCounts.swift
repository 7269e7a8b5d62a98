import Documents

/// Findings counted in words, the same in the terminal, in report documents and in publishing.
package enum FindingCounts {
    /// "2 labels, 1 long sentence" in the registry's order, or "no findings".
    package static func byRule(_ diagnostics: [Diagnostic]) -> String {
        let counts = diagnostics.reduce(into: [RuleID: Int]()) { $0[$1.rule, default: 0] += 1 }
        let parts = RuleID.allCases.compactMap { rule -> String? in
            guard let count = counts[rule] else { return nil }
            return "\(count) \(count == 1 ? rule.name.one : rule.name.many)"
        }
        return parts.isEmpty ? "no findings" : parts.joined(separator: ", ")
    }

    /// "1 error and 2 warnings", "3 notes", or "no problems".
    package static func bySeverity(_ diagnostics: [Diagnostic]) -> String {
        let parts = Diagnostic.Severity.allCases.reversed().compactMap { severity -> String? in
            let number = diagnostics.filter { $0.severity == severity }.count
            guard number > 0 else { return nil }
            return "\(number) \(severity.word)\(number == 1 ? "" : "s")"
        }
        return parts.isEmpty ? "no problems" : ListInWords.joined(parts)
    }
}
