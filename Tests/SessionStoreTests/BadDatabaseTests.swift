import Foundation
import GRDB
import SessionStore
import Testing
import TestSupport

/// A database Roundtable cannot use is refused with advice, and left exactly as it was.
@Suite struct BadDatabaseTests {
    /// The bytes of the database and of its write-ahead log, and the database's modification time.
    func fingerprint(_ path: String) throws -> (Data, Date?) {
        let log = (try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data()
        return (try Data(contentsOf: URL(fileURLWithPath: path)) + log,
                try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
    }

    @Test func aDatabaseFromANewerVersionIsNotTouched() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        _ = try temp.store.addSession(title: "Language", now: TemporaryStore.at(0))
        try DatabaseQueue(path: temp.path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('2-something-new')")
        }
        let before = try fingerprint(temp.path)
        let error = #expect(throws: StoreError.self) { try SessionStore(path: temp.path) }
        #expect(error == .newerVersion(path: temp.path, unknownSteps: ["2-something-new"]))
        #expect(error?.errorDescription?.contains("Update Roundtable") == true)
        let after = try fingerprint(temp.path)
        #expect(before.0 == after.0 && before.1 == after.1)
    }

    @Test func aDamagedFileIsNotTouched() throws {
        let folder = try TemporaryFolder("roundtable-bad").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("roundtable.sqlite").path
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }).write(to: URL(fileURLWithPath: path))
        let before = try fingerprint(path)
        let error = #expect(throws: StoreError.self) { try SessionStore(path: path) }
        #expect(error == .damaged(path: path))
        #expect(error?.errorDescription?.contains("did not change it") == true)
        #expect(try fingerprint(path).0 == before.0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["roundtable.sqlite"])
    }

    @Test func anotherProgramsDatabaseIsNotTouched() throws {
        let folder = try TemporaryFolder("roundtable-other").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("other.sqlite").path
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE accounts (id INTEGER PRIMARY KEY)") }
        let before = try fingerprint(path)
        #expect(throws: StoreError.notRoundtable(path: path)) { try SessionStore(path: path) }
        #expect(try fingerprint(path).0 == before.0)
    }

    @Test func aLockedDatabaseGivesAPlainMessageAfterWaiting() throws {
        let temp = try TemporaryStore(busyTimeout: 0.3)
        defer { temp.cleanUp() }
        let session = try temp.store.addSession(title: "Language", now: TemporaryStore.at(0))
        let other = try DatabaseQueue(path: temp.path)
        try other.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            let started = Date()
            #expect(throws: StoreError.busy(path: temp.path)) { try temp.store.addNote(session: session.id, text: "x", now: TemporaryStore.at(1)) }
            #expect(Date().timeIntervalSince(started) >= 0.25)
            try db.execute(sql: "ROLLBACK")
        }
        try temp.store.addNote(session: session.id, text: "after", now: TemporaryStore.at(2))
        #expect(try temp.store.notes(session: session.id).map(\.text) == ["after"])
        #expect(StoreError.busy(path: "x").errorDescription?.contains("Nothing was changed") == true)
    }
}
