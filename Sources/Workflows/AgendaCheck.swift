import Documents
import Foundation
import PlainLanguage
import SessionPlanning
import SessionStore

/// An agenda file read, timed and checked: its times, the good-practice rules, and the plain
/// language of its titles and descriptions against the chosen glossaries.
public struct AgendaCheck: Sendable {
    /// The agenda as read.
    public let agenda: Agenda
    /// When each item starts and ends.
    public let schedule: Schedule
    /// What the rules found, in the order of the file.
    public let findings: [Diagnostic]

    /// The open actions of earlier sessions added as the item "Actions from last time", if any.
    public let carried: [SessionAction]

    /// Reads, times and checks the agenda file at `path` with `glossary`; messages name the file
    /// as `shownAs` (the path, unless given). With `actionsFrom`, the open actions raised at
    /// sessions before the agenda's day become the item "Actions from last time".
    public init(path: String, glossary: Glossary, shownAs: String? = nil, actionsFrom store: SessionStore? = nil) throws {
        let read = try AgendaReader.read(try TextFile.read(path, kind: "agenda"), file: shownAs ?? path)
        guard let store else {
            try self.init(agenda: read, glossary: glossary)
            return
        }
        let actions = try ActionsFromLastTime(store: store, before: read.date)
        try self.init(agenda: actions.adding(to: read), glossary: glossary, carried: actions.actions)
    }

    /// Times and checks `agenda`, already read (from a form, say), with `glossary`; `carried` are
    /// the actions already added to it as an item.
    public init(agenda: Agenda, glossary: Glossary, carried: [SessionAction] = []) throws(ReadError) {
        self.agenda = agenda
        self.carried = carried
        schedule = try Schedule(agenda)
        findings = AgendaLinter(checker: PlainLanguageChecker(glossary: glossary)).lint(agenda, schedule: schedule)
    }

    /// The findings that stop the agenda being published.
    public var errors: [Diagnostic] { findings.filter { $0.severity == .error } }

    /// The agenda's files in `formats`, laid out with `options`, named `baseName` (with `-facilitator` for the facilitators'
    /// version) in `folder`; refused while the check found errors, so a plan with an error is
    /// never sent out.
    public func publish(_ formats: [AgendaFormat], forFacilitators: Bool = false, options: WriterOptions = .standard,
                        baseName: String, into folder: URL) throws -> [OutputFiles.File] {
        guard errors.isEmpty else { throw AgendaNotReady(errors: errors) }
        return try AgendaPublisher(formats: formats, forFacilitators: forFacilitators, options: options)
            .files(for: agenda, schedule: schedule, baseName: baseName, into: folder)
    }
}

/// An agenda whose check found errors, so it was not published.
public struct AgendaNotReady: Error, Sendable {
    /// The findings to fix first.
    public let errors: [Diagnostic]
}
