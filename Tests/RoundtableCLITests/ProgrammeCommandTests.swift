import Foundation
import Testing
import TestSupport

/// `roundtable programme` run as an organiser would, on real files and a real database.
@Suite(.tags(.slow)) struct ProgrammeCommandTests {
    @Test func newLintAndBuildTwiceChangeNothingTheSecondTime() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let created = try cli.run(["programme", "new", "p.yaml"])
        #expect(created.status == 0, "\(created.errors)")
        let refused = try cli.run(["programme", "new", "p.yaml"])
        #expect(refused.status == 2 && refused.errors.contains("p.yaml: This file already exists, so it was left as it is."))

        let lint = try cli.run(["programme", "lint", "p.yaml", "--fail-on", "warning"])
        #expect(lint.status == 0, "\(lint.output)")
        #expect(lint.output.contains("4 sessions: 13 January 2027, 14 April 2027, 14 July 2027, 13 October 2027.\np.yaml: no problems found."))

        let first = try cli.run(["programme", "build", "p.yaml", "-o", "out", "--db", "rt.sqlite", "--create"])
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("Sessions in the database: 4 added, 0 brought up to date, 0 already as planned."))
        #expect(cli.files(in: "out") == ["p.docx", "p.fodt", "p.html", "p.ics"])
        let files = try ["p.docx", "p.fodt", "p.html", "p.ics"].map { try cli.data("out/\($0)") }

        let second = try cli.run(["programme", "build", "p.yaml", "-o", "out", "--db", "rt.sqlite"])
        #expect(second.output.contains("Sessions in the database: 0 added, 0 brought up to date, 4 already as planned."))
        #expect(try ["p.docx", "p.fodt", "p.html", "p.ics"].map { try cli.data("out/\($0)") } == files, "the same files, byte for byte")
        let list = try cli.run(["session", "list", "--db", "rt.sqlite"])
        #expect(list.output.split(separator: "\n").filter { $0.contains("Community of Practice:") }.count == 4)
    }

    @Test func aSessionOnABankHolidayIsAWarningAndABadDateStopsTheBuild() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        _ = try cli.run(["programme", "new", "p.yaml"])
        let text = String(decoding: try cli.data("p.yaml"), as: UTF8.self)
        _ = try cli.write("holiday.yaml", text.replacingOccurrences(of: "weekday: Wednesday", with: "weekday: Monday")
            .replacingOccurrences(of: "2027-01-13", with: "2027-01-11").replacingOccurrences(of: "2027-04-14", with: "2027-03-29")
            .replacingOccurrences(of: "2027-07-14", with: "2027-07-12").replacingOccurrences(of: "2027-10-13", with: "2027-10-11"))
        let lint = try cli.run(["programme", "lint", "holiday.yaml", "--fail-on", "warning"])
        #expect(lint.status == 1)
        #expect(lint.output.contains("warning: The session on Monday 29 March 2027 falls on a bank holiday (Easter Monday)."))
        #expect(lint.output.contains("[programme-bank-holiday]"))

        _ = try cli.write("bad.yaml", text.replacingOccurrences(of: "2027-04-14", with: "2027-04-31"))
        let build = try cli.run(["programme", "build", "bad.yaml", "-o", "out", "--db", "rt.sqlite", "--create"])
        #expect(build.status == 2)
        #expect(build.errors.contains("bad.yaml line 20, column 11: 'date' in session 2 ('Tools for working together as equals') is 2027-04-31, a day that does not exist"))
        #expect(cli.files(in: "out").isEmpty && !FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("rt.sqlite").path),
                "nothing written, no database started")
    }
}
