import Documents
import Foundation
import GRDB
import SpeakingTurns

/// What helps a person take part, with the day they agreed to it being kept.
public struct AccessRecord: Sendable, Equatable {
    /// The day the person agreed that their access needs are kept.
    public var agreedOn: CalendarDate
    /// Their needs, in the order of `AccessNeed.allCases`; empty when they said nothing helps.
    public var needs: [PersonAccessNeed]
}

/// A person with the access needs they agreed to have kept.
public struct PersonWithNeeds: Sendable, Equatable {
    /// The person.
    public var person: Participant
    /// Their needs, in the order of `AccessNeed.allCases`.
    public var needs: [PersonAccessNeed]

    /// A person with their needs.
    public init(person: Participant, needs: [PersonAccessNeed]) {
        self.person = person
        self.needs = needs
    }
}

extension SessionStore {
    /// Keeps what helps a person take part, in place of what was kept before. Needs are kept only
    /// with the person's agreement, given on `agreedOn`.
    public func setAccessNeeds(person: PersonID, _ needs: [PersonAccessNeed], agreedOn: CalendarDate, now: Date) throws(StoreError) {
        try write { db in
            _ = try participant(person, db)
            try db.execute(sql: "DELETE FROM accessAgreement WHERE personId = ?", arguments: [person])
            try db.execute(sql: "INSERT INTO accessAgreement (personId, agreedOn, recordedAt) VALUES (?, ?, ?)",
                           arguments: [person, agreedOn.iso, now.timeIntervalSince1970])
            for need in needs {
                try db.execute(sql: "INSERT OR REPLACE INTO accessNeed (personId, need, note) VALUES (?, ?, ?)",
                               arguments: [person, need.need.rawValue, need.note])
            }
        }
    }

    /// Removes a person's access needs and their agreement, for when they ask for them not to be
    /// kept. Returns whether anything was kept.
    @discardableResult
    public func forgetAccessNeeds(person: PersonID) throws(StoreError) -> Bool {
        try write { db in
            _ = try participant(person, db)
            try db.execute(sql: "DELETE FROM accessAgreement WHERE personId = ?", arguments: [person])
            return db.changesCount > 0
        }
    }

    /// A person's access needs, or nil when none are kept (they were not asked, or did not agree).
    public func accessNeeds(person: PersonID) throws(StoreError) -> AccessRecord? {
        try read { db in
            _ = try participant(person, db)
            guard let agreed = try String.fetchOne(db, sql: "SELECT agreedOn FROM accessAgreement WHERE personId = ?", arguments: [person]),
                  let day = CalendarDate(iso: agreed) else { return nil }
            return AccessRecord(agreedOn: day, needs: try needs(of: [person], db)[person] ?? [])
        }
    }

    /// The people registered for a session who have access needs kept, by name, so the session
    /// can be planned around them.
    public func accessNeeds(session: SessionID) throws(StoreError) -> [PersonWithNeeds] {
        try read { db in
            _ = try self.session(session, db)
            let people = try ParticipantRow.fetchAll(db, sql: """
                SELECT \(ParticipantRow.selection) FROM registration JOIN person ON person.id = registration.personId
                WHERE registration.sessionId = ? AND EXISTS (SELECT 1 FROM accessNeed WHERE accessNeed.personId = person.id)
                ORDER BY person.displayName COLLATE NOCASE
                """, arguments: [session]).map(\.participant)
            let needs = try needs(of: people.map(\.id), db)
            return people.map { PersonWithNeeds(person: $0, needs: needs[$0.id] ?? []) }
        }
    }

    /// The kept needs of `people`, each list in the order of `AccessNeed.allCases`. A row this
    /// version cannot read is left out rather than shown wrongly.
    private func needs(of people: [PersonID], _ db: Database) throws -> [PersonID: [PersonAccessNeed]] {
        guard !people.isEmpty else { return [:] }
        let rows = try Row.fetchAll(db, sql: "SELECT personId, need, note FROM accessNeed WHERE personId IN (\(databaseQuestionMarks(count: people.count)))",
                                    arguments: StatementArguments(people))
        var result: [PersonID: [PersonAccessNeed]] = [:]
        for row in rows {
            guard let need = AccessNeed(rawValue: row["need"]), let kept = try? PersonAccessNeed(need, note: row["note"]) else { continue }
            result[row["personId"], default: []].append(kept)
        }
        return result.mapValues { $0.sorted { $0.need < $1.need } }
    }
}
