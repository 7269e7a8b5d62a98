import Documents
import Foundation
import SessionStore
import SpeakingTurns

/// A real SQLite database in a temporary folder, removed by `cleanUp()`.
struct TemporaryStore {
    let folder: URL
    let path: String
    let store: SessionStore

    init(busyTimeout: TimeInterval = 5) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("roundtable-store-\(UUID().uuidString)")
        path = folder.appendingPathComponent("data/roundtable.sqlite").path
        store = try SessionStore(path: path, busyTimeout: busyTimeout)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }

    static let day = CalendarDate(iso: "2026-10-14")

    /// A moment `seconds` after a fixed start, so tests never depend on the clock.
    static func at(_ seconds: Double) -> Date { Date(timeIntervalSince1970: 1_790_000_000 + seconds) }

    /// A session with the given people added and marked present, in that order.
    func session(_ title: String = "Language", people: [(String, Role)]) throws -> (SessionDetails, [Participant]) {
        let session = try store.addSession(title: title, date: Self.day, now: Self.at(0))
        let added = try people.map { name, role in try store.addPerson(name: name, role: role, now: Self.at(0)) }
        try store.markAttendance(session: session.id, people: added.map(\.id), present: true, now: Self.at(0))
        return (session, added)
    }
}

/// The `roundtable-bench` executable built beside the tests, which records turns in a child process.
enum BenchProcess {
    static var executable: URL {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent("roundtable-bench") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }
}
