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
            try db.execute(sql: "INSERT INTO session (title, theme, date, agendaFile, createdAt) VALUES (?, ?, ?, ?, ?)",
                           arguments: [title, theme, date?.iso, agendaFile, now.timeIntervalSince1970])
            return SessionDetails(id: db.lastInsertedRowID, title: title, theme: theme, date: date, agendaFile: agendaFile)
        }
    }

    /// Every session, oldest date first (sessions without a date last), with its numbers.
    public func sessions() throws(StoreError) -> [SessionSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Rows.sessionColumns),
                    (SELECT COUNT(*) FROM registration WHERE sessionId = session.id),
                    (SELECT COUNT(*) FROM attendance WHERE sessionId = session.id),
                    (SELECT COUNT(*) FROM turn WHERE sessionId = session.id)
                FROM session ORDER BY session.date IS NULL, session.date, session.id
                """).map { row in
                SessionSummary(details: Rows.session(row), registered: row[5], present: row[6], turns: row[7])
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
            let rows = try Row.fetchAll(db, sql: "SELECT \(Rows.sessionColumns) FROM session WHERE title = ? COLLATE NOCASE ORDER BY id",
                                        arguments: [name])
            if rows.count > 1 { throw StoreError.ambiguousSession(name, ids: rows.map { $0[0] }) }
            if let row = rows.first { return Rows.session(row) }
            let titles = try String.fetchAll(db, sql: "SELECT title FROM session")
            throw StoreError.unknownSession(name, suggestion: Suggestions.closest(to: name, among: titles))
        }
    }

    /// Adds a note to a session.
    public func addNote(session: SessionID, text: String, now: Date) throws(StoreError) {
        try write { db in
            _ = try self.session(session, db)
            try db.execute(sql: "INSERT INTO note (sessionId, text, createdAt) VALUES (?, ?, ?)",
                           arguments: [session, text, now.timeIntervalSince1970])
        }
    }

    /// The notes of a session, oldest first.
    public func notes(session: SessionID) throws(StoreError) -> [SessionNote] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT text, createdAt FROM note WHERE sessionId = ? ORDER BY id", arguments: [session]).map { row in
                SessionNote(text: row[0], createdAt: Date(timeIntervalSince1970: row[1]))
            }
        }
    }
}
