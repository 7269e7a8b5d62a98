import Documents
import Foundation
import GRDB
import SpeakingTurns

/// What importing a registration list did.
public struct RegistrationImport: Sendable, Equatable {
    /// People who were new to Roundtable and were added.
    public var added: [String]
    /// People newly registered for the session (the added ones included).
    public var registered: [String]
    /// People who were registered already.
    public var alreadyRegistered: [String]
    /// People whose consent changed.
    public var consentChanged: [String]
    /// Colleagues registered on behalf of a member, as the list's "on behalf of" column says.
    public var onBehalf: [OnBehalf] = []

    /// A colleague who comes on behalf of a member, by name.
    public struct OnBehalf: Sendable, Equatable {
        /// The colleague who comes.
        public var colleague: String
        /// The member who cannot.
        public var member: String
    }
}

extension SessionStore {
    /// Registers known people for a session; returns those who were not registered before.
    @discardableResult
    public func register(session: SessionID, people: [PersonID], now: Date) throws(StoreError) -> [Participant] {
        try write { db in
            _ = try self.session(session, db)
            return try people.compactMap { id in
                try register(session: session, person: id, now: now, db) ? try participant(id, db) : nil
            }
        }
    }

    /// Registers one person; true if they were not registered before.
    func register(session: SessionID, person: PersonID, now: Date, _ db: Database) throws -> Bool {
        try RegistrationRow(sessionId: session, personId: person, registeredAt: now.timeIntervalSince1970).insert(db, onConflict: .ignore)
        return db.changesCount > 0
    }

    /// Registers everyone on a list for a session, all or nothing: people new to Roundtable are
    /// added (their row must give a role), known people keep their role (a row that says
    /// otherwise is an error naming its line), and a consent answer that differs from the one
    /// on record is recorded as a change on `today`.
    public func importRegistrations(session: SessionID, entries: [RegistrationList.Entry], file: String,
                                    today: CalendarDate, now: Date) throws(StoreError) -> RegistrationImport {
        try write { db in
            let details = try self.session(session, db)
            var result = RegistrationImport(added: [], registered: [], alreadyRegistered: [], consentChanged: [])
            var people: [Participant] = []
            for entry in entries {
                let position = SourcePosition(line: entry.line, column: 1)
                let person: Participant
                let isNew: Bool
                if let row = try PersonRow.participants().filter(PersonRow.Columns.displayName == entry.name).fetchOne(db) {
                    person = row.participant
                    isNew = false
                    if let role = entry.role, role != person.role {
                        throw StoreError.input(ReadError(
                            file: file, position: position,
                            problem: "'\(person.displayName)' is already in Roundtable as \(person.role.name), but this row says \(role.name).",
                            advice: "Write \(person.role.name) in the row, or leave the role empty. If this is a different person, give them a name that tells them apart. Nothing was imported."))
                    }
                    if let organisation = entry.organisation, organisation != person.organisation {
                        try PersonRow.filter(key: person.id).updateAll(db, PersonRow.Columns.organisation.set(to: organisation))
                    }
                } else {
                    guard let role = entry.role else {
                        throw StoreError.input(ReadError(
                            file: file, position: position, problem: "'\(entry.name)' is new to Roundtable and this row gives no role.",
                            advice: "Write one of \(Role.choices) in the role column. Nothing was imported."))
                    }
                    person = try addPerson(name: entry.name, role: role, organisation: entry.organisation, consent: nil, now: now, db)
                    isNew = true
                    result.added.append(person.displayName)
                }
                // A new person's answer is recorded even when it is no, so the history shows it was asked.
                if let consent = entry.consent, isNew || consent != person.consentsToBeNamed {
                    try recordConsent(person: person.id, change: ConsentChange(given: consent, date: today), now: now, db)
                    if consent != person.consentsToBeNamed { result.consentChanged.append(person.displayName) }
                }
                if !entry.contact.isEmpty { try setContact(person: person.id, entry.contact, db) }
                // Only a change is recorded, so importing the same list again adds nothing to the history.
                if let agreed = entry.contactConsent, try latestConsent(.contacted, person: person.id, db) != agreed {
                    try recordContactConsent(person: person.id, change: ConsentChange(given: agreed, date: today), now: now, db)
                }
                if try register(session: session, person: person.id, now: now, db) {
                    result.registered.append(person.displayName)
                } else {
                    result.alreadyRegistered.append(person.displayName)
                }
                people.append(person)
            }
            // After every row is registered, so a member may be on a later row than the colleague coming for them.
            for (entry, colleague) in zip(entries, people) {
                guard let name = entry.onBehalfOf else { continue }
                let position = SourcePosition(line: entry.line, column: 1)
                guard let member = try PersonRow.participants().filter(PersonRow.Columns.displayName == name).fetchOne(db)?.participant else {
                    let names = try PersonRow.participants().fetchAll(db).map(\.participant.displayName)
                    let suggestion = Suggestions.closest(to: name, among: names).map { " Did you mean '\($0)'?" } ?? ""
                    throw StoreError.input(ReadError(
                        file: file, position: position,
                        problem: "'\(name)', whom '\(colleague.displayName)' comes on behalf of, is not in Roundtable or on this list.\(suggestion)",
                        advice: "Add a row for them, or check the spelling of the name. Nothing was imported."))
                }
                do {
                    try nominate(session: details, colleague: colleague, onBehalfOf: member, now: now, db)
                } catch let error as StoreError {
                    throw StoreError.input(ReadError(file: file, position: position, problem: error.errorDescription ?? "",
                                                     advice: "Nothing was imported."))
                }
                result.onBehalf.append(RegistrationImport.OnBehalf(colleague: colleague.displayName, member: member.displayName))
            }
            return result
        }
    }

