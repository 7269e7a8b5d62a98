import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// The session, people and turns commands run as a facilitator would, on a real database.
@Suite(.tags(.slow)) struct TurnsCommandTests {
    /// A session (number 1) with Sam (consents to be named), Priya and Alex marked present.
    func prepared() throws -> CLIRunner {
        let cli = try CLIRunner()
        let steps: [[String]] = [
            ["session", "add", "Language", "--date", "2026-10-14", "--create"],
            ["people", "add", "Sam Jones", "--role", "expert by experience", "--consent", "yes", "--date", "2026-10-01"],
            ["people", "add", "Priya Patel", "--role", "professional", "--organisation", "Council"],
            ["people", "add", "Alex Kim", "--role", "ebe"],
            ["attend", "1", "Sam Jones", "Priya Patel", "Alex Kim"],
        ]
        for step in steps {
            let result = try cli.run(step + ["--db", "rt.sqlite"])
            #expect(result.status == 0, "\(step): \(result.errors)")
        }
        return cli
    }

    func run(_ cli: CLIRunner, _ arguments: String...) throws -> CLIRunner.Result {
        try cli.run(arguments + ["--db", "rt.sqlite"])
    }

    @Test func liveViewIsDrivenThroughATerminal() throws {
        let cli = try prepared()
        defer { cli.cleanUp() }
        let live = try PseudoTerminal(arguments: ["turns", "live", "1", "--db", "rt.sqlite"], in: cli)
        try live.waitForScreen("Roundtable live · Language", "Not heard yet: Sam Jones, Priya Patel, Alex Kim",
                               "Invite next: Sam Jones [1] (not heard yet)", "Nobody is speaking.")
        #expect(live.screen.contains(" 1   Sam Jones"))
        #expect(live.screen.contains(" 3   Alex Kim"))

        live.type("1")
        try live.waitForScreen("Now speaking: Sam Jones (expert by experience)", "Invite next: Priya Patel [2]")
        Thread.sleep(forTimeInterval: 1.2)
        live.type("2")
        try live.waitForScreen("Now speaking: Priya Patel (professional)", "Not heard yet: Alex Kim", "Invite next: Alex Kim [3] (not heard yet)")
        // Each person's share is on screen, and the shares add up to 100 %.
        let shares = live.screen.split(separator: "\n").filter { $0.contains("Sam Jones  ") || $0.contains("Priya Patel  ") || $0.contains("Alex Kim  ") }
            .compactMap { line in line.split(separator: " ").firstIndex(of: "%").flatMap { Int(line.split(separator: " ")[$0 - 1]) } }
        #expect(shares.count == 3, "\(live.screen)")
        #expect(shares.reduce(0, +) == 100, "\(live.screen)")
        #expect(live.screen.contains("Experts by experience"))

        live.type("u")
        try live.waitForScreen("Undone: Priya Patel's turn was removed. Sam Jones is speaking again.", "Now speaking: Sam Jones")
        live.type("3")
        try live.waitForScreen("Now speaking: Alex Kim", "Not heard yet: Priya Patel")
        live.type(" ")
        try live.waitForScreen("Alex Kim's turn ended", "Nobody is speaking.")
        live.type("q")
        #expect(try live.waitForExit() == 0)
        // The terminal is given back: the normal screen and the cursor.
        #expect(live.output.contains("\u{1B}[?1049l"))
        #expect(live.output.contains("\u{1B}[?25h"))
        #expect(PseudoTerminal.plain(live.output).contains("Saved."))

        let list = try run(cli, "turns", "list", "1")
        #expect(list.status == 0, "\(list.errors)")
        let turns = list.output.split(separator: "\n").filter { $0.contains("[live]") }
        #expect(turns.count == 2)
        #expect(turns.first?.contains("Sam Jones") == true)
        #expect(turns.last?.contains("Alex Kim") == true)
        #expect(list.output.contains("Not heard yet: Priya Patel"))
    }

    @Test func liveViewResumesAfterKillMinusNine() throws {
        let cli = try prepared()
        defer { cli.cleanUp() }
        let first = try PseudoTerminal(arguments: ["turns", "live", "1", "--db", "rt.sqlite"], in: cli)
        try first.waitForScreen("Nobody is speaking.")
        first.type("1")
        try first.waitForScreen("Now speaking: Sam Jones")
        first.type("2")
        try first.waitForScreen("Now speaking: Priya Patel")
        Thread.sleep(forTimeInterval: 2.5)  // heartbeats go on while Priya speaks
        kill(first.process.processIdentifier, SIGKILL)
        first.process.waitUntilExit()

        // Both committed turns are there at once; Priya's is still open until the heartbeat goes stale.
        let during = try run(cli, "turns", "list", "1")
        #expect(during.output.split(separator: "\n").filter { $0.contains("[live]") }.count == 2, "\(during.output)")

        Thread.sleep(forTimeInterval: 5.5)
        let second = try PseudoTerminal(arguments: ["turns", "live", "1", "--db", "rt.sqlite"], in: cli)
        try second.waitForScreen("Priya Patel's turn was still running when Roundtable last stopped unexpectedly", "Nobody is speaking.",
                                 "Invite next: Alex Kim [3] (not heard yet)")
        second.type("q")
        #expect(try second.waitForExit() == 0)
        let after = try run(cli, "turns", "list", "1")
        let lines = after.output.split(separator: "\n").filter { $0.contains("[live]") }
        #expect(lines.count == 2)
        #expect(lines.last?.contains("Priya Patel") == true)
        #expect(lines.last?.contains("ended when Roundtable stopped unexpectedly") == true, "\(after.output)")
    }

    @Test func liveViewGivesTheTerminalBackOnSIGTERM() throws {
        let cli = try prepared()
        defer { cli.cleanUp() }
        let live = try PseudoTerminal(arguments: ["turns", "live", "1", "--db", "rt.sqlite"], in: cli)
        try live.waitForScreen("Nobody is speaking.")
        live.type("1")
        try live.waitForScreen("Now speaking: Sam Jones")
        kill(live.process.processIdentifier, SIGTERM)
        #expect(try live.waitForExit() == 0)
        #expect(live.output.contains("\u{1B}[?1049l"))
        #expect(PseudoTerminal.plain(live.output).contains("Sam Jones's turn ended when the live view closed"))
    }

    @Test func liveViewRefusesWithoutATerminal() throws {
        let cli = try prepared()
        defer { cli.cleanUp() }
        let result = try run(cli, "turns", "live", "1")
        #expect(result.status == 2)
        #expect(result.errors.contains("The live view needs a terminal window"))
        #expect(result.errors.contains("roundtable turns start 1 \"Name\""))
    }

    @Test func scriptableTurnsAndReportWithoutNamesOfPeopleWhoDidNotConsent() throws {
        let cli = try prepared()
        defer { cli.cleanUp() }
        #expect(try run(cli, "turns", "start", "1", "Sam Jones").status == 0)
        let second = try run(cli, "turns", "start", "Language", "priya patel")
        #expect(second.output.contains("Sam Jones's turn ended after"))
        #expect(try run(cli, "turns", "stop", "1").output.contains("Priya Patel's turn ended"))
        let report = try run(cli, "turns", "report", "1", "--to", "html,docx,fodt,md", "-o", "out")
        #expect(report.status == 0, "\(report.errors)")
        #expect(cli.files(in: "out") == ["speaking-balance-1.docx", "speaking-balance-1.fodt", "speaking-balance-1.html", "speaking-balance-1.md"])
        let markdown = String(decoding: try cli.data("out/speaking-balance-1.md"), as: UTF8.self)
        #expect(markdown.contains("Sam Jones (expert by experience)"))
        for secret in ["Priya", "Alex", "Council"] {
            for name in ["html", "fodt", "md"] {
                #expect(!String(decoding: try cli.data("out/speaking-balance-1.\(name)"), as: UTF8.self).contains(secret))
            }
        }
        #expect(markdown.contains("Experts by experience were 67 % of the people present and spoke for"))
        #expect(markdown.contains("Participant B (expert by experience)"))
        #expect(report.output.contains("2 people have no recorded consent"))
    }

    @Test func mistypedRoleOrConsentIsRefusedWithTheNearestValue() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let role = try run(cli, "people", "add", "X Y", "--role", "expret", "--create")
        #expect(role.status == 2)
        #expect(role.errors.contains("The value 'expret' is invalid for '--role <role>': Did you mean 'expert by experience'? "
                                     + "Choose from: expert by experience, professional, facilitator, volunteer, guest."), "\(role.errors)")
        let consent = try run(cli, "people", "add", "X Y", "--role", "guest", "--consent", "yse", "--create")
        #expect(consent.status == 2)
        #expect(consent.errors.contains("The value 'yse' is invalid for '--consent <answer>': Did you mean 'given'? Choose from: given, withdrawn."),
                "\(consent.errors)")
        let answer = try run(cli, "people", "consent", "X Y", "withdrawm", "--create")
        #expect(answer.status == 2 && answer.errors.contains("Did you mean 'withdrawn'?"), "\(answer.errors)")
        // Nothing was parsed, so no database was started.
        #expect(cli.files().isEmpty)
    }

    @Test func badInputIsExplainedAndChangesNothing() throws {
        let cli = try prepared()
        defer { cli.cleanUp() }
        _ = try run(cli, "people", "add", "Late Comer", "--role", "guest")
        let absent = try run(cli, "turns", "start", "1", "Late Comer")
        #expect(absent.status == 2)
        #expect(absent.errors.contains("roundtable attend 1 \"Late Comer\""))
        let unknownPerson = try run(cli, "turns", "start", "1", "Sam Jnoes")
        #expect(unknownPerson.errors.contains("Did you mean 'Sam Jones'?"))
        let unknownSession = try run(cli, "turns", "list", "Langauge")
        #expect(unknownSession.status == 2)
        #expect(unknownSession.errors.contains("Did you mean 'Language'?"))
        let badRole = try run(cli, "people", "add", "X", "--role", "profesional")
        #expect(badRole.status == 2)
        #expect(badRole.errors.contains("Did you mean 'professional'? Choose from: expert by experience, professional, facilitator, volunteer, guest."))
        let badConsent = try run(cli, "people", "consent", "Sam Jones", "maybe")
        #expect(badConsent.status == 2 && badConsent.errors.contains("'maybe' is invalid for '<answer>': Choose from: given, withdrawn."))
        #expect(try run(cli, "people", "add", "Ali", "--role", "EbE", "--consent", "yes").output.contains("Ali (expert by experience). They may be named"))
        #expect(try run(cli, "turns", "stop", "1").errors.contains("Nobody is speaking in session 1"))
        #expect(try run(cli, "turns", "undo", "1").errors.contains("There is nothing to undo"))
        #expect(try run(cli, "turns", "list", "1").output.contains("No turns yet"))

        try cli.write("newer.sqlite", try cli.data("rt.sqlite"))
        let corrupt = try cli.write("corrupt.sqlite", Data(repeating: 0x42, count: 8192))
        let damaged = try cli.run(["session", "list", "--db", corrupt])
        #expect(damaged.status == 2)
        #expect(damaged.errors.contains("corrupt.sqlite: this file is not a Roundtable database, or it is damaged. Roundtable did not change it."))
        #expect(try cli.data(corrupt) == Data(repeating: 0x42, count: 8192))
    }

    @Test func registrationListAndTranscriptImport() throws {
        let cli = try prepared()
        defer { cli.cleanUp() }
        try cli.write("people.csv", "name,role,organisation,consent\nSam Jones,,,\nJo Bloggs,guest,,yes\nNew Person,,,\n")
        let bad = try run(cli, "register", "1", "--csv", "people.csv")
        #expect(bad.status == 2)
        #expect(bad.errors.contains("people.csv line 4, column 1: 'New Person' is new to Roundtable and this row gives no role."))
        #expect(!(try run(cli, "people", "list").output.contains("Jo Bloggs")))

        try cli.write("people.csv", "name,role,organisation,consent\nSam Jones,,,\nJo Bloggs,guest,,yes\n")
        let good = try run(cli, "register", "1", "--csv", "people.csv")
        #expect(good.status == 0, "\(good.errors)")
        #expect(good.output.contains("New to Roundtable: Jo Bloggs."))

        try cli.write("meeting.vtt", """
        WEBVTT

        1
        00:00:01.000 --> 00:00:05.000
        Sam Jones: Welcome.

        2
        00:00:05.000 --> 00:00:09.000
        Sam Jones: Let's start.

        3
        00:00:10.000 --> 00:00:30.000
        Priya Patel: Thanks.

        4
        00:00:31.000 --> 00:00:33.000
        Visitor: Hello?
        """)
        let unknown = try run(cli, "turns", "import", "1", "meeting.vtt")
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("'Visitor' (line 16)"))
        #expect(try run(cli, "turns", "list", "1").output.contains("No turns yet"))

        let imported = try run(cli, "turns", "import", "1", "meeting.vtt", "--skip-unknown", "--start", "10:00")
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("Imported 2 turns by 2 people"))
        #expect(imported.output.contains("Left out: 'Visitor'"))
        let list = try run(cli, "turns", "list", "1").output
        #expect(list.contains("10:00:01     0:08  Sam Jones  [transcript]"), "\(list)")
        #expect(list.contains("10:00:10     0:20  Priya Patel  [transcript]"))
        let again = try run(cli, "turns", "import", "1", "meeting.vtt", "--skip-unknown")
        #expect(again.errors.contains("already has 2 turns imported"))

        try cli.write("overlap.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\nSam Jones: a\n\n00:00:04.000 --> 00:00:06.000\nPriya Patel: b\n")
        let overlap = try run(cli, "turns", "import", "1", "overlap.vtt", "--replace")
        #expect(overlap.status == 2)
        #expect(overlap.errors.contains("overlap.vtt line 6, column 1: This cue starts (00:00:04.000) before the one above it ends"))
        #expect(try run(cli, "turns", "list", "1").output.contains("Priya Patel  [transcript]"))
    }
    /// A mistyped --db or ROUNDTABLE_DB is refused with advice instead of starting an empty
    /// database; --create makes one on purpose, and the default place is created as before.
    @Test func aDatabaseThatDoesNotExistIsCreatedOnlyWhenAsked() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let typo = cli.folder.appendingPathComponent("new/folder/typo.sqlite").path
        let clean = ["ROUNDTABLE_DB": "", "XDG_DATA_HOME": cli.folder.appendingPathComponent("data").path]
        for (arguments, environment) in [(["session", "list", "--db", typo], clean),
                                         (["session", "list"], clean.merging(["ROUNDTABLE_DB": typo]) { $1 })] {
            let refused = try cli.run(arguments, environment: environment)
            #expect(refused.status == 2)
            #expect(refused.errors.contains("roundtable: There is no database at \(typo)."), "\(refused.errors)")
            #expect(refused.errors.contains("Check the spelling of the path, or add --create to start a new, empty database there."))
            #expect(cli.files().isEmpty, "\(cli.files())")
        }
        let created = try cli.run(["session", "add", "Language", "--db", typo, "--create"], environment: clean)
        #expect(created.status == 0, "\(created.errors)")
        #expect(try cli.run(["session", "list", "--db", typo], environment: clean).output.contains("1. Language"))

        let home = try cli.run(["session", "list"], environment: clean)
        #expect(home.status == 0, "\(home.errors)")
        #expect(cli.files(in: "data").contains("roundtable/roundtable.sqlite"))
    }
}
