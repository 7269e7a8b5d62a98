import Foundation
import Testing
import TestSupport

@Suite(.tags(.slow)) struct AgendaCommandTests {
    let agenda = """
    title: Getting leaders on board
    date: 2026-10-14
    start: "10:00"
    end: "12:00"
    where: {online: Zoom, link: "https://example.zoom.us/j/81234567890", meeting-id: 812 3456 7890, passcode: "241014"}
    contact: {name: Sam Okafor, email: sam@example.org}
    papers-by: 2026-10-07
    items:
      - {title: Welcome and check-in, kind: check-in, minutes: 15, leads: [{name: Dee Marsh, role: expert by experience}]}
      - {title: Ground rules, kind: ground-rules, minutes: 5}
      - {title: Guest session, kind: presentation, minutes: 30, facilitator-notes: Keep the guest to time.}
      - {title: Break, kind: break, minutes: 10}
      - {title: Breakout groups, kind: breakout, minutes: 35}
      - {title: What the groups found, kind: feedback, minutes: 15}
      - {title: Close, kind: close, minutes: 5}
    """

    @Test func newWritesTheTemplateAndRefusesToOverwriteWithoutForce() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let created = try cli.run(["agenda", "new", "october.yaml", "--template", "community-of-practice"])
        #expect(created.status == 0, "\(created.errors)")
        #expect(created.output.contains("Wrote october.yaml from the community-of-practice template."))
        #expect(created.output.contains("roundtable agenda lint october.yaml"))
        let first = try cli.data("october.yaml")
        #expect(String(decoding: first, as: UTF8.self).contains("kind: check-in"))

        try cli.write("october.yaml", "my own edits\n")
        let refused = try cli.run(["agenda", "new", "october.yaml", "--template", "planning-workshop"])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("october.yaml: This file already exists, so it was left as it is. Choose another name, or add --force to replace it."))
        #expect(String(decoding: try cli.data("october.yaml"), as: UTF8.self) == "my own edits\n")

        let forced = try cli.run(["agenda", "new", "october.yaml", "--template", "planning-workshop", "--force"])
        #expect(forced.status == 0)
        #expect(String(decoding: try cli.data("october.yaml"), as: UTF8.self).contains("Planning workshop"))
        #expect(cli.files() == ["october.yaml"])
    }

    @Test func unknownTemplateIsExplainedWithTheClosestName() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["agenda", "new", "a.yaml", "--template", "lived-experience-pannel"])
        #expect(result.status == 2)
        #expect(result.errors.contains("Did you mean 'lived-experience-panel'?"))
        #expect(cli.files().isEmpty)
    }

    @Test func everyTemplateLintsWithoutErrors() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        for template in ["community-of-practice", "lived-experience-panel", "planning-workshop"] {
            _ = try cli.run(["agenda", "new", "\(template).yaml", "--template", template])
            let lint = try cli.run(["agenda", "lint", "\(template).yaml", "--fail-on", "warning"])
            #expect(lint.status == 0, "\(template): \(lint.output)")
            #expect(lint.output.contains("no problems found"))
        }
    }

    @Test func lintPrintsFindingsWithLineColumnAndFixAndExitsOnErrors() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("agenda.yaml", agenda)
        let clean = try cli.run(["agenda", "lint", "agenda.yaml"])
        #expect(clean.status == 0)
        #expect(clean.output.contains("The items take 115 minutes of the 120-minute slot (10:00 to 12:00), leaving 5 minutes spare."))

        try cli.write("long.yaml", agenda.replacingOccurrences(of: "minutes: 35", with: "minutes: 45"))
        let long = try cli.run(["agenda", "lint", "long.yaml"])
        #expect(long.status == 1)
        #expect(long.output.contains("long.yaml line 15, column 5: error: The items run 5 minutes past the end time 12:00"))
        #expect(long.output.contains("Fix: Take 5 minutes off the items"))
        #expect(long.output.contains("[agenda-overrun]"))
        #expect(!long.output.contains("\u{1B}["), "no colour when the output is not a terminal")

        try cli.write("tight.yaml", agenda.replacingOccurrences(of: "minutes: 35", with: "minutes: 38"))
        let warningOnly = try cli.run(["agenda", "lint", "tight.yaml"])
        #expect(warningOnly.status == 0)
        #expect(warningOnly.output.contains("warning: Only 2 minutes are spare"))
        #expect(try cli.run(["agenda", "lint", "tight.yaml", "--fail-on", "warning"]).status == 1)
        #expect(try cli.run(["agenda", "lint", "long.yaml", "--fail-on", "never"]).status == 0)
    }

    @Test func lintPrintsJSON() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("agenda.yaml", agenda.replacingOccurrences(of: "Guest session", with: "Update from the ICB"))
        let result = try cli.run(["agenda", "lint", "agenda.yaml", "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["slack"] as? Int == 5)
        #expect((json["items"] as? [[String: Any]])?.first?["start"] as? String == "10:00")
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["rule"] as? String == "acronym-unexplained")
        let location = try #require(diagnostics.first?["location"] as? [String: Any])
        #expect((location["position"] as? [String: Int]) == ["line": 11, "column": 29])
    }

    @Test func teamGlossaryIsFoundAboveTheAgendaOrGivenWithAnOption() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("agenda.yaml", agenda.replacingOccurrences(of: "Guest session", with: "Update from the ICB"))
        #expect(try cli.run(["agenda", "lint", "agenda.yaml"]).output.contains("[acronym-unexplained]"))
        try cli.write("allow.yaml", "allow: [ICB]\n")
        #expect(!(try cli.run(["agenda", "lint", "agenda.yaml", "--glossary", "allow.yaml"])).output.contains("[acronym-unexplained]"))
        try FileManager.default.createDirectory(at: cli.folder.appendingPathComponent(".roundtable"), withIntermediateDirectories: true)
        try cli.write(".roundtable/glossary.yaml", "allow: [ICB]\n")
        #expect(!(try cli.run(["agenda", "lint", "agenda.yaml"])).output.contains("[acronym-unexplained]"))
    }

    @Test func buildWritesEveryFormatNamedAfterTheAgenda() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("october.yaml", agenda)
        let result = try cli.run(["agenda", "build", "october.yaml"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(cli.files(in: "Exports") == ["october.docx", "october.fodt", "october.html", "october.ics", "october.md", "october.txt"])
        #expect(result.output.contains("Wrote Exports/october.ics"))
        let ics = String(decoding: try cli.data("Exports/october.ics"), as: UTF8.self)
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\n") && ics.contains("DTSTART;TZID=Europe/London:20261014T100000\r\n"))
        let html = String(decoding: try cli.data("Exports/october.html"), as: UTF8.self)
        #expect(html.contains("<title>Getting leaders on board</title>"))
        #expect(!html.contains("Keep the guest to time."))

        let facilitator = try cli.run(["agenda", "build", "october.yaml", "--facilitator", "--to", "md", "-o", "mine"])
        #expect(facilitator.status == 0)
        #expect(cli.files(in: "mine") == ["october-facilitator.md"])
        #expect(String(decoding: try cli.data("mine/october-facilitator.md"), as: UTF8.self).contains("Keep the guest to time."))
    }

    @Test func buildWritesLetterPagesWhenAsked() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("october.yaml", agenda)
        let result = try cli.run(["agenda", "build", "october.yaml", "--to", "docx", "--page-size", "letter"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(try cli.docxPageSize("Exports/october.docx") == ["12240", "15840"])
    }

    @Test func buildIsDeterministic() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("october.yaml", agenda)
        _ = try cli.run(["agenda", "build", "october.yaml", "-o", "one"])
        _ = try cli.run(["agenda", "build", "october.yaml", "-o", "two"])
        for name in ["html", "docx", "fodt", "md", "txt", "ics"].map({ "october." + $0 }) {
            #expect(try cli.data("one/" + name) == cli.data("two/" + name), "\(name) differs between runs")
        }
    }

    @Test func buildRefusesAnAgendaWithErrorsAndWritesNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("long.yaml", agenda.replacingOccurrences(of: "minutes: 35", with: "minutes: 45"))
        let result = try cli.run(["agenda", "build", "long.yaml"])
        #expect(result.status == 1)
        #expect(result.errors.contains("error: The items run 5 minutes past the end time 12:00"))
        #expect(result.errors.contains("long.yaml: 1 error to fix before this agenda can be published, so nothing was written."))
        #expect(cli.files() == ["long.yaml"])
    }

    /// Each bad input gives exit code 2, one message naming the file with its line and column, and no output.
    @Test(arguments: [
        ("title: [unclosed\n", "bad.yaml line 2, column 1: This YAML could not be read"),
        ("title: T\ndate: 2026-10-14\nstart: \"10:00\"\nend: \"12:00\"\nitems:\n  - {title: A, kind: welcome, minuts: 5}\n",
         "bad.yaml line 6, column 31: Item 1 ('A') has a detail called 'minuts' that Roundtable does not know. Did you mean 'minutes'?"),
        ("title: T\ndate: 2026-10-14\nstart: \"10:00\"\nend: \"12:00\"\nitems:\n  - {title: A, kind: welcome, minutes: 0}\n",
         "bad.yaml line 6, column 40: 'minutes' in item 1 ('A') is 0"),
        ("title: T\ndate: 2026-10-14\nstart: \"10:00\"\nend: \"12:00\"\ntime-zone: Europe/Londres\nitems:\n  - {title: A, kind: welcome, minutes: 5}\n",
         "bad.yaml line 5, column 12: 'Europe/Londres' is not a time zone Roundtable knows. Did you mean 'Europe/London'?"),
        ("title: T\ndate: 2026-10-14\nstart: \"12:00\"\nend: \"10:00\"\nitems:\n  - {title: A, kind: welcome, minutes: 5}\n",
         "bad.yaml line 4, column 1: The end time 10:00 is not after the start time 12:00."),
        ("title: T\ndate: 2027-02-29\nstart: \"10:00\"\nend: \"12:00\"\nitems:\n  - {title: A, kind: welcome, minutes: 5}\n",
         "bad.yaml line 2, column 7: 'date' in the agenda is 2027-02-29, a day that does not exist"),
        ("title: T\ndate: 2026-10-14\nstart: \"23:00\"\nend: \"23:30\"\nitems:\n  - {title: A, kind: welcome, minutes: 90}\n",
         "bad.yaml line 6, column 5: The item 'A' (from 23:00) would run past midnight."),
    ] as [(String, String)])
    func badAgendaIsExplainedWithExitCodeTwoAndNoOutput(text: String, message: String) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("bad.yaml", text)
        for command in [["agenda", "lint", "bad.yaml"], ["agenda", "build", "bad.yaml"]] {
            let result = try cli.run(command)
            #expect(result.status == 2)
            #expect(result.errors.hasPrefix("roundtable: " + message), "got: \(result.errors)")
            #expect(result.errors.split(separator: "\n").count == 1)
            #expect(!result.errors.contains("Fatal error"))
        }
        #expect(cli.files() == ["bad.yaml"])
    }

    @Test func missingFileAndUnknownFormatAreUsageErrors() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let missing = try cli.run(["agenda", "lint", "nope.yaml"])
        #expect(missing.status == 2 && missing.errors.contains("nope.yaml: There is no file with this name."))
        try cli.write("october.yaml", agenda)
        let format = try cli.run(["agenda", "build", "october.yaml", "--to", "rtf"])
        #expect(format.status == 2 && format.errors.contains("Roundtable cannot write an agenda as 'rtf'. Choose from: html, docx, fodt, md, txt, pdf, ics"))
        let level = try cli.run(["agenda", "lint", "october.yaml", "--fail-on", "sometimes"])
        #expect(level.status == 2 && level.errors.contains("Please provide one of 'info', 'warning', 'error' or 'never'."))
        #expect(cli.files() == ["october.yaml"])
    }

    @Test func helpExplainsTheAgendaCommands() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let help = try cli.run(["agenda", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("roundtable agenda new october.yaml --template community-of-practice"))
        #expect(help.output.contains("new") && help.output.contains("lint") && help.output.contains("build"))
        let rules = try cli.run(["agenda", "rules"])
        #expect(rules.status == 0)
        #expect(rules.output.contains("agenda-break-missing (warning): A break of at least 10 minutes comes at least every 60 minutes"))
        #expect(rules.output.contains("label (error):"))
    }
}
