import Foundation
import Testing
import TestSupport

/// Roundtable's own words pass its own check: every command's help and the README, with no
/// warning and a UK reading age of 12 or under.
@Suite struct DocumentationCheckTests {
    static let commands: [[String]] = [
        [], ["export"], ["check"], ["glossary"], ["glossary", "explain"], ["glossary", "search"], ["glossary", "list"],
        ["glossary", "export"], ["glossary", "import"], ["agenda"], ["agenda", "new"], ["agenda", "lint"], ["agenda", "build"],
        ["agenda", "rules"], ["programme"], ["programme", "new"], ["programme", "lint"], ["programme", "build"], ["publish"], ["actions"], ["actions", "add"], ["actions", "list"], ["actions", "update"], ["recognition"], ["recognition", "add"], ["recognition", "list"], ["recognition", "statement"], ["recognition", "rate"], ["session"], ["session", "add"], ["session", "list"], ["session", "show"],
        ["session", "note"], ["people"], ["people", "add"], ["people", "list"], ["people", "consent"], ["people", "contact"], ["people", "needs"], ["people", "export"], ["register"], ["attend"],
        ["turns"], ["turns", "live"], ["turns", "start"], ["turns", "stop"], ["turns", "undo"], ["turns", "list"],
        ["turns", "import"], ["turns", "report"], ["series"], ["series", "report"], ["demo"], ["serve"],
    ]

    /// The reading age in the JSON report of `roundtable check`, rounded as its summary says it.
    static func readingAge(_ json: String) throws -> Double {
        let root = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let reports = (root as? [[String: Any]]) ?? ((root as? [String: Any])?["reports"] as? [[String: Any]]) ?? []
        let readability = try #require(reports.first?["readability"] as? [String: Any])
        return try #require(readability["readingAge"] as? Double).rounded()
    }

    @Test(arguments: commands)
    func helpPassesTheCheckWithAReadingAgeOfTwelveOrUnder(_ command: [String]) throws {
        let runner = try CLIRunner()
        defer { runner.cleanUp() }
        let help = try runner.run(command + ["--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("USAGE: roundtable"))
        let check = try runner.run(["check", "-", "--fail-on", "warning"], input: Data(help.output.utf8))
        #expect(check.status == 0, "roundtable \(command.joined(separator: " ")) --help:\n\(check.output)")
        let json = try runner.run(["check", "-", "--format", "json"], input: Data(help.output.utf8))
        #expect(try Self.readingAge(json.output) <= 12, "roundtable \(command.joined(separator: " ")) --help")
    }

    @Test func everyCommandIsInTheList() throws {
        let runner = try CLIRunner()
        defer { runner.cleanUp() }
        let help = try runner.run(["--help"])
        let listed = help.output.components(separatedBy: "SUBCOMMANDS:").last ?? ""
        let names = listed.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ")
            return line.hasPrefix("  ") && !line.hasPrefix("   ") ? words.first.map(String.init) : nil
        }.filter { $0 != "See" }
        #expect(!names.isEmpty)
        for name in names { #expect(Self.commands.contains([name]), "\(name) --help is not checked") }
    }

    @Test func readmePassesTheCheckWithAReadingAgeOfTwelveOrUnder() throws {
        let runner = try CLIRunner()
        defer { runner.cleanUp() }
        let readme = ProjectFiles.root.appendingPathComponent("README.md").path
        let check = try runner.run(["check", readme, "--fail-on", "warning"])
        #expect(check.status == 0, "\(check.output)")
        let json = try runner.run(["check", readme, "--format", "json"])
        #expect(try Self.readingAge(json.output) <= 12)
    }
}
