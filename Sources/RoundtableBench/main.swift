import Documents
import Foundation
import SessionStore
import SpeakingTurns

// roundtable-bench: measures the session store for Scripts/bench, and records turns for the
// crash and concurrency tests. Not a user command; messages are brief.
//   roundtable-bench record --db PATH [--count N] [--print]   one committed start per event; p50/p99
//   roundtable-bench fill --db PATH [--turns N]               one session holding N turns
//   roundtable-bench report --db PATH [--session ID] [-o DIR] the report of a session, timed
//   roundtable-bench all [--record N] [--turns N]             all three in a temporary folder

struct Options {
    var values: [String: String] = [:]
    var flags: Set<String> = []

    init(_ arguments: ArraySlice<String>) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            if argument == "--print" { flags.insert(argument) } else if let value = iterator.next() { values[argument] = value }
        }
    }

    func int(_ name: String, _ fallback: Int) -> Int { values[name].flatMap { Int($0) } ?? fallback }
}

enum Bench {
    static let roles: [Role] = [.expertByExperience, .expertByExperience, .expertByExperience, .expertByExperience, .expertByExperience,
                                .professional, .professional, .professional, .professional, .facilitator, .volunteer, .guest]

    /// A session with twelve people present; returns it and their numbers.
    static func prepare(_ store: SessionStore, title: String) throws -> (SessionID, [PersonID]) {
        let now = Date()
        let day = CalendarDate(iso: "2026-10-14")
        let session = try store.addSession(title: title, date: day, now: now)
        var people: [PersonID] = []
        for (index, role) in roles.enumerated() {
            let name = "\(title) person \(index + 1)"
            let consent = day.map { ConsentChange(given: index % 3 == 0, date: $0) }
            let person = try (try? store.person(name)) ?? store.addPerson(name: name, role: role, consent: consent, now: now)
            people.append(person.id)
        }
        try store.markAttendance(session: session.id, people: people, present: true, now: now)
        return (session.id, people)
    }

    static func record(db: String, count: Int, print printing: Bool) throws {
        let store = try SessionStore(path: db)
        let (session, people) = try prepare(store, title: "Recording")
        var latencies: [Double] = []
        latencies.reserveCapacity(count)
        for index in 0..<count {
            let person = people[(index * 7 + index / 12) % people.count]
            let begin = DispatchTime.now().uptimeNanoseconds
            let change = try store.startTurn(session: session, person: person, source: .live, at: Date())
            latencies.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1_000_000)
            if printing {
                FileHandle.standardOutput.write(Data("committed \(change.started.turn.id) \(session)\n".utf8))
            }
        }
        latencies.sort()
        func percentile(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] }
        print(String(format: "record: %d events, p50 %.3f ms, p99 %.3f ms, max %.3f ms per committed event",
                     count, percentile(0.5), percentile(0.99), latencies.last ?? 0))
    }

    static func fill(db: String, turns count: Int) throws -> SessionID {
        let store = try SessionStore(path: db)
        let (session, people) = try prepare(store, title: "Large")
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        var turns: [ImportedTurn] = []
        turns.reserveCapacity(count)
        var clock = start
        for index in 0..<count {
            let length = Double(5 + (index * 37) % 120)
            turns.append(ImportedTurn(personID: people[(index * 5 + index / 12) % people.count], start: clock, end: clock + length))
            clock += length
        }
        let begin = Date()
        try store.importTurns(session: session, turns: turns, replace: true)
        print(String(format: "fill: %d turns in one session in %.2f s", count, Date().timeIntervalSince(begin)))
        return session
    }

    static func report(db: String, session: SessionID, output: String) throws {
        let begin = Date()
        let store = try SessionStore(path: db)
        let turns = try store.turns(session: session, now: Date())
        let loaded = Date()
        let metrics = turns.metrics(now: Date())
        let document = BalanceReport(session: turns.session, metrics: metrics, interruptedTurns: turns.interruptedCount).document()
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        let files = try [OutputFormat.html, .docx, .fodt, .md].map { format in
            OutputFiles.File(url: folder.appendingPathComponent("speaking-balance.\(format.writer.fileExtension)"), data: try format.writer.write(document))
        }
        try OutputFiles.prepareFolder(folder)
        try OutputFiles.write(files, inputs: [])
        let end = Date()
        print(String(format: "report: %d turns read in %.3f s; metrics, document and 4 files in %.3f s; %.3f s in all",
                     turns.turns.count, loaded.timeIntervalSince(begin), end.timeIntervalSince(loaded), end.timeIntervalSince(begin)))
    }
}

let arguments = CommandLine.arguments.dropFirst()
let options = Options(arguments.dropFirst())
do {
    switch arguments.first {
    case "record":
        try Bench.record(db: options.values["--db"] ?? "bench.sqlite", count: options.int("--count", 100_000), print: options.flags.contains("--print"))
    case "fill":
        _ = try Bench.fill(db: options.values["--db"] ?? "bench.sqlite", turns: options.int("--turns", 1_000_000))
    case "report":
        try Bench.report(db: options.values["--db"] ?? "bench.sqlite", session: SessionID(options.int("--session", 1)), output: options.values["-o"] ?? "bench-report")
    case "all":
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roundtable-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Bench.record(db: folder.appendingPathComponent("record.sqlite").path, count: options.int("--record", 100_000), print: false)
        let large = folder.appendingPathComponent("large.sqlite").path
        let session = try Bench.fill(db: large, turns: options.int("--turns", 1_000_000))
        try Bench.report(db: large, session: session, output: folder.appendingPathComponent("report").path)
    default:
        FileHandle.standardError.write(Data("usage: roundtable-bench record|fill|report|all [options]\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("roundtable-bench: \((error as? LocalizedError)?.errorDescription ?? "\(error)")\n".utf8))
    exit(1)
}
