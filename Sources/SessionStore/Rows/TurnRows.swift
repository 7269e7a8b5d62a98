import Foundation
import GRDB
import SpeakingTurns

/// A row of `turn`. Times are seconds since 1970; `endedAt` is nil while the person is speaking.
struct TurnRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "turn"

    var id: Int64?
    var sessionId: SessionID
    var personId: PersonID
    var startedAt: TimeInterval
    var endedAt: TimeInterval?
    var source: TurnSource
    var interrupted: Bool

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let sessionId = Column(CodingKeys.sessionId)
        static let personId = Column(CodingKeys.personId)
        static let startedAt = Column(CodingKeys.startedAt)
        static let endedAt = Column(CodingKeys.endedAt)
        static let source = Column(CodingKeys.source)
        static let interrupted = Column(CodingKeys.interrupted)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The turn as the domain knows it; a row read from the table always has its number.
    var turn: Turn {
        Turn(id: id ?? 0, personID: personId, start: Date(timeIntervalSince1970: startedAt),
             end: endedAt.map { Date(timeIntervalSince1970: $0) }, source: source, interrupted: interrupted)
    }
}

extension TurnRow {
    /// The columns `turn(selected:)` reads, in this order.
    static let turnColumns: [Column] = [Columns.id, Columns.personId, Columns.startedAt, Columns.endedAt,
                                       Columns.source, Columns.interrupted]

    /// The turn in a row of `turnColumns`, read by position: a report reads a million turns,
    /// and finding each column by its name took most of the time.
    static func turn(selected row: Row) throws -> Turn {
        let source: String = row[4]
        guard let known = TurnSource(rawValue: source) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [CodingKeys.source], debugDescription: "unknown turn source \(source)"))
        }
        let end: TimeInterval? = row[3]
        return Turn(id: row[0], personID: row[1], start: Date(timeIntervalSince1970: row[2]),
                    end: end.map { Date(timeIntervalSince1970: $0) }, source: known, interrupted: row[5])
    }
}

extension TurnRow {
    /// The turn running in a session, if any. Every press of a button asks this, so its
    /// statement is prepared once per connection instead of generated and checked each time.
    static func running(in session: SessionID) -> SQLRequest<TurnRow> {
        SQLRequest(sql: "SELECT * FROM turn WHERE sessionId = ? AND endedAt IS NULL", arguments: [session], cached: true)
    }

    /// Sets when a turn ended (nil: it runs again) and whether it was cut short.
    static func setEnd(of turn: Int64, to seconds: TimeInterval?, interrupted: Bool, _ db: Database) throws {
        try db.cachedStatement(sql: "UPDATE turn SET endedAt = ?, interrupted = ? WHERE id = ?")
            .execute(arguments: [seconds, interrupted, turn])
    }
}

/// What a logged turn action did, so that undo can take it back.
enum TurnActionKind: String, Codable {
    /// A turn began (and may have ended the one running).
    case start
    /// A turn ended.
    case stop
}

/// A row of `turnAction`: every start and end, in order.
struct TurnActionRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "turnAction"

    var id: Int64?
    var sessionId: SessionID
    var kind: TurnActionKind
    /// The turn started or ended.
    var turnId: Int64
    /// For a start, the turn it ended, if someone else was speaking.
    var endedTurnId: Int64?
    /// Seconds since 1970.
    var at: TimeInterval
    var undone: Bool

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let sessionId = Column(CodingKeys.sessionId)
        static let undone = Column(CodingKeys.undone)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A row of `liveHeartbeat`: the live view's last sign of life for a session.
struct HeartbeatRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "liveHeartbeat"

    var sessionId: SessionID
    /// Seconds since 1970.
    var at: TimeInterval

    enum Columns {
        static let sessionId = Column(CodingKeys.sessionId)
        static let at = Column(CodingKeys.at)
    }

    /// The session's heartbeat, if a live view is tracking it; asked on every press.
    static func of(_ session: SessionID) -> SQLRequest<HeartbeatRow> {
        SQLRequest(sql: "SELECT * FROM liveHeartbeat WHERE sessionId = ?", arguments: [session], cached: true)
    }
}