    /// Marks people as present at a session (registering them too), or, with `present` false, as
    /// not present after all. Returns those whose mark changed.
    @discardableResult
    public func markAttendance(session: SessionID, people: [PersonID], present: Bool, now: Date) throws(StoreError) -> [Participant] {
        try write { db in
            _ = try self.session(session, db)
            return try people.compactMap { id in
                if present {
                    _ = try register(session: session, person: id, now: now, db)
                    var row = AttendanceRow(sessionId: session, personId: id, markedAt: now.timeIntervalSince1970)
                    try row.insert(db, onConflict: .ignore)
                } else {
                    try AttendanceRow.filter(AttendanceRow.Columns.sessionId == session && AttendanceRow.Columns.personId == id).deleteAll(db)
                }
                return db.changesCount > 0 ? try participant(id, db) : nil
            }
        }
    }

    /// Registers `colleague` to come to a session on behalf of `member`, who is registered for it
    /// but cannot come. Registering the colleague again for someone else replaces the first.
    public func nominate(session: SessionID, colleague: PersonID, onBehalfOf member: PersonID, now: Date) throws(StoreError) {
        try write { db in
            try nominate(session: try self.session(session, db), colleague: try participant(colleague, db), onBehalfOf: try participant(member, db),
                         now: now, db)
        }
    }

    /// Registers `colleague` on behalf of `member` inside a transaction; see the public `nominate`.
    func nominate(session: SessionDetails, colleague: Participant, onBehalfOf member: Participant, now: Date, _ db: Database) throws {
        guard let registration = try RegistrationRow.filter(RegistrationRow.Columns.sessionId == session.id && RegistrationRow.Columns.personId == member.id)
            .fetchOne(db) else { throw StoreError.notRegistered(member.displayName, session: session) }
        guard colleague.id != member.id, registration.onBehalfOf != colleague.id else { throw StoreError.nominatedInACircle(colleague.displayName) }
        _ = try register(session: session.id, person: colleague.id, now: now, db)
        try RegistrationRow.filter(RegistrationRow.Columns.sessionId == session.id && RegistrationRow.Columns.personId == colleague.id)
            .updateAll(db, RegistrationRow.Columns.onBehalfOf.set(to: member.id))
    }

    /// Who came to a session on behalf of whom, by the colleague's name.
    public func cameOnBehalf(session: SessionID) throws(StoreError) -> [(colleague: Participant, member: Participant)] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT registration.personId AS colleague, registration.onBehalfOf AS member FROM registration
                JOIN attendance ON attendance.sessionId = registration.sessionId AND attendance.personId = registration.personId
                JOIN person ON person.id = registration.personId
                WHERE registration.sessionId = ? AND registration.onBehalfOf IS NOT NULL
                ORDER BY person.displayName COLLATE NOCASE
                """, arguments: [session])
            return try rows.map { (try participant($0["colleague"], db), try participant($0["member"], db)) }
        }
    }

    /// The people registered for a session, by name.
    public func registered(session: SessionID) throws(StoreError) -> [Participant] {
        try read { db in
            try ParticipantRow.fetchAll(db, sql: """
                SELECT \(ParticipantRow.selection) FROM registration JOIN person ON person.id = registration.personId
                WHERE registration.sessionId = ? ORDER BY person.displayName COLLATE NOCASE
                """, arguments: [session]).map(\.participant)
        }
    }

    /// The people present at a session, in the order they were marked (the order of their keys).
    public func present(session: SessionID) throws(StoreError) -> [Participant] {
        try read { db in try present(session: session, db) }
    }

    func present(session: SessionID, _ db: Database) throws -> [Participant] {
        try ParticipantRow.fetchAll(db.cachedStatement(sql: """
            SELECT \(ParticipantRow.selection) FROM attendance JOIN person ON person.id = attendance.personId
            WHERE attendance.sessionId = ? ORDER BY attendance.id
            """), arguments: [session]).map(\.participant)
    }
}
