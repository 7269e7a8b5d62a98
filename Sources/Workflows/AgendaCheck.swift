import Documents
import PlainLanguage
import SessionPlanning

/// An agenda file read, timed and checked: its times, the good-practice rules, and the plain
/// language of its titles and descriptions against the chosen glossaries.
public struct AgendaCheck: Sendable {
    /// The agenda as read.
    public let agenda: Agenda
    /// When each item starts and ends.
    public let schedule: Schedule
    /// What the rules found, in the order of the file.
    public let findings: [Diagnostic]

    /// Reads, times and checks the agenda file at `path` with `glossary`; messages name the file
    /// as `shownAs` (the path, unless given).
    public init(path: String, glossary: Glossary, shownAs: String? = nil) throws {
        agenda = try AgendaReader.read(try TextFile.read(path, kind: "agenda"), file: shownAs ?? path)
        schedule = try Schedule(agenda)
        findings = AgendaLinter(checker: PlainLanguageChecker(glossary: glossary)).lint(agenda, schedule: schedule)
    }
}
