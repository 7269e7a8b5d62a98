import Foundation
import Testing
import TestSupport

/// `roundtable actions` and `agenda build --actions` run as a facilitator would, on a real database.
@Suite(.tags(.slow)) struct ActionsCommandTests {
    func setUp(_ cli: CLIRunner) throws {
        for step: [String] in [
            ["session", "add", "October", "--date", "2026-10-14"],
            ["people", "add", "Amira Khan", "--role", "expert by experience", "--consent", "no"],
        ] {
            let result = try cli.run(step + ["--db", "t.sqlite", "--create"])
            #expect(result.status == 0, "\(step): \(result.errors)")
        }
    }

    func add(_ cli: CLIRunner, _ extra: [String] = []) throws -> CLIRunner.Result {
        try cli.run(["actions", "add", "October", "--raised-by-role", "expert", "--raised", "Letters still say 'failed to engage'",
                     "--action", "Rewrite the letter with the group", "--owner", "Housing options team", "--due", "2027-01-15",
                     "--db", "t.sqlite"] + extra)
    }

    @Test func addListAndUpdateAnAction() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try setUp(cli)
        let empty = try cli.run(["actions", "list", "--db", "t.sqlite"])
        #expect(empty.status == 0 && empty.output.contains("There are no actions yet. Record one with: roundtable actions add"))

        let added = try add(cli, ["--raised-by", "amira khan"])
        #expect(added.status == 0, "\(added.errors)")
        #expect(added.output.contains("Recorded action 1 for session 1: Rewrite the letter with the group (Housing options team, due by 15 January 2027)."))
        #expect(added.output.contains("Amira Khan has not agreed to be named, so what you share says \"an expert by experience\"."))

        let list = try cli.run(["actions", "list", "1", "--open", "--db", "t.sqlite"])
        let lines = list.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("No.  Session  Raised by") == true)
        #expect(lines.count == 3)
        #expect(lines[2].contains("Amira Khan (expert by experience), not to be named") && lines[2].contains("2027-01-15"))

        let done = try cli.run(["actions", "update", "1", "--status", "done", "--we-did", "The new letter went out.", "--db", "t.sqlite"])
        #expect(done.status == 0, "\(done.errors)")
        #expect(done.output.contains("Action 1 is now done"))
        let open = try cli.run(["actions", "list", "--open", "--db", "t.sqlite"])
        #expect(open.output.contains("There are no open actions yet."))
        let all = try cli.run(["actions", "list", "--db", "t.sqlite"])
        #expect(all.output.contains("done: The new letter went out."))
    }

    @Test func badInputIsRefusedWithAClearMessageAndChangesNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try setUp(cli)
        #expect(try add(cli).status == 0)
        let before = try cli.run(["actions", "list", "--db", "t.sqlite"]).output
        let cases: [([String], String)] = [
            (["actions", "update", "1", "--status", "done"], "Say what changed"),
            (["actions", "update", "1", "--status", "not-possible"], "Say why it cannot be done"),
            (["actions", "update", "1"], "Say what to change"),
            (["actions", "update", "1", "--we-did", "x"], "go with a status"),
            (["actions", "update", "1", "--status", "donne", "--we-did", "x"], "Did you mean 'done'?"),
            (["actions", "update", "1", "--due", "15/01/2027"], "Write it as year-month-day"),
            (["actions", "update", "9", "--due", "2027-02-01"], "There is no action number 9."),
            (["actions", "update", "1", "--status", "done", "--we-did", "  "], "Say what changed"),
            (["actions", "add", "Octobre", "--raised-by-role", "expert", "--raised", "x", "--action", "y", "--owner", "z", "--due", "2027-01-15"],
             "Did you mean 'October'?"),
            (["actions", "add", "1", "--raised-by-role", "expert", "--raised-by", "Amira Kahn", "--raised", "x", "--action", "y", "--owner", "z",
              "--due", "2027-01-15"], "Did you mean 'Amira Khan'?"),
            (["actions", "add", "1", "--raised-by-role", "boss", "--raised", "x", "--action", "y", "--owner", "z", "--due", "2027-01-15"],
             "Choose from: expert by experience"),
            (["actions", "add", "1", "--raised-by-role", "expert", "--raised", "x", "--action", "y", "--owner", " ", "--due", "2027-01-15"],
             "The action needs who will do it"),
        ]
        for (arguments, message) in cases {
            let result = try cli.run(arguments + ["--db", "t.sqlite"])
            #expect(result.status == 2, "\(arguments)")
            #expect(result.errors.contains(message), "\(arguments): \(result.errors)")
        }
        #expect(try cli.run(["actions", "list", "--db", "t.sqlite"]).output == before, "nothing changed")
    }

    @Test func agendaBuildWithActionsAddsTheItemAndHidesNames() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try setUp(cli)
        #expect(try cli.run(["actions", "add", "1", "--raised-by-role", "expert", "--raised-by", "Amira Khan", "--raised", "Amira Khan asked for shorter letters",
                             "--action", "Shorten the letters", "--owner", "Housing options team", "--due", "2027-01-15", "--db", "t.sqlite"]).status == 0)
        #expect(try cli.run(["agenda", "new", "a.yaml"]).status == 0)
        let template = String(decoding: try cli.data("a.yaml"), as: UTF8.self)
        try cli.write("january.yaml", template.replacingOccurrences(of: "minutes: 30", with: "minutes: 20"))
        let lint = try cli.run(["agenda", "lint", "january.yaml", "--actions", "--db", "t.sqlite"])
        #expect(lint.output.contains("Added \"Actions from last time\" with 1 open action (5 minutes)."), "\(lint.output)")
        let json = try cli.run(["agenda", "lint", "january.yaml", "--actions", "--db", "t.sqlite", "--format", "json"])
        #expect(json.output.hasPrefix("{") && json.output.contains("Actions from last time"))

        let build = try cli.run(["agenda", "build", "january.yaml", "--actions", "--db", "t.sqlite", "--to", "md", "-o", "out"])
        #expect(build.status == 0, "\(build.errors)")
        let text = String(decoding: try cli.data("out/january.md"), as: UTF8.self)
        #expect(text.contains("Actions from last time"))
        #expect(text.contains("An expert by experience said: an expert by experience asked for shorter letters"))
        #expect(!text.contains("Amira") && !text.contains("Khan"))

        let plain = try cli.run(["agenda", "build", "january.yaml", "--to", "md", "-o", "plain"])
        #expect(!String(decoding: try cli.data("plain/january.md"), as: UTF8.self).contains("Actions from last time"), "only with --actions")
    }
}
