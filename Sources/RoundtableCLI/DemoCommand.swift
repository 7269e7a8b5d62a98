import ArgumentParser
import Documents
import Foundation
import PlainLanguage
import Publishing
import RoundtableResources
import SessionPlanning
import SessionStore
import SpeakingTurns

/// `roundtable demo`: the whole story, on the bundled example session.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Show what Roundtable does, using an example session.",
        discussion: """
        Takes the example October "Language" session of a group that meets to learn together. It \
        checks and publishes the agenda with a calendar invite. It records who came and who spoke \
        (from a transcript) in a database that is thrown away after. It checks the notes for plain \
        language. Then it publishes the resource pack, with nobody named who has not agreed to be. \
        Everything goes into one folder, so you can open the files and see the result.
        """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the example documents into.", valueName: "folder"))
    var output = "Exports"

    func run() throws {
        let example = BundledResources.url("example")
        let agendaFile = example.appendingPathComponent("language-session-agenda.yaml").path
        let notesFile = example.appendingPathComponent("language-session-notes.md").path
        let glossary = try GlossaryLoader.curated()

        // 1. The agenda: read, timed and checked.
        let agenda = try AgendaReader.read(try TextFile.read(agendaFile, kind: "agenda"), file: "language-session-agenda.yaml")
        let schedule = try Schedule(agenda)
        let agendaFindings = AgendaLinter(checker: PlainLanguageChecker(glossary: glossary)).lint(agenda, schedule: schedule)

        // 2. Who came and who spoke, in a database that is thrown away afterwards.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("roundtable-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let database = try SessionStore(path: scratch.appendingPathComponent("demo.sqlite").path)
        let origin = try DemoData.sessionStart(agenda)
        let session = try database.addSession(title: agenda.title, theme: agenda.theme, date: agenda.date,
                                              agendaFile: "language-session-agenda.yaml", now: origin)
        let list = try RegistrationList.read(try TextFile.read(example.appendingPathComponent("language-session-people.csv").path, kind: "registration list"),
                                             file: "language-session-people.csv")
        _ = try database.importRegistrations(session: session.id, entries: list, file: "language-session-people.csv", today: agenda.date, now: origin)
        let registered = try database.registered(session: session.id)
        let absent: Set<String> = ["Pete Hall", "Ivy Carr"]
        _ = try database.markAttendance(session: session.id, people: registered.filter { !absent.contains($0.displayName) }.map(\.id),
                                        present: true, now: origin)
        let transcriptFile = example.appendingPathComponent("language-session-transcript.vtt").path
        let cues = try WebVTT.cues(try TextFile.read(transcriptFile, kind: "transcript"), file: "language-session-transcript.vtt")
        let spoken = try TranscriptTurns(cues: cues, people: try database.present(session: session.id),
                                         file: "language-session-transcript.vtt", skipUnknown: false)
        _ = try database.importTurns(session: session.id, turns: spoken.turns.map {
            ImportedTurn(personID: $0.personID, start: origin + $0.start, end: origin + $0.end)
        }, replace: true)

        // 3. The pack and the agenda, published with nobody named who has not agreed to be.
        let input = try PackLoading.input(database: database, session: session, notes: notesFile, agenda: agendaFile)
        let (pack, report) = ResourcePack(glossary: glossary).build(input)
        let redactor = ResourcePack.redactor(for: input)
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        let agendaFormats = try AgendaFormat.list("html,docx,fodt,ics")
        var files = try AgendaPublisher(formats: agendaFormats)
            .files(for: redactor.redact(agenda), schedule: schedule, baseName: "language-session-agenda", into: folder)
        files += try OutputFiles.documents(pack, formats: [.html, .docx, .fodt], baseName: "language-session-pack", folder: folder)
        try OutputWriting.write(files, inputs: [agendaFile, notesFile, transcriptFile])
        Console.wrote(files)

        let metrics = input.balance?.reading.joined(separator: " ") ?? ""
        let findings = report.remaining.filter { $0.severity >= .warning }.count
        print("""

        What the demo found:
        - Agenda: \(agendaFindings.isEmpty ? "no problems found" : DiagnosticOutput.count(agendaFindings)); \
        \(DemoData.count(agenda.items.count, "item")) from \(agenda.start) to \(agenda.end).
        - People: \(registered.count) registered, \(input.present.count) came; \(DemoData.count(report.replacements.count, "name")) replaced \
        in the pack because no consent to be named is recorded.
        - Speaking: \(metrics)
        - Notes: \(DemoData.count(report.expanded.count, "acronym")) written out at first use; \
        \(DemoData.count(report.wordsUsed.count, "glossary word")) explained under "Words we used"; \
        \(DemoData.count(findings, "wording finding")) left for a person to look at.

        Open the files above to see the result. To do the same for your own session, see 'roundtable publish --help'.
        """)
    }
}

/// Facts the demo needs about its example data.
enum DemoData {
    /// "1 item", "8 items".
    static func count(_ value: Int, _ noun: String) -> String {
        value == 1 ? "1 \(noun)" : "\(value) \(noun)s"
    }

    /// The moment the example session starts, in its own time zone, so the demo gives the same
    /// documents on every machine.
    static func sessionStart(_ agenda: Agenda) throws -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: agenda.timeZone) ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        guard let date = calendar.date(from: DateComponents(year: agenda.date.year, month: agenda.date.month, day: agenda.date.day,
                                                             hour: agenda.start.minutes / 60, minute: agenda.start.minutes % 60)) else {
            throw CommandFailure(message: "The example agenda's date could not be read. Reinstall Roundtable.")
        }
        return date
    }
}
