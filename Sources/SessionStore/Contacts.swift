import Documents
import Foundation
import GRDB
import SpeakingTurns

/// A person on the mailing list: someone whose consent to be contacted is recorded, with the
/// ways to reach them.
public struct MailingListEntry: Sendable, Equatable {
    /// The name the person wants to be called.
    public var name: String
    /// The organisation they come from, if they gave one.
    public var organisation: String?
    /// How to reach them.
    public var contact: ContactDetails

    /// An entry for `name`.
    public init(name: String, organisation: String?, contact: ContactDetails) {
        self.name = name
        self.organisation = organisation
        self.contact = contact
    }
}

/// Who is on the mailing list, and how many people were left off it.
public struct MailingList: Sendable, Equatable {
    /// People who agreed to be contacted and gave a way to reach them, by name.
    public var entries: [MailingListEntry]
    /// People who have not agreed to be contacted, or withdrew their agreement.
    public var withoutConsent: Int
    /// People who agreed but gave no e-mail address or phone number.
    public var withoutDetails: Int

    /// A list of `entries`, with the counts of people left off.
    public init(entries: [MailingListEntry], withoutConsent: Int, withoutDetails: Int) {
        self.entries = entries
        self.withoutConsent = withoutConsent
        self.withoutDetails = withoutDetails
    }
}

extension SessionStore {
    /// Keeps a person's e-mail address and phone number; details not given are left as they were.
    public func setContact(person: PersonID, _ details: ContactDetails) throws(StoreError) {
        try write { db in try setContact(person: person, details, db) }
    }

    func setContact(person: PersonID, _ details: ContactDetails, _ db: Database) throws {
        _ = try participant(person, db)
        var assignments: [ColumnAssignment] = []
        if let email = details.email { assignments.append(PersonRow.Columns.email.set(to: email)) }
        if let phone = details.phone { assignments.append(PersonRow.Columns.phone.set(to: phone)) }
        if !assignments.isEmpty { try PersonRow.filter(key: person).updateAll(db, assignments) }
    }

    /// The e-mail address and phone number kept for a person.
    public func contact(person: PersonID) throws(StoreError) -> ContactDetails {
        try read { db in
            _ = try participant(person, db)
            let row = try PersonRow.filter(key: person).fetchOne(db)
            return try ContactDetails(email: row?.email, phone: row?.phone)
        }
    }

    /// Records that a person agreed, or no longer agrees, to be contacted (to be on the mailing
    /// list). This is apart from their consent to be named; the history is kept and the change
    /// recorded last counts.
    public func recordContactConsent(person: PersonID, change: ConsentChange, now: Date) throws(StoreError) {
        try write { db in try recordContactConsent(person: person, change: change, now: now, db) }
    }

    func recordContactConsent(person: PersonID, change: ConsentChange, now: Date, _ db: Database) throws {
        _ = try participant(person, db)
        try recordConsent(.contacted, person: person, change: change, now: now, db)
    }

    /// Every change of a person's consent to be contacted, oldest first.
    public func contactConsentHistory(person: PersonID) throws(StoreError) -> [ConsentRecord] {
        try read { db in
            _ = try participant(person, db)
            return try consentHistory(.contacted, person: person, db)
        }
    }

    /// Everyone whose last recorded answer is that they agree to be contacted and who gave a way
    /// to reach them, by name; nobody else.
    public func mailingList() throws(StoreError) -> MailingList {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT displayName, organisation, email, phone, \(ConsentKind.contacted.current) AS agreed
                FROM person ORDER BY displayName COLLATE NOCASE, id
                """)
            var list = MailingList(entries: [], withoutConsent: 0, withoutDetails: 0)
            for row in rows {
                guard (row["agreed"] as Int64?) == 1 else {
                    list.withoutConsent += 1
                    continue
                }
                // Details kept before a rule changed are left out rather than shared unchecked.
                guard let details = try? ContactDetails(email: row["email"], phone: row["phone"]), !details.isEmpty else {
                    list.withoutDetails += 1
                    continue
                }
                list.entries.append(MailingListEntry(name: row["displayName"], organisation: row["organisation"], contact: details))
            }
            return list
        }
    }
}
