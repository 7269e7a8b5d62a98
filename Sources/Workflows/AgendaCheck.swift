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

    /// The access needs of the people registered, when they were looked up.
    public let access: AgendaAccess?

    /// Reads, times and checks the agenda file at `path` with `glossary`; messages name the file
    /// as `shownAs` (the path, unless given). With `actionsFrom`, the open actions raised at
    /// sessions before the agenda's day become the item "Actions from last time". With
    /// `accessNeedsFrom`, the plan is checked against the access needs of the people registered
    /// for the session on the agenda's day.
    public init(path: String, glossary: Glossary, shownAs: String? = nil, actionsFrom store: SessionStore? = nil,
                accessNeedsFrom needsStore: SessionStore? = nil) throws {
        var agenda = try AgendaReader.read(try TextFile.read(path, kind: "agenda"), file: shownAs ?? path)
        let access = try needsStore.map { try AgendaAccess(store: $0, agenda: agenda) }
        var carried: [SessionAction] = []
        if let store {
            let actions = try ActionsFromLastTime(store: store, before: agenda.date)
            agenda = actions.adding(to: agenda)
            carried = actions.actions
        }
        try self.init(agenda: agenda, glossary: glossary, carried: carried, access: access)
    }

    /// Times and checks `agenda`, already read (from a form, say), with `glossary`; `carried` are
    /// the actions already added to it as an item, and `access` the access needs of the people
    /// registered to check it against.
    public init(agenda: Agenda, glossary: Glossary, carried: [SessionAction] = [], access: AgendaAccess? = nil) throws(ReadError) {
        self.agenda = agenda
        self.carried = carried
        self.access = access
        schedule = try Schedule(agenda)
        findings = AgendaLinter(checker: PlainLanguageChecker(glossary: glossary)).lint(agenda, schedule: schedule, needs: access?.counts)
    }

    /// The findings that stop the agenda being published.
    public var errors: [Diagnostic] { findings.filter { $0.severity == .error } }

    /// The agenda's files in `formats`, laid out with `options`, named `baseName` (with `-facilitator` for the facilitators'
    /// version) in `folder`; refused while the check found errors, so a plan with an error is
    /// never sent out. Only the facilitators' version lists the access needs, when they were looked up.
    public func publish(_ formats: [AgendaFormat], forFacilitators: Bool = false, options: WriterOptions = .standard,
                        baseName: String, into folder: URL) throws -> [OutputFiles.File] {
        guard errors.isEmpty else { throw AgendaNotReady(errors: errors) }
        let audience: AgendaAudience = forFacilitators ? .facilitators(access?.plan) : .everyone
        return try AgendaPublisher(formats: formats, audience: audience, options: options)
            .files(for: agenda, schedule: schedule, baseName: baseName, into: folder)
    }
}

/// An agenda whose check found errors, so it was not published.
public struct AgendaNotReady: Error, Sendable {
    /// The findings to fix first.
    public let errors: [Diagnostic]
}
