import Documents
import Foundation
import SessionPlanning
import SessionStore
import SpeakingTurns

extension PackInput {
    /// Everything a session's pack is made from: the notes file (Markdown, with its keep
    /// comments), the agenda file if given, who registered and came, everyone Roundtable knows
    /// (so anyone without consent is hidden), and the speaking balance when turns were recorded.
    public static func load(store: SessionStore, session: SessionDetails, notes: String, agenda: String?) throws -> PackInput {
        let text = try TextFile.read(notes, kind: "notes")
        let notesDocument = try MarkdownReader().read(text, file: notes)
        var planned: (agenda: Agenda, schedule: Schedule)?
        if let agenda {
            let parsed = try AgendaReader.read(try TextFile.read(agenda, kind: "agenda"), file: agenda)
            planned = (parsed, try Schedule(parsed))
        }
        // Figures as of the last recorded moment, not the clock, so the same session gives the same pack.
        let balance = try store.turns(session: session.id, now: Date()).balanceReport(now: nil)
        return PackInput(session: session, notes: notesDocument, agenda: planned,
                         registered: try store.registered(session: session.id), present: try store.present(session: session.id),
                         balance: balance, known: try store.people(),
                         notesName: Exporter.baseName(of: notes))
    }
}
