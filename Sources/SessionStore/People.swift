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
    /// Adds a person, with their consent to be named if it is known, and returns them. The name is
    /// kept as `PersonName` tidies it; one it cannot keep is refused.
    public func addPerson(name: String, role: Role, organisation: String? = nil, consent: ConsentChange? = nil,
                          now: Date) throws(StoreError) -> Participant {
        try write { db in try addPerson(name: name, role: role, organisation: organisation, consent: consent, now: now, db) }
    }

    func addPerson(name raw: String, role: Role, organisation: String?, consent: ConsentChange?, now: Date, _ db: Database) throws -> Participant {
        let name: String
        do {
            name = try PersonName.normalised(raw)
        } catch {
            throw StoreError.badName(raw, error)
        }
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM person WHERE displayName = ?", arguments: [name]) ?? false {
            throw StoreError.personExists(name)
        }
        try db.execute(sql: "INSERT INTO person (displayName, role, organisation) VALUES (?, ?, ?)",
                       arguments: [name, role.rawValue, organisation])
        let id = db.lastInsertedRowID
        if let consent { try recordConsent(person: id, change: consent, now: now, db) }
        return try participant(id, db)
    }

    /// Everyone, by name.
    public func people() throws(StoreError) -> [Participant] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT \(Rows.personColumns) FROM person ORDER BY displayName COLLATE NOCASE").map(Rows.participant)
        }
    }

    /// The person called `name` (in any case), or an error with the nearest known name.
    public func person(_ name: String) throws(StoreError) -> Participant {
        try read { db in try person(name, db) }
    }

    func person(_ name: String, _ db: Database) throws -> Participant {
        let name = PersonName.tidied(name)
        if let row = try Row.fetchOne(db, sql: "SELECT \(Rows.personColumns) FROM person WHERE displayName = ?", arguments: [name]) {
            return Rows.participant(row)
        }
        let names = try String.fetchAll(db, sql: "SELECT displayName FROM person")
        throw StoreError.unknownPerson(name, suggestion: Suggestions.closest(to: name, among: names))
    }

    /// Records that a person gave or withdrew consent to be named in published documents. The
    /// history is kept; the change recorded last is the one that counts.
    public func recordConsent(person: PersonID, change: ConsentChange, now: Date) throws(StoreError) {
        try write { db in try recordConsent(person: person, change: change, now: now, db) }
    }

    func recordConsent(person: PersonID, change: ConsentChange, now: Date, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO consent (personId, given, date, recordedAt) VALUES (?, ?, ?, ?)",
                       arguments: [person, change.given, change.date.iso, now.timeIntervalSince1970])
    }

    /// Every consent change recorded for a person, oldest first.
    public func consentHistory(person: PersonID) throws(StoreError) -> [ConsentRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT given, date, recordedAt FROM consent WHERE personId = ? ORDER BY id", arguments: [person])
                .compactMap { row in
                    CalendarDate(iso: row[1]).map {
                        ConsentRecord(change: ConsentChange(given: row[0], date: $0), recordedAt: Date(timeIntervalSince1970: row[2]))
                    }
                }
        }
    }
}
