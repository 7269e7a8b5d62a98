import Documents
import Foundation
import GRDB
import SessionStore
import SpeakingTurns
import Testing
import TestSupport

/// A database made by an earlier release opens in this one, gains the new schema steps, and
/// keeps every row it had.
@Suite struct MigrationTests {
    /// The database release 4346590 made, as SQL (`Fixtures/release-4346590.sql`).
    static let lastRelease = ProjectFiles.root.appendingPathComponent("Tests/SessionStoreTests/Fixtures/release-4346590.sql")

    /// Every row of every table except the migration list, by table, in row order.
    static func contents(_ db: Database, columns: [String: [String]]) throws -> [String: [[DatabaseValue]]] {
        var result: [String: [[DatabaseValue]]] = [:]
        for (table, names) in columns {
            let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
            result[table] = try Row.fetchAll(db, sql: "SELECT \(list) FROM \"\(table)\" ORDER BY rowid").map { row in names.map { row[$0] } }
        }
        return result
    }

    /// The columns of every table except the migration list.
    static func columns(_ db: Database) throws -> [String: [String]] {
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations'")
        var result: [String: [String]] = [:]
        for table in tables { result[table] = try db.columns(in: table).map(\.name) }
        return result
    }

    @Test func aDatabaseFromTheLastReleaseOpensAndKeepsEveryRow() throws {
        let folder = try TemporaryFolder("roundtable-migrate")
        defer { folder.remove() }
        let path = folder.appendingPathComponent("roundtable.sqlite").path
        let (oldColumns, before) = try DatabaseQueue(path: path).writeWithoutTransaction { db in
            try db.execute(sql: try String(contentsOf: Self.lastRelease, encoding: .utf8))
            let columns = try Self.columns(db)
            return (columns, try Self.contents(db, columns: columns))
        }
        #expect(before.values.allSatisfy { !$0.isEmpty }, "the fixture has rows in every table")

        let store = try SessionStore(path: path)
        #expect(try store.sessions().map(\.details.title) == ["Language: saying what we mean", "Tools for co-production"])
        #expect(try store.people().count == 24)
        #expect(try store.consentHistory(person: store.person("Rosa Lind").id).last?.change.given == true)

        let (after, steps, fresh) = try DatabaseQueue(path: path).read { db in
            (try Self.contents(db, columns: oldColumns),
             try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
             try Self.columns(db))
        }
        #expect(after == before, "every row of every table is kept, value for value")
        #expect(steps.contains("1-sessions-people-turns"))
        for (table, names) in oldColumns {
            #expect(Set(fresh[table] ?? []).isSuperset(of: names), "\(table) keeps its columns")
        }

        // A second opening finds nothing left to do and changes nothing.
        _ = try SessionStore(path: path)
        #expect(try DatabaseQueue(path: path).read { try Self.contents($0, columns: oldColumns) } == before)
    }

    /// The database release 9578451 made, with the programme step (`Fixtures/release-9578451.sql`).
    static let programmesRelease = ProjectFiles.root.appendingPathComponent("Tests/SessionStoreTests/Fixtures/release-9578451.sql")

    @Test func aDatabaseWithProgrammesGainsActionsAndKeepsEveryRow() throws {
        let folder = try TemporaryFolder("roundtable-migrate")
        defer { folder.remove() }
        let path = folder.appendingPathComponent("roundtable.sqlite").path
        let (oldColumns, before) = try DatabaseQueue(path: path).writeWithoutTransaction { db in
            try db.execute(sql: try String(contentsOf: Self.programmesRelease, encoding: .utf8))
            let columns = try Self.columns(db)
            return (columns, try Self.contents(db, columns: columns))
        }
        #expect(before.values.allSatisfy { !$0.isEmpty }, "the fixture has rows in every table")
        #expect(oldColumns["programme"] != nil && oldColumns["actions"] == nil)

        let store = try SessionStore(path: path)
        #expect(try store.sessions().count == 6)
        let (after, steps) = try DatabaseQueue(path: path).read { db in
            (try Self.contents(db, columns: oldColumns), try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid"))
        }
        #expect(after == before, "every row of every table is kept, value for value")
        #expect(steps == ["1-sessions-people-turns", "2-programmes", "3-actions", "4-contact", "5-on-behalf-of", "6-access-needs", "7-involvement"])
        // Nobody in an old database has agreed to be contacted: the mailing list starts empty.
        let list = try store.mailingList()
        let everyone = try store.people().count
        #expect(list.entries.isEmpty && list.withoutConsent == everyone)

        // The new tables work on the old rows.
        let session = try store.session("Language: saying what we mean")
        let action = try store.addAction(NewAction(session: session.id, raisedByRole: .expertByExperience, raisedBy: try store.person("Rosa Lind").id,
                                                   raised: "Letters still say 'failed to engage'", action: "Rewrite the letter",
                                                   owner: "Housing options team", due: try #require(CalendarDate(iso: "2027-01-15"))),
                                         now: Date(timeIntervalSince1970: 1_790_000_000))
        #expect(try store.actions(.raisedAt(session.id)) == [action])
        #expect(action.raisedBy?.consentsToBeNamed == true)

        // An old series can be given a rate, and an old person a record for an old session.
        let rosa = try store.person("Rosa Lind")
        try store.register(session: session.id, people: [rosa.id], now: Date(timeIntervalSince1970: 1_790_000_000))
        let programme = try #require(try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "SELECT name FROM programme ORDER BY id LIMIT 1") })
        try store.setRate(programme: programme, RecognitionRate(amount: Money(pence: 2500), per: .session), now: Date(timeIntervalSince1970: 1_790_000_000))
        let record = try store.recordInvolvement(NewInvolvement(person: rosa.id, session: session.id, role: .attended, offer: .payment(Money(pence: 1234)),
                                                                paidOn: try #require(CalendarDate(iso: "2026-10-14"))),
                                                 now: Date(timeIntervalSince1970: 1_790_000_000))
        #expect(try store.involvements() == [record])
        #expect(try store.rates(programme: programme).rates.count == 1)
    }

    @Test func aNewDatabaseHasEveryTableAndColumnOfTheLastRelease() throws {
        let folder = try TemporaryFolder("roundtable-migrate")
        defer { folder.remove() }
        let old = try DatabaseQueue(path: folder.appendingPathComponent("old.sqlite").path).writeWithoutTransaction { db in
            try db.execute(sql: try String(contentsOf: Self.lastRelease, encoding: .utf8))
            return try Self.columns(db)
        }
        let path = folder.appendingPathComponent("new.sqlite").path
        _ = try SessionStore(path: path)
        let (new, steps) = try DatabaseQueue(path: path).read { db in
            (try Self.columns(db), try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid"))
        }
        for (table, names) in old {
            #expect(Array((new[table] ?? []).prefix(names.count)) == names, "\(table): the columns of the last release, in order, then any new ones")
        }
        #expect(steps.first == "1-sessions-people-turns", "steps are only ever added after the ones that shipped")
    }
}
