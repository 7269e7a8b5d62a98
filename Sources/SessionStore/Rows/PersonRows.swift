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

    /// The current consent of the person in the `person` table of the query it is part of.
    static let currentConsent =
        "COALESCE((SELECT given FROM consent WHERE consent.personId = person.id ORDER BY consent.id DESC LIMIT 1), 0)"

    /// The selection for SQL that joins `person` to another table.
    static let selection = "person.*, \(currentConsent) AS \(CodingKeys.consentsToBeNamed.stringValue)"

    var participant: Participant {
        Participant(id: id, displayName: displayName, role: role, organisation: organisation, consentsToBeNamed: consentsToBeNamed)
    }
}

/// A row of `consent`: one change of a person's consent to be named; the last one counts.
struct ConsentRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "consent"

    var id: Int64?
    var personId: PersonID
    var given: Bool
    /// The day the change took effect, as an ISO date.
    var date: String
    /// Seconds since 1970.
    var recordedAt: TimeInterval

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let personId = Column(CodingKeys.personId)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A row of `contactConsent`: one change of a person's consent to be contacted (to be on the
/// mailing list); the last one counts. Kept apart from consent to be named.
struct ContactConsentRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "contactConsent"

    var id: Int64?
    var personId: PersonID
    var given: Bool
    /// The day the change took effect, as an ISO date.
    var date: String
    /// Seconds since 1970.
    var recordedAt: TimeInterval

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let personId = Column(CodingKeys.personId)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Whether the person in the `person` table of the query agrees now to be contacted: the last change, none meaning no.
    static let current =
        "COALESCE((SELECT given FROM contactConsent WHERE contactConsent.personId = person.id ORDER BY contactConsent.id DESC LIMIT 1), 0)"
}
