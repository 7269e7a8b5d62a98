import Documents

/// Findings counted in words, the same in the terminal, in report documents and in publishing.
package enum FindingCounts {
    /// "2 labels, 1 long sentence" in the registry's order, or "no findings".
    package static func byRule(_ diagnostics: [Diagnostic]) -> String {
        // Counted beside the rules, each finding's rule read where it lies: a long check has tens
        // of thousands of findings, and copying each one (or hashing its rule's name) took longer
        // than writing the report.
        var counts = RuleID.allCases.map { (rule: $0, count: 0) }
        for index in diagnostics.indices {
            let rule = diagnostics[index].rule
            if let at = counts.firstIndex(where: { $0.rule == rule }) { counts[at].count += 1 }
        }
        let parts = counts.compactMap { rule, count -> String? in
            count == 0 ? nil : "\(count) \(count == 1 ? rule.name.one : rule.name.many)"
        }
        return parts.isEmpty ? "no findings" : parts.joined(separator: ", ")
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
