import Documents
import Foundation
import SessionStore
import SpeakingTurns
import TestSupport

/// A real SQLite database in a temporary folder, removed by `cleanUp()`.
struct TemporaryStore {
    private let temporary: TemporaryFolder
    let path: String
    let store: SessionStore
    var folder: URL { temporary.url }

    init(busyTimeout: TimeInterval = 5) throws {
        temporary = try TemporaryFolder("roundtable-store")
        path = temporary.appendingPathComponent("data/roundtable.sqlite").path
        store = try SessionStore(path: path, busyTimeout: busyTimeout)
    }

    func cleanUp() {
        temporary.remove()
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
