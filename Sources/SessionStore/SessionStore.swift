import Foundation
import GRDB
import SpeakingTurns

/// Roundtable's database of sessions, people, consent, attendance, turns, notes and actions: one SQLite
/// file in WAL mode, so reports can be read while turns are being recorded. Every change is one
/// transaction; when a method throws, nothing was changed.
public final class SessionStore: Sendable {
    /// The database file.
    public let path: String
    let pool: DatabasePool

    /// Opens the database at `path`, creating it (and its folder) if needed and bringing its
    /// schema up to date. Waits up to `busyTimeout` seconds for other programs using it.
    ///
    /// A file that is not a Roundtable database, is damaged, or was changed by a newer
    /// Roundtable is refused without being touched.
    public init(path: String, busyTimeout: TimeInterval = 5) throws(StoreError) {
        self.path = path
        let migrator = Migrations.migrator
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "roundtable"
        var upToDate = false
        if FileManager.default.fileExists(atPath: path) {
            upToDate = try Self.checkBeforeOpening(path: path, migrator: migrator, configuration: configuration)
        } else {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw .cannotOpen(path: path, reason: "its folder could not be created")
                }
            }
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            // Each commit is flushed to disk, so a turn shown on screen survives a power cut too,
            // not only a crash of Roundtable (GRDB sets NORMAL for WAL, which covers only a crash).
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
            // An up-to-date database is opened without taking the write lock, so opening never
            // waits for a live view that is recording.
            if !upToDate { try migrator.migrate(pool) }
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Looks at an existing file read-only: it must be SQLite, made by Roundtable (or empty),
    /// and have no schema step this version does not know. Returns whether it has every step.
    private static func checkBeforeOpening(path: String, migrator: DatabaseMigrator, configuration: Configuration) throws(StoreError) -> Bool {
        var readOnly = configuration
        readOnly.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: readOnly)
            defer { try? queue.close() }
            return try queue.read { db in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                guard !tables.isEmpty else { return false }
                guard tables.contains("grdb_migrations"), tables.contains("turn") else { throw StoreError.notRoundtable(path: path) }
                let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
                let unknown = applied.subtracting(migrator.migrations)
                if !unknown.isEmpty { throw StoreError.newerVersion(path: path, unknownSteps: unknown.sorted()) }
                return applied.isSuperset(of: migrator.migrations)
            }
        } catch {
            throw storeError(error, path: path)
        }
    }

    /// Runs `body` in one write transaction; any error rolls it back.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write(body)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Runs `body` on a consistent snapshot of the database, alongside any writer.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// The advice for an error from SQLite or from the store's own checks.
    static func storeError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return .cannotOpen(path: path, reason: error.localizedDescription) }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .damaged(path: path)
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_READONLY: return .cannotOpen(path: path, reason: "the file may only be read, not written")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH: return .cannotOpen(path: path, reason: "permission denied or the folder is missing")
        default: return .cannotOpen(path: path, reason: error.message ?? "SQLite error \(error.resultCode.rawValue)")
        }
    }
}
