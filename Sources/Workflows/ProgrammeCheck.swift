import Documents
import Foundation
import PlainLanguage
import RoundtableResources
import SessionPlanning
import SessionStore

/// A programme file read and checked: its days against the usual weekday, the rhythm and bank
/// holidays, that every session has a theme, and the plain language of its words.
public struct ProgrammeCheck: Sendable {
    /// The programme as read.
    public let programme: Programme
    /// What the rules found, in the order of the file.
    public let findings: [Diagnostic]

    /// The formats a programme is published in unless others are asked for: web page, Word,
    /// LibreOffice and the calendar file.
    public static let usualFormats: [AgendaFormat] = [.document(.html), .document(.docx), .document(.fodt), .calendar]

    /// The example programme that ships with Roundtable, the 2027 sessions of the example
    /// Community of Practice, from which a new programme file starts.
    public static var example: URL { BundledResources.url("example/community-of-practice-2027.yaml") }

    /// Reads and checks the programme file at `path` with `glossary`; messages name the file as
    /// `shownAs` (the path, unless given).
    public init(path: String, glossary: Glossary, shownAs: String? = nil) throws {
        programme = try ProgrammeReader.read(try TextFile.read(path, kind: "programme"), file: shownAs ?? path)
        findings = ProgrammeLinter(checker: PlainLanguageChecker(glossary: glossary)).lint(programme)
    }

    /// "Our sessions for 2027" in the document `formats`, and the calendar file with every
    /// session when `formats` has it, named `baseName` in `folder`.
    public func files(_ formats: [AgendaFormat], options: WriterOptions = .standard, baseName: String, into folder: URL) throws -> [OutputFiles.File] {
        let calendar = ProgrammeCalendar()
        let calendarName = formats.contains(.calendar) ? baseName + "." + calendar.fileExtension : nil
        let document = ProgrammeDocument().build(programme, calendarFile: calendarName)
        return try formats.map { format in
            switch format {
            case .document(let output):
                let writer = output.writer
                return OutputFiles.File(url: folder.appendingPathComponent(baseName + "." + writer.fileExtension),
                                        data: try writer.write(document, options: options))
            case .calendar:
                return OutputFiles.File(url: folder.appendingPathComponent(baseName + "." + calendar.fileExtension), data: calendar.write(programme))
            }
        }
    }

    /// Adds the programme's sessions to `store`, or brings those already there up to date; a
    /// second save of the same programme changes nothing.
    public func save(in store: SessionStore, now: Date) throws(StoreError) -> ProgrammeSaved {
        try store.saveProgramme(name: programme.name, sessions: programme.sessionsByDate.map { session in
            PlannedSession(title: programme.title(of: session), theme: session.theme, date: session.date)
        }, now: now)
    }
}
