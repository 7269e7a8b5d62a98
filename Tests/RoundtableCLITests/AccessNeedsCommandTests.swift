import Foundation
import Testing
import TestSupport

/// `roundtable people needs` and `agenda lint|build --access-needs`, as a facilitator runs them.
/// `PrivateRecordsTests` proves the needs reach no document that is sent out or published.
@Suite(.serialized, .tags(.slow)) struct AccessNeedsCommandTests {
    static let agenda = """
        title: Language
        date: 2026-10-14
        start: "10:00"
        end: "12:00"
        where: {online: Zoom, link: "https://example.zoom.us/j/1"}
        contact: {name: Sam Khan, email: sam@example.org}
        papers-by: 2026-10-07
        access: [captions]
        items:
          - {title: Welcome, kind: welcome, minutes: 10}
          - {title: Ground rules, kind: ground-rules, minutes: 5}
          - {title: Talk, kind: discussion, minutes: 45, leads: [{name: Rosa Lind, role: expert by experience}]}
          - {title: Break, kind: break, minutes: 10}
          - {title: Groups, kind: breakout, minutes: 30}
          - {title: Close, kind: close, minutes: 10}
        """

    func setUp(_ cli: CLIRunner) throws {
        try cli.write("agenda.yaml", Self.agenda)
        try cli.write("notes.md", "# Notes\n\nRosa Lind and Ben Carr spoke about letters.\n")
        let steps: [[String]] = [
            ["session", "add", "Language", "--date", "2026-10-14"],
            ["people", "add", "Rosa Lind", "--role", "expert by experience", "--consent", "yes"],
            ["people", "add", "Ben Carr", "--role", "professional", "--consent", "yes"],
            ["people", "add", "Cy Ray", "--role", "guest", "--consent", "no"],
            ["register", "1", "Rosa Lind", "Ben Carr", "Cy Ray"],
            ["attend", "1", "Rosa Lind", "Ben Carr"],
            ["people", "needs", "Rosa Lind", "papers-early=xylo two weeks", "bsl", "--agreed", "--date", "2026-09-01"],
            ["people", "needs", "Ben Carr", "other=zephyr quiet room", "captions", "--agreed"],
        ]
        for step in steps {
            let result = try cli.run(step + ["--db", "t.sqlite", "--create"])
            #expect(result.status == 0, "\(step): \(result.errors)")
        }
    }

    @Test func needsAreKeptOnlyWithAgreementAndCanBeForgotten() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try setUp(cli)
        let refused = try cli.run(["people", "needs", "Cy Ray", "large-print", "--db", "t.sqlite"])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("keeps access needs only when the person agrees"))
        #expect(try cli.run(["people", "needs", "Cy Ray", "--db", "t.sqlite"]).output.contains("No access needs are kept for Cy Ray"))
        let typo = try cli.run(["people", "needs", "Cy Ray", "larg-print", "--agreed", "--db", "t.sqlite"])
        #expect(typo.status == 2)
        #expect(typo.errors.contains("Did you mean 'large-print'?"))
        let shown = try cli.run(["people", "needs", "Rosa Lind", "--db", "t.sqlite"])
        #expect(shown.output.contains("Rosa Lind agreed on 1 September 2026 that we keep: a British Sign Language interpreter; papers early: xylo two weeks."))
        #expect(try cli.run(["people", "needs", "Rosa Lind", "--forget", "--db", "t.sqlite"]).output.contains("Removed the access needs kept for Rosa Lind."))
        #expect(try cli.run(["people", "needs", "Rosa Lind", "--db", "t.sqlite"]).output.contains("No access needs are kept"))
    }

    @Test func theAgendaIsCheckedAgainstTheNeedsWithoutNamingAnyone() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try setUp(cli)
        let plain = try cli.run(["agenda", "lint", "agenda.yaml"])
        #expect(!plain.output.contains("agenda-access-not-planned"), "without --access-needs the database is not read")
        let lint = try cli.run(["agenda", "lint", "agenda.yaml", "--access-needs", "--db", "t.sqlite", "--format", "json"])
        #expect(lint.status == 0, "\(lint.errors)")
        #expect(lint.output.contains("agenda-papers-early-needed"))
        #expect(lint.output.contains("1 person registered needs a British Sign Language interpreter"))
        #expect(!lint.output.contains("captions, but"), "captions are listed under access")
        for name in ["Rosa", "Ben", "xylo", "zephyr"] {
            #expect(!lint.output.contains(name), "the findings count people; they do not name them or quote them")
        }
        let elsewhere = try cli.run(["agenda", "lint", "agenda.yaml", "--access-needs", "--db", "t.sqlite"], environment: [:])
        #expect(elsewhere.output.contains("2 people registered for 'Language' (session 1) have told us of access needs"))
        try cli.write("december.yaml", Self.agenda.replacingOccurrences(of: "2026-10-14", with: "2026-12-02"))
        let noSession = try cli.run(["agenda", "lint", "december.yaml", "--access-needs", "--db", "t.sqlite"])
        #expect(noSession.status == 2)
        #expect(noSession.errors.contains("No session on 2 December 2026 is in the database"))
    }
}
