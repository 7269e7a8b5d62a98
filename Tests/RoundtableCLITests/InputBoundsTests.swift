import Foundation
import Testing
import TestSupport

/// Hostile or odd input files, given to the real `roundtable` as a user would: deep nesting,
/// pipes, files in the wrong encoding and YAML aliases. Each is refused with exit code 2 and a
/// message naming the file, quickly, and nothing is written.
@Suite(.tags(.slow)) struct InputBoundsTests {
    /// Runs `roundtable` with `arguments` in `cli`'s folder, stopping it after `seconds`; the
    /// result's `timedOut` says whether it had to be stopped.
    func run(_ cli: CLIRunner, _ arguments: [String], seconds: Double = 20) throws -> (status: Int32, errors: String, timedOut: Bool) {
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = cli.folder
        process.environment = cli.environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        let timedOut = process.isRunning
        // SIGKILL: the test runner may hand its children a mask that blocks SIGTERM.
        if timedOut { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, text, timedOut)
    }

    @Test func deeplyNestedQuotesAreRefusedByExport() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("deep.md", String(repeating: ">", count: 3000) + " x\n")
        let result = try cli.run(["export", "deep.md"])
        #expect(result.status == 2, "\(result.errors)")
        #expect(result.errors.contains("deep.md line 1, column 65: Quotes, lists or emphasis are nested here more than 64 levels deep"), "\(result.errors)")
        #expect(!result.errors.contains("Backtrace"))
        #expect(cli.files() == ["deep.md"])
    }

    @Test func deeplyNestedNotesAreRefusedByPublish() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let added = try cli.run(["session", "add", "Deep", "--date", "2026-10-14", "--db", "t.sqlite", "--create"])
        #expect(added.status == 0, "\(added.errors)")
        try cli.write("deep.md", "# Notes\n\n" + String(repeating: ">", count: 5000) + " x\n")
        let result = try cli.run(["publish", "1", "--notes", "deep.md", "--db", "t.sqlite", "-o", "pack"])
        #expect(result.status == 2, "\(result.errors)")
        #expect(result.errors.contains("deep.md line 3, column 65: Quotes, lists or emphasis are nested"), "\(result.errors)")
        #expect(!cli.files().contains { $0.hasPrefix("pack") })
    }

    @Test(arguments: [
        (String(repeating: ">", count: 50_000) + " x\n", "line 1, column 65"),
        (String(repeating: "*", count: 50_000) + "x" + String(repeating: "*", count: 50_000) + "\n", "line 1"),
        (String(repeating: "- ", count: 100_000) + "x\n", "line 1, column 129"),
    ])
    func deeplyNestedMarkdownIsRefusedByCheck(notes: String, place: String) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("deep.md", notes)
        let started = Date()
        let result = try cli.run(["check", "deep.md"])
        #expect(result.status == 2, "\(result.errors)")
        #expect(result.errors.contains("deep.md \(place)"), "\(result.errors)")
        #expect(result.errors.contains("more than 64 levels deep"), "\(result.errors)")
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test(arguments: [["export", "notes.md"], ["check", "notes.md"], ["agenda", "lint", "notes.md"], ["check", "notes.html"]])
    func namedPipeIsRefusedAtOnce(arguments: [String]) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let name = arguments[arguments.count - 1]
        #expect(mkfifo(cli.folder.appendingPathComponent(name).path, 0o600) == 0)
        let result = try run(cli, arguments, seconds: 10)
        #expect(!result.timedOut, "roundtable waited on the pipe")
        #expect(result.status == 2)
        #expect(result.errors.contains("\(name): This is a pipe, not a saved file, so Roundtable does not read it."), "\(result.errors)")
    }

    @Test func pipeLargerThanTheLimitIsRefusedNotCut() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let roundtable = CLIRunner.executable.path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "'\(roundtable)' export <(head -c 34000000 /dev/zero | tr '\\0' a) --to txt -o out"]
        process.currentDirectoryURL = cli.folder
        process.environment = cli.environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2, "\(text)")
        #expect(text.contains("This is a pipe, not a saved file"), "\(text)")
        #expect(!cli.files().contains { $0.hasPrefix("out") })
    }

    @Test(arguments: [
        (Data([0xFF, 0xFE]) + Data("Hello\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), "with a byte-order mark"),
        (Data("Hello there\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), "little-endian, no mark"),
        (Data("Hello there\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }), "big-endian, no mark"),
    ])
    func utf16TextIsNamedAsUTF16(data: Data, form: String) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("notes.md", data)
        let result = try cli.run(["check", "notes.md"])
        #expect(result.status == 2, "\(form)")
        #expect(result.errors.contains("notes.md: This file is saved as UTF-16, not UTF-8. Open it in a text editor and save it with the encoding set to UTF-8"),
                "\(form): \(result.errors)")
    }

    @Test func glossaryOfAliasesToAliasesIsRefusedQuickly() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        var lines = ["l0: &l0 [" + Array(repeating: "lol", count: 10).joined(separator: ", ") + "]"]
        for level in 1..<40 {
            lines.append("l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        try cli.write("glossary.yaml", lines.joined(separator: "\n") + "\n")
        try cli.write("notes.md", "# Notes\n\nThe ICB met.\n")
        let started = Date()
        let result = try run(cli, ["check", "notes.md", "--glossary", "glossary.yaml"], seconds: 20)
        #expect(!result.timedOut)
        #expect(result.status == 2)
        #expect(result.errors.contains("glossary.yaml line 4, column 5: The aliases in this file (names written with '*') repeat more than 10,000 values"),
                "\(result.errors)")
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func agendaOfAliasedItemsIsRefusedAndNothingIsWritten() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let materials = "[" + (1...100).map { "Handout number \($0) about the plan" }.joined(separator: ", ") + "]"
        let agenda = """
        title: Aliases
        date: 2026-10-14
        start: "10:00"
        end: "12:00"
        items:
          - &item {title: Talk, minutes: 1, materials: \(materials)}
        \((2...200).map { _ in "  - *item" }.joined(separator: "\n"))

        """
        try cli.write("agenda.yaml", agenda)
        let started = Date()
        let result = try run(cli, ["agenda", "build", "agenda.yaml", "-o", "out"], seconds: 20)
        #expect(!result.timedOut)
        #expect(result.status == 2)
        #expect(result.errors.contains("agenda.yaml line 6, column 3: The aliases in this file"), "\(result.errors)")
        #expect(!cli.files().contains { $0.hasPrefix("out") })
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test(arguments: [
        ("items: " + String(repeating: "[", count: 100) + "x" + String(repeating: "]", count: 100) + "\n", "line 1, column 71"),
        ("items: " + String(repeating: "[", count: 5000) + "x" + String(repeating: "]", count: 5000) + "\n", "line 1"),
    ])
    func deeplyNestedAgendaGetsOurMessage(agenda: String, place: String) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("agenda.yaml", agenda)
        let result = try cli.run(["agenda", "lint", "agenda.yaml"])
        #expect(result.status == 2)
        #expect(result.errors.contains("agenda.yaml \(place)"), "\(result.errors)")
        #expect(result.errors.contains("Lists and details are nested here more than 64 levels deep"), "\(result.errors)")
        #expect(!result.errors.contains("yaml_set_max_nest_level"))
    }
}
