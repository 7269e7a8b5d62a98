import Documents
import Foundation
import GRDB
import SpeakingTurns

/// How the store's rows become the domain's values. The SQL lives here and in the other files of
/// this module only, so that the domain modules never see it.
enum Rows {
    /// Selects people with their current consent (the last change recorded; none means no).
    static let personColumns = """
        person.id, person.displayName, person.role, person.organisation,
        COALESCE((SELECT given FROM consent WHERE consent.personId = person.id ORDER BY consent.id DESC LIMIT 1), 0)
        """

    /// The schema's CHECK constraints admit only known roles and sources, so the fallbacks
    /// below are never taken.
    static func participant(_ row: Row) -> Participant {
        Participant(id: row[0], displayName: row[1], role: Role(rawValue: row[2]) ?? .guest,
                    organisation: row[3], consentsToBeNamed: row[4])
    }

    static let sessionColumns = "session.id, session.title, session.theme, session.date, session.agendaFile"

    static func session(_ row: Row) -> SessionDetails {
        SessionDetails(id: row[0], title: row[1], theme: row[2], date: (row[3] as String?).flatMap { CalendarDate(iso: $0) },
                       agendaFile: row[4])
    }

    static let turnColumns = "turn.id, turn.personId, turn.startedAt, turn.endedAt, turn.source, turn.interrupted"

    static func turn(_ row: Row) -> Turn {
        Turn(id: row[0], personID: row[1], start: Date(timeIntervalSince1970: row[2]),
             end: (row[3] as Double?).map { Date(timeIntervalSince1970: $0) },
             source: TurnSource(rawValue: row[4]) ?? .manual, interrupted: row[5])
    }
}

extension SessionStore {
    /// The person with this number, read inside a transaction.
    func participant(_ id: PersonID, _ db: Database) throws -> Participant {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT \(Rows.personColumns) FROM person WHERE id = ?"), arguments: [id]) else {
            throw StoreError.unknownPerson("#\(id)", suggestion: nil)
        }
        return Rows.participant(row)
    }

    /// The session with this number, read inside a transaction.
    func session(_ id: SessionID, _ db: Database) throws -> SessionDetails {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT \(Rows.sessionColumns) FROM session WHERE id = ?"), arguments: [id]) else {
            throw StoreError.unknownSession("\(id)", suggestion: nil)
        }
        return Rows.session(row)
    }
}
