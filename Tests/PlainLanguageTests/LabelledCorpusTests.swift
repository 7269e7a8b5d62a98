import Documents
import Foundation
import PlainLanguage
import Testing
import Yams

/// The checker against documents written for it, each with the findings a careful reader expects
/// listed beside it (Tests/PlainLanguageTests/Corpus): precision and recall must both reach 0.95.
@Suite struct LabelledCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    struct Finding: Hashable, CustomStringConvertible {
        let rule: String
        let term: String
        let line: Int
        var description: String { "\(rule) “\(term)” line \(line)" }
    }

    static func expected(_ url: URL) throws -> [Finding] {
        let yaml = try String(contentsOf: url, encoding: .utf8)
        let root = try #require(try Yams.load(yaml: yaml) as? [String: Any])
        let findings = root["findings"] as? [[String: Any]] ?? []
        return findings.map { item in
            Finding(rule: item["rule"] as? String ?? "", term: normalise(item["term"] as? String ?? ""), line: item["line"] as? Int ?? 0)
        }
    }

    static func normalise(_ term: String) -> String {
        term.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test func precisionAndRecallAreAtLeastNinetyFivePercent() throws {
        let checker = PlainLanguageChecker(glossary: try GlossaryLoader.curated())
        let documents = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".md") }.sorted()
        #expect(documents.count >= 10)
        var truePositives = 0
        var falsePositives: [String] = []
        var falseNegatives: [String] = []
        for name in documents {
            let url = Self.folder.appendingPathComponent(name)
            let expected = try Self.expected(url.deletingPathExtension().appendingPathExtension("expected.yaml"))
            let report = checker.check(try ProseView(MarkdownReader().read(try String(contentsOf: url, encoding: .utf8), file: name), file: name))
            let actual = report.diagnostics.filter { $0.rule != .longSentence }.map {
                Finding(rule: $0.rule.rawValue, term: Self.normalise($0.excerpt ?? ""), line: $0.location.position?.line ?? 0)
            }
            var remaining = expected
            for finding in actual {
                if let index = remaining.firstIndex(of: finding) {
                    remaining.remove(at: index)
                    truePositives += 1
                } else {
                    falsePositives.append("\(name): \(finding)")
                }
            }
            falseNegatives += remaining.map { "\(name): \($0)" }
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives.count))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives.count))
        print(String(format: "Labelled corpus: %d documents, %d expected findings, precision %.3f, recall %.3f",
                     documents.count, truePositives + falseNegatives.count, precision, recall))
        #expect(precision >= 0.95, "found but not expected:\n\(falsePositives.joined(separator: "\n"))")
        #expect(recall >= 0.95, "expected but not found:\n\(falseNegatives.joined(separator: "\n"))")
    }
}
