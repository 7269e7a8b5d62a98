import Documents
import Foundation
import Testing
import TestSupport

/// The names that leaked from `roundtable publish` before, tried through the command as a
/// careless user or an attacker would, and searched for in every part of every format.
@Suite(.serialized, .tags(.slow)) struct PublishPrivacyTests {
    static let notes = """
    ---
    title: Notes by amira khan
    summary: What AMIRA and Zoe told us.
    language: amira-khan
    ---

    # Notes

    AMIRA spoke. We heard amira
    khan and Am**ira** and AmiraKhan and amira_khan.

    | Who | Said |
    | --- | --- |
    | AMIRA | yes |

    Zoe\u{0308}, Zoe, ZOË and zoë came. Siobhan O’Neill came. Okafor, Dee came too.

    Mail amira.khan@example.org or see <https://example.org/people/amira> or www.example.org/amira-khan.
    [profile](https://example.org/people/Zo%C3%AB) and [page](https://example.org/%41mira).

    Sam Khan chaired. Will we meet again? We will. Will Young came.

    """

    static let agenda = """
    title: Language
    date: 2026-10-14
    start: "10:00"
    end: "12:00"
    where: {online: Zoom, link: "https://example.zoom.us/j/1?who=amira"}
    organisers: [Sam Khan]
    contact: {name: Sam Khan, email: amira.khan@example.org}
    items:
      - {title: Welcome, kind: check-in, minutes: 15, leads: [{name: amira, role: expert by experience}]}
      - {title: Ground rules, kind: ground-rules, minutes: 5}
      - {title: Talk with Morgan Reid, kind: discussion, minutes: 40, leads: [{name: Morgan Reid, role: guest}]}
      - {title: Break, kind: break, minutes: 10}
      - {title: Close, kind: close, minutes: 10}
    """

    /// The forms of the hidden names that must not appear anywhere, in small letters.
    static let giveaways = ["amira", "zoe", "zoë", "baptiste", "siobhan", "neill", "okafor", "morgan", "reid", "%41mira", "zo%c3%ab"]

    func setUp(_ cli: CLIRunner) throws {
        try cli.write("amira-khan-interview.md", Self.notes)
        try cli.write("agenda.yaml", Self.agenda)
        let steps: [[String]] = [
            ["session", "add", "Language", "--date", "2026-10-14"],
            ["people", "add", "Amira Khan", "--role", "expert by experience", "--consent", "no"],
            ["people", "add", "Zoë Baptiste", "--role", "professional", "--consent", "no"],
            ["people", "add", "Siobhan O'Neill", "--role", "expert by experience", "--consent", "no"],
            ["people", "add", "Dee\u{00A0}Okafor", "--role", "guest", "--consent", "no"],
            ["people", "add", "Sam Khan", "--role", "facilitator", "--consent", "yes"],
            ["people", "add", "Will Young", "--role", "professional", "--consent", "no"],
            ["register", "1", "Amira Khan", "Sam Khan", "Will Young"],
            // "What you told us and what we did": an action raised by someone without consent, whose words name others without it.
            ["actions", "add", "1", "--raised-by-role", "expert", "--raised-by", "Amira Khan", "--raised", "AMIRA said letters from Zoë Baptiste's team were cold",
             "--action", "Ask Siobhan O’Neill to rewrite them", "--owner", "Housing options team", "--due", "2027-01-15"],
        ]
        for step in steps {
            let result = try cli.run(step + ["--db", "t.sqlite", "--create"])
            #expect(result.status == 0, "\(step): \(result.errors)")
        }
    }

    @Test func noFormOfAHiddenNameReachesAnyFormatOrTheFileName() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try setUp(cli)
        // The PDF too, where LibreOffice is installed to make it.
        let pdf = LibreOffice.program != nil
        let result = try cli.run(["publish", "1", "--notes", "amira-khan-interview.md", "--agenda", "agenda.yaml",
                                  "--to", "html,docx,fodt,md,txt" + (pdf ? ",pdf" : ""), "--db", "t.sqlite", "-o", "pack"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(cli.files(in: "pack") == ["session-1-pack.docx", "session-1-pack.fodt", "session-1-pack.html", "session-1-pack.md"]
                + (pdf ? ["session-1-pack.pdf"] : []) + ["session-1-pack.txt"])
        if pdf {
            let text = try cli.texts(in: "pack")["session-1-pack.pdf:text"] ?? ""
            #expect(text.contains("Sam Khan chaired."), "pdftotext reads the PDF's words")
        }
        #expect(result.output.contains("so the pack is called 'session-1-pack' instead"))
        let texts = try cli.texts(in: "pack")
        #expect(texts.count > 5)
        for (file, text) in texts {
            let folded = text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
                .filter { !$0.properties.isDiacritic }.map(String.init).joined()
            for giveaway in Self.giveaways {
                #expect(!folded.contains(giveaway), "'\(giveaway)' is in \(file)")
            }
            #expect(!text.contains("lang=\"amira") && !text.contains(">amira-khan<"), "the language field leaked in \(file)")
        }
        let txt = (texts["session-1-pack.txt"] ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(txt.contains("Sam Khan chaired."), "a person who agreed keeps their name, although a hidden person shares the surname")
        #expect(txt.contains("We will."), "an everyday word in small letters is kept")
        #expect(txt.contains("We heard an expert by experience and an expert by experience"), "a full name over a line break is one replacement")
        #expect(!txt.contains("Young"))
        #expect(txt.contains("What you told us and what we did"))
        #expect(txt.contains("An expert by experience: an expert by experience said letters from a professional"), "\(txt)")
    }

    @Test func checkOnlyListsWhatToLookAtAndWritesNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try setUp(cli)
        let result = try cli.run(["publish", "1", "--notes", "amira-khan-interview.md", "--check-only", "--db", "t.sqlite", "-o", "pack"])
        #expect(result.status == 1)
        #expect(cli.files(in: "pack").isEmpty)
        #expect(result.output.contains("'Will' (line 21), in “Will we meet”, was replaced"))
        #expect(result.output.contains("<!-- roundtable: keep Will we meet -->"))
        #expect(result.output.contains("'will' in small letters (once) was kept as an everyday word"))
        #expect(result.output.contains("The address 'amira.khan@example.org' (line 18) holds the name of Amira Khan"))
        #expect(result.output.contains("'Khan' is part of the name of Amira Khan, who has not agreed to be named, and of Sam Khan, who has."))
        #expect(result.output.contains("The notes give the language as 'amira-khan'"))
    }

    @Test func aKeepCommentKeepsAPhrase() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try setUp(cli)
        try cli.write("notes.md", "Will we meet again? Will Young came.\n\n<!-- roundtable: keep Will we meet -->\n")
        let result = try cli.run(["publish", "1", "--notes", "notes.md", "--to", "txt", "--db", "t.sqlite", "-o", "pack"])
        #expect(result.status == 0, "\(result.errors)")
        let text = String(decoding: try cli.data("pack/notes-pack.txt"), as: UTF8.self)
        #expect(text.contains("Will we meet again? A professional came."))
    }

    @Test func namesThatCannotBeKeptAreRefusedWithAMessage() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        for (name, message) in [("Okafor, Dee", "seems to be written surname first"), ("Amira\nKhan", "hidden control character (U+000A)"),
                                ("Evil\u{1B}[2J", "hidden control character (U+001B)"), ("Sam\u{202E}Jones", "invisible character (U+202E)")] {
            let result = try cli.run(["people", "add", name, "--role", "guest", "--db", "t.sqlite", "--create"])
            #expect(result.status == 2)
            #expect(result.errors.contains(message), "\(result.errors)")
            #expect(!result.errors.contains("\u{1B}"), "the terminal code is shown, not sent")
        }
        let list = try cli.run(["people", "list", "--db", "t.sqlite"])
        #expect(!list.output.contains("Okafor") && !list.output.contains("Evil"))
    }
}
