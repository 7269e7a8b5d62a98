import Foundation
import PlainLanguage
import Testing

/// The README's rule tables are the registry as users read it: they list every rule, in order,
/// with the severity the registry gives it.
@Suite struct RuleRegistryTests {
    /// One row of a README table that starts with `| rule id |`: the ids in its first cell and its severity cell.
    struct Row: Equatable, CustomStringConvertible {
        let ids: [String]
        let severity: String
        var description: String { "\(ids.joined(separator: ", ")) (\(severity))" }
    }

    /// Every rule table in the README, in order, as rows.
    static func readmeTables() throws -> [[Row]] {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        var tables: [[Row]] = []
        var severityColumn: Int?
        for line in try String(contentsOf: readme, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
            let cells = line.hasPrefix("|") ? line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } : []
            if cells.first == "rule id" {
                severityColumn = cells.firstIndex { $0 == "how serious" || $0 == "level" }
                tables.append([])
            } else if let column = severityColumn, cells.count > column, !cells[0].hasPrefix("---") {
                let ids = cells[0].split(separator: "`", omittingEmptySubsequences: false).enumerated()
                    .filter { $0.offset % 2 == 1 }.map { String($0.element) }
                tables[tables.count - 1].append(Row(ids: ids, severity: cells[column]))
            } else if cells.isEmpty {
                severityColumn = nil
            }
        }
        return tables
    }

    @Test func readmeListsExactlyTheRegistryWithItsSeverities() throws {
        let tables = try Self.readmeTables()
        try #require(tables.count == 3, "the README has a rule table for check, one for agenda lint and one for programme lint")
        let prose = RuleID.prose.map { Row(ids: [$0.rawValue], severity: $0.severity.word) }
        #expect(tables[0] == prose, "roundtable check's table")
        let agenda = RuleID.allCases.filter { $0.origin == .agenda }.map { Row(ids: [$0.rawValue], severity: $0.severity.word) }
        #expect(Array(tables[1].dropLast()) == agenda, "roundtable agenda lint's table")
        #expect(tables[1].last?.ids == RuleID.prose.map(\.rawValue), "agenda lint's last row: the checker's rules, which an agenda can switch off too")
        let programme = RuleID.allCases.filter { $0.origin == .programme }.map { Row(ids: [$0.rawValue], severity: $0.severity.word) }
        #expect(Array(tables[2].dropLast()) == programme, "roundtable programme lint's table")
        #expect(tables[2].last?.ids == RuleID.prose.map(\.rawValue), "programme lint's last row: the checker's rules")
        #expect(Set(tables.joined().flatMap(\.ids)) == Set(RuleID.allCases.map(\.rawValue)))
    }

    @Test func ruleNamesAndSummariesAreSentencesAndCountsFollowTheRegistry() {
        for rule in RuleID.allCases {
            #expect(rule.summary.hasSuffix(".") && rule.summary.first?.isLowercase == false, "\(rule)")
            #expect(!rule.name.one.isEmpty && !rule.name.many.isEmpty, "\(rule)")
        }
        let at = Diagnostic.Location(file: "notes.md")
        let findings = [RuleID.longSentence, .label, .longSentence, .agendaOverrun].map { Diagnostic(rule: $0, message: "m", location: at) }
        #expect(FindingCounts.byRule(findings) == "1 label, 2 long sentences, 1 over-run")
        #expect(FindingCounts.bySeverity(findings) == "2 errors and 2 notes")
        #expect(findings.map(\.severity) == [.info, .error, .info, .error], "a finding is as serious as its rule")
    }

    @Test func failureLevelComparesWithTheSeverityOfEachFinding() {
        let note = [Diagnostic(rule: .longSentence, message: "m", location: Diagnostic.Location(file: "a.md"))]
        #expect(FailureLevel.info.isReached(by: note))
        #expect(!FailureLevel.warning.isReached(by: note))
        #expect(!FailureLevel.never.isReached(by: note))
        #expect(!FailureLevel.info.isReached(by: []))
        let label = [Diagnostic(rule: .label, message: "m", location: Diagnostic.Location(file: "a.md"))]
        #expect(FailureLevel.error.isReached(by: label) && !FailureLevel.never.isReached(by: label))
    }
}
