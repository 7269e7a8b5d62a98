import ArgumentParser
import Documents
import Foundation
import PlainLanguage
import Workflows

/// `roundtable demo`: the whole story, on the bundled example session.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Show what Roundtable does, using an example session.",
        discussion: """
        Takes the example October "Language" session of a group that meets to learn together. It \
        checks and publishes the agenda with a calendar invite. It records who came and who spoke \
        (from a transcript) in a database that is thrown away after. It checks the notes for plain \
        language. It records what people raised and what was done. Then it publishes the resource \
        pack, with nobody named who has not agreed to be, and a report of how the sessions have \
        gone, with counts only. Next, it publishes the group's sessions for 2027, with one calendar \
        file holding them all. Last, it publishes the January agenda, with the action still open \
        from October, checked against what helps the people coming take part. \
        Everything goes into one folder, so you can open the files and see the result.
        """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the example documents into.", valueName: "folder"))
    var output = "Exports"

    func run() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("roundtable-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outcome = try Demo.run(into: URL(fileURLWithPath: output, isDirectory: true), scratch: scratch)
        try OutputWriting.write(outcome.files, inputs: [])
        Console.wrote(outcome.files)

        let agenda = outcome.agenda.agenda
        let findings = outcome.pack.remaining.filter { $0.severity >= .warning }.count
        print("""

        What the demo found:
        - Agenda: \(outcome.agenda.findings.isEmpty ? "no problems found" : FindingCounts.bySeverity(outcome.agenda.findings)); \
        \(count(agenda.items.count, "item")) from \(agenda.start) to \(agenda.end).
        - People: \(outcome.registered) registered, \(outcome.present) came; \(count(outcome.pack.replacements.count, "name")) replaced \
        in the pack because no consent to be named is recorded.
        - Speaking: \(outcome.balance.joined(separator: " "))
        - Actions: \(count(outcome.actions, "action")) in the pack under "What you told us and what we did"; \
        \(count(outcome.carried, "open action")) carried into January's agenda as "Actions from last time".
        - Access needs: \(outcome.withAccessNeeds == 1 ? "1 person" : "\(outcome.withAccessNeeds) people") registered for January told us what helps; \
        January's agenda \(outcome.january.isEmpty ? "plans for them" : "has \(FindingCounts.bySeverity(outcome.january)) to look at").
        - Notes: \(count(outcome.pack.expanded.count, "acronym")) written out at first use; \
        \(count(outcome.pack.wordsUsed.count, "glossary word")) explained under "Words we used"; \
        \(count(findings, "wording finding")) left for a person to look at.

        Open the files above to see the result. To do the same for your own session, see 'roundtable publish --help'.
        """)
    }

    /// "1 item", "8 items".
    private func count(_ value: Int, _ noun: String) -> String {
        value == 1 ? "1 \(noun)" : "\(value) \(noun)s"
    }
}
