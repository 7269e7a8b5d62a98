import Documents
import Foundation
import GRDB
import SpeakingTurns

/// A recorded change of consent, with the day it took effect.
public struct ConsentRecord: Sendable, Equatable {
    /// Whether consent was given or withdrawn, and on which day.
    public var change: ConsentChange
    /// When it was recorded.
    public var recordedAt: Date
}

extension SessionStore {
    /// Adds a person, with their consent to be named if it is known, how to reach them and their
    /// consent to be contacted if given, and returns them, all in one change. The name is kept as
    /// `PersonName` tidies it; one it cannot keep is refused.
    public func addPerson(name: String, role: Role, organisation: String? = nil, consent: ConsentChange? = nil,
                          contact: ContactDetails? = nil, contactConsent: ConsentChange? = nil, now: Date) throws(StoreError) -> Participant {
        try write { db in
            let person = try addPerson(name: name, role: role, organisation: organisation, consent: consent, now: now, db)
            if let contact { try setContact(person: person.id, contact, db) }
            if let contactConsent { try recordContactConsent(person: person.id, change: contactConsent, now: now, db) }
            return person
        }
    }

    func addPerson(name raw: String, role: Role, organisation: String?, consent: ConsentChange?, now: Date, _ db: Database) throws -> Participant {
        let name: String
        do {
            name = try PersonName.normalised(raw)
        } catch {
            throw StoreError.badName(raw, error)
        }
        if try PersonRow.filter(PersonRow.Columns.displayName == name).fetchCount(db) > 0 {
            throw StoreError.personExists(name)
        }
        let row = try PersonRow(displayName: name, role: role, organisation: organisation).inserted(db)
        let id = row.id ?? db.lastInsertedRowID
        if let consent { try recordConsent(person: id, change: consent, now: now, db) }
        return try participant(id, db)
    }

    /// The person with this number, read inside a transaction.
    func participant(_ id: PersonID, _ db: Database) throws -> Participant {
        guard let row = try ParticipantRow.withID(id).fetchOne(db) else {
            throw StoreError.unknownPerson("#\(id)", suggestion: nil)
        }
        return row.participant
    }

    /// Everyone, by name.
    public func people() throws(StoreError) -> [Participant] {
        try read { db in
            try PersonRow.participants().order(PersonRow.Columns.displayName.collating(.nocase)).fetchAll(db).map(\.participant)
        }
    }

    /// The person called `name` (in any case), or an error with the nearest known name.
    public func person(_ name: String) throws(StoreError) -> Participant {
        try read { db in try person(name, db) }
    }

    func person(_ name: String, _ db: Database) throws -> Participant {
        let name = PersonName.tidied(name)
        if let row = try PersonRow.participants().filter(PersonRow.Columns.displayName == name).fetchOne(db) {
            return row.participant
        }
        let names = try PersonRow.select(PersonRow.Columns.displayName, as: String.self).fetchAll(db)
        throw StoreError.unknownPerson(name, suggestion: Suggestions.closest(to: name, among: names))
    }

    /// Records that a person gave or withdrew consent to be named in published documents. The
    /// history is kept; the change recorded last is the one that counts.
    public func recordConsent(person: PersonID, change: ConsentChange, now: Date) throws(StoreError) {
        try write { db in try recordConsent(person: person, change: change, now: now, db) }
    }

    func recordConsent(person: PersonID, change: ConsentChange, now: Date, _ db: Database) throws {
        try recordConsent(.named, person: person, change: change, now: now, db)
    }

    /// Every consent change recorded for a person, oldest first.
    public func consentHistory(person: PersonID) throws(StoreError) -> [ConsentRecord] {
        try read { db in try consentHistory(.named, person: person, db) }
    }
}
