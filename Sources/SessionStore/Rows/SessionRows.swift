import Documents
import Foundation
import GRDB
import SpeakingTurns

/// A row of `session`.
struct SessionRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "session"

    var id: SessionID?
    var title: String
    var theme: String?
    /// The day it takes place, as an ISO date.
    var date: String?
    var agendaFile: String?
    /// Seconds since 1970.
    var createdAt: TimeInterval

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let title = Column(CodingKeys.title)
        static let date = Column(CodingKeys.date)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The session with this number; every press of a button asks it, so its statement is prepared once.
    static func withID(_ id: SessionID) -> SQLRequest<SessionRow> {
        SQLRequest(sql: "SELECT * FROM session WHERE id = ?", arguments: [id], cached: true)
    }

    /// The session as the domain knows it; a row read from the table always has its number.
    var details: SessionDetails {
        SessionDetails(id: id ?? 0, title: title, theme: theme, date: date.flatMap { CalendarDate(iso: $0) }, agendaFile: agendaFile)
    }
}

/// A session read with the numbers a list shows.
struct SessionSummaryRow: FetchableRecord {
    var session: SessionRow
    var registered: Int
    var present: Int
    var turns: Int

    enum Columns {
        static let registered = Column("registered")
        static let present = Column("present")
        static let turns = Column("turns")
    }

    /// The sessions that meet `condition` (SQL over `session`, or nil for all) with their counts,
    /// oldest date first (sessions without a date last).
    static func sql(where condition: String?) -> String {
        """
        SELECT session.*,
            (SELECT COUNT(*) FROM registration WHERE sessionId = session.id) AS \(Columns.registered.name),
            (SELECT COUNT(*) FROM attendance WHERE sessionId = session.id) AS \(Columns.present.name),
            (SELECT COUNT(*) FROM turn WHERE sessionId = session.id) AS \(Columns.turns.name)
        FROM session\(condition.map { " WHERE " + $0 } ?? "") ORDER BY session.date IS NULL, session.date, session.id
        """
    }

    init(row: Row) throws {
        session = try SessionRow(row: row)
        registered = row[Columns.registered]
        present = row[Columns.present]
        turns = row[Columns.turns]
    }
}

/// A row of `note`.
struct NoteRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "note"

    var id: Int64?
    var sessionId: SessionID
    var text: String
    /// Seconds since 1970.
    var createdAt: TimeInterval

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let sessionId = Column(CodingKeys.sessionId)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
