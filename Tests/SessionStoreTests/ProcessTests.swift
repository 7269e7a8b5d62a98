import Documents
import Foundation
import SessionStore
import SpeakingTurns
import Testing
import TestSupport

/// The store against real processes: one killed mid-session, and one writing while another reads.
@Suite(.tags(.slow)) struct ProcessTests {
    /// Starts `roundtable-bench record`, with its output going to a file, and waits until it has
    /// committed at least `lines` turns. Returns the process and the output file.
    func startRecorder(database: String, count: Int, folder: URL, lines: Int) throws -> (Process, URL) {
        let output = folder.appendingPathComponent("recorder.out")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = BuiltProducts.executable("roundtable-bench")
        process.arguments = ["record", "--db", database, "--count", "\(count)", "--print"]
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: output)
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while committedIDs(output).count < lines, process.isRunning, Date() < deadline { usleep(20_000) }
        return (process, output)
    }

    /// The turn numbers the recorder said it had committed.
    func committedIDs(_ output: URL) -> [Int64] {
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            return fields.count == 3 && fields[0] == "committed" ? Int64(fields[1]) : nil
        }
    }

    /// Runs the built `roundtable` command and returns its exit status and messages.
    func runRoundtable(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = BuiltProducts.executable("roundtable")
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func temporaryFolder() throws -> URL {
        let folder = try TemporaryFolder("roundtable-process").url
        return folder
    }

    @Test func everyCommittedTurnSurvivesSIGKILL() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("crash.sqlite").path
        let (process, output) = try startRecorder(database: database, count: 1_000_000, folder: folder, lines: 500)
        #expect(process.isRunning, "the recorder stopped early")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let committed = committedIDs(output)
        #expect(committed.count >= 500)

        let store = try SessionStore(path: database)
        let session = try store.session("Recording")
        let turns = try store.turns(session: session.id, now: Date()).turns
        let stored = Set(turns.map(\.id))
        let missing = committed.filter { !stored.contains($0) }
        #expect(missing.isEmpty, "committed but lost: \(missing.prefix(10))")
        // One turn at most is still running, and every other one ends where the next begins.
        #expect(turns.filter { $0.end == nil }.count <= 1)
        for (earlier, later) in zip(turns, turns.dropFirst()) where earlier.end != nil {
            #expect(earlier.end == later.start)
        }
        // The reopened store goes on recording: a turn for someone other than the person whose
        // turn was running when the recorder was killed (starting theirs again would be no change).
        let running = turns.last(where: { $0.end == nil })?.personID
        let person = try #require(turns.map(\.personID).first { $0 != running })
        let next = try store.startTurn(session: session.id, person: person, source: .manual, at: Date())
        #expect(next.started.turn.id > (committed.last ?? 0))
    }

    @Test func reportsAreReadWhileAnotherProcessRecords() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("busy.sqlite").path
        let (process, output) = try startRecorder(database: database, count: 8000, folder: folder, lines: 1)
        let store = try SessionStore(path: database, busyTimeout: 0)
        let session = try store.session("Recording")
        // The roundtable command writes the report too, while the recorder goes on.
        let cliReport = try runRoundtable(["turns", "report", "Recording", "--to", "html,docx", "-o", folder.appendingPathComponent("out").path, "--db", database])
        #expect(process.isRunning, "the recorder finished before the report was written; record more turns")
        var reads = 0
        var counts: [Int] = []
        while process.isRunning || reads < 3 {
            let turns = try store.turns(session: session.id, now: Date())
            let document = BalanceReport(session: turns.session, metrics: turns.metrics(now: Date())).document()
            #expect(!document.blocks.isEmpty)
            counts.append(turns.turns.count)
            reads += 1
        }
        process.waitUntilExit()
        let log = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        #expect(cliReport.status == 0, "\(cliReport.errors)")
        #expect(process.terminationStatus == 0, "\(log.suffix(300))")
        #expect(!log.contains("locked") && !log.contains("busy"))
        #expect(reads >= 3)
        // Reads saw the recording grow, and never went backwards.
        #expect(counts == counts.sorted())
        #expect(try store.turns(session: session.id, now: Date()).turns.count == 8000)
    }
}
