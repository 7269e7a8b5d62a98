import Foundation
import GRDB
import SessionStore
import SpeakingTurns
import Testing
import TestSupport

/// Rows an older Roundtable could store, or anyone could write into the file, are read back by
/// every command safely: impossible times do not crash, and names cannot drive the terminal.
@Suite(.tags(.slow)) struct HostileRowsTests {
    /// Runs `roundtable` in `folder`, so any report it writes lands there.
    func roundtable(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = BuiltProducts.executable("roundtable")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func turnsWithAbsurdTimesAreListedReportedAndUndone() throws {
        let temporary = try TemporaryStore()
        defer { temporary.cleanUp() }
        let (session, people) = try temporary.session(people: [("Sam Jones", .expertByExperience), ("Priya Patel", .professional)])
        let start = TemporaryStore.at(10)
        try temporary.store.importTurns(session: session.id, turns: [
            ImportedTurn(personID: people[0].id, start: start, end: start.addingTimeInterval(60)),
            ImportedTurn(personID: people[1].id, start: start.addingTimeInterval(60), end: start.addingTimeInterval(3.6e23)),
        ], replace: false)
        _ = try temporary.store.startTurn(session: session.id, person: people[0].id, source: .manual, at: TemporaryStore.at(100))
        _ = try temporary.store.startTurn(session: session.id, person: people[1].id, source: .manual, at: TemporaryStore.at(200))
        let queue = try DatabaseQueue(path: temporary.path)
        try queue.write { db in
            try db.execute(sql: "UPDATE turn SET endedAt = 9e999 WHERE source = 'imported' AND personId = ?", arguments: [people[0].id])
            try db.execute(sql: "UPDATE turn SET startedAt = -1e300 WHERE source = 'manual' AND endedAt IS NOT NULL")
        }
        try queue.close()

        let database = ["--db", temporary.path]
        for command in [["turns", "list", "1"], ["turns", "report", "1"], ["session", "show", "1"],
                        ["turns", "report", "1", "--to", "md", "-o", temporary.folder.appendingPathComponent("out").path]] {
            let result = try roundtable(command + database, in: temporary.folder)
            #expect(result.status == 0, "\(command): \(result.output)")
        }
        let undo = try roundtable(["turns", "undo", "1"] + database, in: temporary.folder)
        #expect(undo.status == 0, "\(undo.output)")
        #expect(undo.output.contains("Priya Patel"), "\(undo.output)")
        let list = try roundtable(["turns", "list", "1"] + database, in: temporary.folder)
        #expect(list.status == 0, "\(list.output)")
    }
    @Test func namesAndTitlesCannotDriveTheTerminal() throws {
        let temporary = try TemporaryStore()
        defer { temporary.cleanUp() }
        let (session, people) = try temporary.session(people: [("Sam Jones", .expertByExperience)])
        _ = try temporary.store.startTurn(session: session.id, person: people[0].id, source: .manual, at: TemporaryStore.at(100))
        let queue = try DatabaseQueue(path: temporary.path)
        try queue.write { db in
            try db.execute(sql: "UPDATE person SET displayName = ?", arguments: ["Evil\u{1B}[2J\u{1B}]0;owned\u{07}\u{202E}kcaj\u{9B}"])
            try db.execute(sql: "UPDATE session SET title = ?", arguments: ["Title\u{1B}[31m\u{2066}x\u{2069}\u{0D}"])
        }
        try queue.close()
        for command in [["people", "list"], ["session", "list"], ["session", "show", "1"], ["turns", "list", "1"], ["turns", "stop", "1"]] {
            let result = try roundtable(command + ["--db", temporary.path], in: temporary.folder)
            #expect(result.status == 0, "\(command): \(result.output)")
            for raw in ["\u{1B}", "\u{07}", "\u{202E}", "\u{9B}", "\u{2066}", "\u{0D}"] {
                #expect(!result.output.contains(raw), "\(command) printed \(raw.unicodeScalars.map { String($0.value, radix: 16) }): \(result.output)")
            }
            let shown = command == ["people", "list"] ? "Evil\u{241B}[2J\u{241B}]0;owned\u{2407}<U+202E>kcaj<U+009B>" : "Title\u{241B}[31m<U+2066>x<U+2069>\u{240D}"
            if command != ["turns", "stop", "1"] && command != ["turns", "list", "1"] {
                #expect(result.output.contains(shown), "\(command): \(result.output)")
            }
        }
    }
}
