import Documents
import Foundation
import GRDB
import SpeakingTurns

/// A session with the numbers a list shows.
public struct SessionSummary: Sendable, Equatable {
    /// The session itself.
    public var details: SessionDetails
    /// People registered.
    public var registered: Int
    /// People marked present.
    public var present: Int
    /// Turns recorded.
    public var turns: Int
}

/// A note written about a session.
public struct SessionNote: Sendable, Equatable {
    /// What the note says.
    public var text: String
    /// When it was written.
    public var createdAt: Date
}

extension SessionStore {
    /// Adds a session and returns it with its number.
    public func addSession(title: String, theme: String? = nil, date: CalendarDate? = nil, agendaFile: String? = nil,
                           now: Date) throws(StoreError) -> SessionDetails {
        try write { db in
            let row = try SessionRow(title: title, theme: theme, date: date?.iso, agendaFile: agendaFile,
                                     createdAt: now.timeIntervalSince1970).inserted(db)
            return SessionDetails(id: row.id ?? db.lastInsertedRowID, title: title, theme: theme, date: date, agendaFile: agendaFile)
        }
    }

    /// Every session, oldest date first (sessions without a date last), with its numbers.
    public func sessions() throws(StoreError) -> [SessionSummary] {
        try read { db in
            try SessionSummaryRow.fetchAll(db, sql: SessionSummaryRow.sql(where: nil)).map { row in
                SessionSummary(details: row.session.details, registered: row.registered, present: row.present, turns: row.turns)
            }
        }
    }

    /// The session a person means by `text`: its number, or its title in any case. An unknown
    /// title is answered with the nearest known one.
    public func session(_ text: String) throws(StoreError) -> SessionDetails {
        let name = text.trimmingCharacters(in: .whitespaces)
        return try read { db in
            if let id = SessionID(name) {
                return try session(id, db)
            }
            let rows = try SessionRow.filter(SessionRow.Columns.title.collating(.nocase) == name).order(SessionRow.Columns.id).fetchAll(db)
            if rows.count > 1 { throw StoreError.ambiguousSession(name, ids: rows.map(\.details.id)) }
            if let row = rows.first { return row.details }
            let titles = try SessionRow.select(SessionRow.Columns.title, as: String.self).fetchAll(db)
            throw StoreError.unknownSession(name, suggestion: Suggestions.closest(to: name, among: titles))
        }
    }

    /// Adds a note to a session.
    public func addNote(session: SessionID, text: String, now: Date) throws(StoreError) {
        try write { db in
            _ = try self.session(session, db)
            var row = NoteRow(sessionId: session, text: text, createdAt: now.timeIntervalSince1970)
            try row.insert(db)
        }
    }

    /// The notes of a session, oldest first.
    public func notes(session: SessionID) throws(StoreError) -> [SessionNote] {
        try read { db in
            try NoteRow.filter(NoteRow.Columns.sessionId == session).order(NoteRow.Columns.id).fetchAll(db).map { row in
                SessionNote(text: row.text, createdAt: Date(timeIntervalSince1970: row.createdAt))
            }
        }
    }

    /// The session with this number, read inside a transaction.
    func session(_ id: SessionID, _ db: Database) throws -> SessionDetails {
        guard let row = try SessionRow.withID(id).fetchOne(db) else {
            throw StoreError.unknownSession("\(id)", suggestion: nil)
        }
        return row.details
    }
}
