import Documents
import Foundation
import SessionPlanning
import SessionStore
import SpeakingTurns

extension PackInput {
    /// Everything a session's pack is made from: the notes file (Markdown, with its keep
    /// comments), the agenda file if given, and what the store holds (see the other `load`).
    public static func load(store: SessionStore, session: SessionDetails, notes: String, agenda: String?) throws -> PackInput {
        let read = try MarkdownReader().read(try TextFile.read(notes, kind: "notes"), file: notes)
        let pictures = PictureFiles(notesPath: notes).embed(in: read)
        let parsed = try agenda.map { try AgendaReader.read(try TextFile.read($0, kind: "agenda"), file: $0) }
        var input = try load(store: store, session: session, notes: pictures.document, notesName: Exporter.baseName(of: notes), agenda: parsed)
        input.pictureProblems = pictures.problems
        return input
    }

    /// Everything a session's pack is made from: the notes and agenda already read (from a page,
    /// say), who registered and came, everyone Roundtable knows (so anyone without consent is
    /// hidden), the speaking balance when turns were recorded, and the actions raised at this
    /// session or at sessions dated before it. `notesName` names the pack's
    /// files.
    public static func load(store: SessionStore, session: SessionDetails, notes: Document, notesName: String,
                            agenda: Agenda?) throws -> PackInput {
        let planned = try agenda.map { (agenda: $0, schedule: try Schedule($0)) }
        // Figures as of the last recorded moment, not the clock, so the same session gives the same pack.
        let balance = try store.turns(session: session.id, now: Date()).balanceReport(now: nil)
        var input = PackInput(session: session, notes: notes, agenda: planned,
                              registered: try store.registered(session: session.id), present: try store.present(session: session.id),
                              balance: balance, known: try store.people(), notesName: notesName)
        input.actions = try store.actions(.raisedUpTo(session))
        input.cameOnBehalf = try store.cameOnBehalf(session: session.id).count
        return input
    }
}
