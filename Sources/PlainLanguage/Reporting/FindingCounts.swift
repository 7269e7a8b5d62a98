import Documents

/// Findings counted in words, the same in the terminal, in report documents and in publishing.
package enum FindingCounts {
    /// "2 labels, 1 long sentence" in the registry's order, or "no findings".
    package static func byRule(_ diagnostics: [Diagnostic]) -> String {
        FindingTally(diagnostics).byRule
    }

    /// "1 error and 2 warnings", "3 notes", or "no problems".
    package static func bySeverity(_ diagnostics: [Diagnostic]) -> String {
        let parts = Diagnostic.Severity.allCases.reversed().compactMap { severity -> String? in
            let number = diagnostics.indices.reduce(0) { $0 + (diagnostics[$1].severity == severity ? 1 : 0) }
            guard number > 0 else { return nil }
            return "\(number) \(severity.word)\(number == 1 ? "" : "s")"
        }
        return parts.isEmpty ? "no problems" : ListInWords.joined(parts)
    }
}

/// Findings counted by rule and by how serious they are, as they are handed on, for a summary
/// of findings that are not all kept.
package struct FindingTally: Sendable {
    private var counts = RuleID.allCases.map { (rule: $0, count: 0) }
    /// The most serious finding counted so far.
    package private(set) var worst: Diagnostic.Severity?

    /// No findings counted yet.
    package init() {}

    /// `diagnostics` counted.
    package init(_ diagnostics: [Diagnostic]) {
        // Counted beside the rules, each finding's rule read where it lies: a long check has tens
        // of thousands of findings, and copying each one (or hashing its rule's name) took longer
        // than writing the report.
        for index in diagnostics.indices {
            count(diagnostics[index].rule, diagnostics[index].severity)
        }
    }

    /// Adds the findings `other` counted.
    package mutating func add(_ other: FindingTally) {
        for index in counts.indices { counts[index].count += other.counts[index].count }
        if let worst = other.worst { note(worst) }
    }

    private mutating func count(_ rule: RuleID, _ severity: Diagnostic.Severity) {
        if let at = counts.firstIndex(where: { $0.rule == rule }) { counts[at].count += 1 }
        note(severity)
    }

    private mutating func note(_ severity: Diagnostic.Severity) {
        if worst.map({ $0 < severity }) ?? true { worst = severity }
    }

    /// Whether no finding was counted.
    package var isEmpty: Bool { worst == nil }

    /// "2 labels, 1 long sentence" in the registry's order, or "no findings".
    package var byRule: String {
        let parts = counts.compactMap { rule, count -> String? in
            count == 0 ? nil : "\(count) \(count == 1 ? rule.name.one : rule.name.many)"
        }
        return parts.isEmpty ? "no findings" : parts.joined(separator: ", ")
    }
}
