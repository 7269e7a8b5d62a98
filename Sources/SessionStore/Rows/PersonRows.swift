import Documents
import Foundation
import GRDB
import SpeakingTurns

/// A row of `person`.
struct PersonRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "person"

    var id: PersonID?
    var displayName: String
    var role: Role
    var organisation: String?
    var email: String?
    var phone: String?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let displayName = Column(CodingKeys.displayName)
        static let role = Column(CodingKeys.role)
        static let organisation = Column(CodingKeys.organisation)
        static let email = Column(CodingKeys.email)
        static let phone = Column(CodingKeys.phone)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// People with their current consent to be named, ready to filter and order.
    static func participants() -> QueryInterfaceRequest<ParticipantRow> {
        annotated(with: SQL(sql: ParticipantRow.currentConsent).forKey(ParticipantRow.CodingKeys.consentsToBeNamed))
            .asRequest(of: ParticipantRow.self)
    }
}

/// A person read with their current consent to be named: the last change recorded, none meaning no.
struct ParticipantRow: Decodable, FetchableRecord {
    var id: PersonID
    var displayName: String
    var role: Role
    var organisation: String?
    var consentsToBeNamed: Bool

    enum CodingKeys: String, CodingKey {
        case id, displayName, role, organisation, consentsToBeNamed
    }

    /// The current consent to be named of the person in the `person` table of the query it is part of.
    static let currentConsent = ConsentKind.named.current

    /// The selection for SQL that joins `person` to another table.
    static let selection = "person.*, \(currentConsent) AS \(CodingKeys.consentsToBeNamed.stringValue)"

    /// The person with this number; every press of a button asks it, so its statement is prepared once.
    static func withID(_ id: PersonID) -> SQLRequest<ParticipantRow> {
        SQLRequest(sql: "SELECT \(selection) FROM person WHERE id = ?", arguments: [id], cached: true)
    }

    var participant: Participant {
        Participant(id: id, displayName: displayName, role: role, organisation: organisation, consentsToBeNamed: consentsToBeNamed)
    }
}

/// What a person's consent is to: each kind keeps its own history, in its own table, with the
/// same columns; the change recorded last counts, and none means no.
enum ConsentKind: Sendable {
    /// To be named in published documents (the table `consent`).
    case named
    /// To be contacted: to be on the mailing list (the table `contactConsent`).
    case contacted

    var table: String {
        switch self {
        case .named: return "consent"
        case .contacted: return "contactConsent"
        }
    }

    /// Whether the person in the `person` table of the query agrees now, as SQL: 1 or 0.
    var current: String {
        "COALESCE((SELECT given FROM \(table) WHERE \(table).personId = person.id ORDER BY \(table).id DESC LIMIT 1), 0)"
    }
}

/// A row of `consent` or `contactConsent`: one change of a person's consent; the last one counts.
struct ConsentRow: Codable, FetchableRecord {
    var id: Int64?
    var personId: PersonID
    var given: Bool
    /// The day the change took effect, as an ISO date.
    var date: String
    /// Seconds since 1970.
    var recordedAt: TimeInterval
}

extension SessionStore {
    /// Records a change of `person`'s consent of `kind`, keeping every earlier one.
    func recordConsent(_ kind: ConsentKind, person: PersonID, change: ConsentChange, now: Date, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO \(kind.table) (personId, given, date, recordedAt) VALUES (?, ?, ?, ?)",
                       arguments: [person, change.given, change.date.iso, now.timeIntervalSince1970])
    }

    /// `person`'s last answer of `kind`, or nil when they were never asked.
    func latestConsent(_ kind: ConsentKind, person: PersonID, _ db: Database) throws -> Bool? {
        try Bool.fetchOne(db, sql: "SELECT given FROM \(kind.table) WHERE personId = ? ORDER BY id DESC LIMIT 1", arguments: [person])
    }

    /// Every change of `person`'s consent of `kind`, oldest first.
    func consentHistory(_ kind: ConsentKind, person: PersonID, _ db: Database) throws -> [ConsentRecord] {
        try ConsentRow.fetchAll(db, sql: "SELECT * FROM \(kind.table) WHERE personId = ? ORDER BY id", arguments: [person]).compactMap { row in
            CalendarDate(iso: row.date).map {
                ConsentRecord(change: ConsentChange(given: row.given, date: $0), recordedAt: Date(timeIntervalSince1970: row.recordedAt))
            }
        }
    }
}
