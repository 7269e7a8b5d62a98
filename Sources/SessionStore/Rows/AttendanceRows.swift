import Foundation
import GRDB
import SpeakingTurns

/// A row of `registration`: a person signed up for a session.
struct RegistrationRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "registration"

    var sessionId: SessionID
    var personId: PersonID
    /// Seconds since 1970.
    var registeredAt: TimeInterval
    /// The member this person comes on behalf of, when they were nominated.
    var onBehalfOf: PersonID?

    enum Columns {
        static let sessionId = Column(CodingKeys.sessionId)
        static let personId = Column(CodingKeys.personId)
        static let onBehalfOf = Column(CodingKeys.onBehalfOf)
    }
}

/// A row of `attendance`: a person marked present; the order of marking sets the order of the live keys.
struct AttendanceRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "attendance"

    var id: Int64?
    var sessionId: SessionID
    var personId: PersonID
    /// Seconds since 1970.
    var markedAt: TimeInterval

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let sessionId = Column(CodingKeys.sessionId)
        static let personId = Column(CodingKeys.personId)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Whether the person is marked present at the session; asked on every press, so prepared once.
    static func isPresent(_ person: PersonID, at session: SessionID) -> SQLRequest<Bool> {
        SQLRequest(sql: "SELECT EXISTS (SELECT 1 FROM attendance WHERE sessionId = ? AND personId = ?)",
                   arguments: [session, person], cached: true)
    }
}
