import Foundation
import Testing
import TestSupport

/// The resource pack end to end: a session set up through the CLI, published, and searched for
/// names of people who have not agreed to be named, in every XML part of the DOCX, in the FODT
/// and in the HTML.
@Suite(.serialized, .tags(.slow)) struct PublishCommandTests {
    static let example = ProjectFiles.root.appendingPathComponent("Resources/example")
    static let hiddenNames = ["Jordan Ellis", "Jordan", "Ellis", "Dev Patel", "Patel", "Alison Grey", "Alison", "Tomasz", "Ruth Adeyemi", "Owen Price"]

    /// A session with the example's people, attendance and turns, in a database in the test folder.
    func session(_ cli: CLIRunner) throws {
        for name in ["language-session-notes.md", "language-session-agenda.yaml", "language-session-people.csv", "language-session-transcript.vtt"] {
            try cli.write(name, try Data(contentsOf: Self.example.appendingPathComponent(name)))
        }
        let steps: [[String]] = [
            ["session", "add", "Language: saying what we mean", "--theme", "Language", "--date", "2026-10-14", "--db", "t.sqlite", "--create"],
            ["register", "1", "--csv", "language-session-people.csv", "--db", "t.sqlite"],
            ["attend", "1", "Sam Okafor", "Dee Marsh", "Priya Shah", "Jordan Ellis", "Dev Patel", "Lena Novak", "Grace Obi", "Morgan Reid",
             "Alison Grey", "Marcus Bell", "Ruth Adeyemi", "Owen Price", "Hannah Cole", "Ben Sutton", "Farah Aziz", "Liam Doyle",
             "Kit Walsh", "Tomasz Wilk", "--db", "t.sqlite"],
            ["turns", "import", "1", "language-session-transcript.vtt", "--start", "10:00", "--db", "t.sqlite"],
        ]
        for step in steps {
            let result = try cli.run(step)
            #expect(result.status == 0, "\(step): \(result.errors)")
        }
    }

    @Test func packHasEverySectionAndNamesNobodyWithoutConsent() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try session(cli)
        let result = try cli.run(["publish", "1", "--notes", "language-session-notes.md", "--agenda", "language-session-agenda.yaml", "--db", "t.sqlite", "-o", "pack"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Dev Patel → “an expert by experience”"))
        #expect(result.output.contains("Written out at first use: ICB → “Integrated Care Board (ICB)”."))
        #expect(cli.files(in: "pack") == ["language-session-notes-pack.docx", "language-session-notes-pack.fodt", "language-session-notes-pack.html"])

        let html = String(decoding: try cli.data("pack/language-session-notes-pack.html"), as: UTF8.self)
        let fodt = String(decoding: try cli.data("pack/language-session-notes-pack.fodt"), as: UTF8.self)
        let docxParts = try ZIPParts.unzip(try cli.data("pack/language-session-notes-pack.docx")).mapValues { String(decoding: $0, as: UTF8.self) }
        let document = docxParts["word/document.xml"] ?? ""
        for text in [html, fodt, document] {
            for section in ["About this session", "What we talked about", "Words we used", "Speaking balance", "The agenda", "How to get involved"] {
                #expect(text.contains(section), "missing \(section)")
            }
            #expect(text.contains("hard to reach") && text.contains("Integrated Care Board"))
            #expect(text.contains("Experts by experience were"))
            #expect(text.contains("Priya Shah"), "a person who agreed to be named keeps their name")
        }
        #expect(html.contains("18 people came; 7 of them are experts by experience."))
        for name in Self.hiddenNames {
            #expect(!html.contains(name), "\(name) in the HTML")
            #expect(!fodt.contains(name), "\(name) in the FODT")
            for (part, text) in docxParts where part.hasSuffix(".xml") || part.hasSuffix(".rels") {
                #expect(!text.contains(name), "\(name) in \(part)")
            }
        }
    }

    /// `--toc` lists the pack's sections, with the notes' own headings under "What we talked about".
    @Test func tocListsThePackSectionsWithTheNotesHeadingsUnderTheirs() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try session(cli)
        let result = try cli.run(["publish", "1", "--notes", "language-session-notes.md", "--toc", "--to", "html,docx", "--db", "t.sqlite", "-o", "pack"])
        #expect(result.status == 0, "\(result.errors)")
        let html = try #require(XMLProbe(try cli.data("pack/language-session-notes-pack.html")))
        #expect(html.strings("//nav/ol/li/a") == ["About this session", "What we talked about", "Words we used", "Speaking balance", "How to get involved"])
        #expect(html.strings("//nav/ol/li[a = 'What we talked about']/ol/li/a").contains("Why language matters"))
        let word = try #require(try ZIPParts.unzip(try cli.data("pack/language-session-notes-pack.docx"))["word/document.xml"].flatMap { XMLProbe($0) })
        #expect(word.strings("//w:sdtContent/w:p/w:hyperlink") == html.strings("//nav//a"))
    }

    @Test func checkOnlyListsWhatWouldChangeAndWritesNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try session(cli)
        let result = try cli.run(["publish", "1", "--notes", "language-session-notes.md", "--check-only", "--db", "t.sqlite", "-o", "pack"])
        #expect(result.status == 1)
        #expect(result.output.contains("Names replaced, because no consent to be named is recorded:"))
        #expect(result.output.contains("Jordan Ellis → “an expert by experience”"))
        #expect(result.output.contains("Not written out, because it has more than one meaning: MDT"))
        #expect(result.output.contains("Wording still to look at in language-session-notes.md"))
        // The findings as 'agenda lint' shows them: place, severity word, message, fix and rule id.
        #expect(result.output.contains(": error: “service user” can label or blame people."), "\(result.output)")
        #expect(result.output.contains("Fix: Try: person who uses the service; people who use our services; member. [label]"))
        #expect(!result.output.contains("\u{1B}["), "no colour when not on a terminal")
        #expect(cli.files(in: "pack").isEmpty)
    }

    @Test func strictRefusesWhileJargonRemains() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try session(cli)
        let result = try cli.run(["publish", "1", "--notes", "language-session-notes.md", "--strict", "--db", "t.sqlite", "-o", "pack"])
        #expect(result.status == 1)
        #expect(result.errors.contains("Nothing was published"))
        #expect(cli.files(in: "pack").isEmpty)
    }

    @Test func easyReadPackUsesLargerType() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try session(cli)
        let result = try cli.run(["publish", "1", "--notes", "language-session-notes.md", "--easy-read", "--to", "docx", "--db", "t.sqlite", "-o", "pack"])
        #expect(result.status == 0, "\(result.errors)")
        let stylesPart = try #require(try ZIPParts.unzip(try cli.data("pack/language-session-notes-pack.docx"))["word/styles.xml"])
        let styles = try #require(XMLProbe(stylesPart))
        // 14-point type (28 half-points) for the whole document, not only for a heading style.
        #expect(styles.string("//w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val") == "28")
    }

    @Test func packIsWrittenOnLetterPagesWhenAsked() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try session(cli)
        let result = try cli.run(["publish", "1", "--notes", "language-session-notes.md", "--page-size", "letter", "--to", "docx", "--db", "t.sqlite", "-o", "pack"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(try cli.docxPageSize("pack/language-session-notes-pack.docx") == ["12240", "15840"])
    }

    @Test func demoIsDeterministicAndMatchesTheCommittedExports() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo", "-o", "one"]).status == 0)
        let result = try cli.run(["demo", "-o", "two"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Wrote two/language-session-pack.docx"))
        let names = cli.files(in: "one")
        #expect(names.count == 18, "the agenda (4 files), the pack (3), the series report (3), the programme (4) and January's agenda (4)")
        #expect(result.output.contains("- Access needs: 2 people registered for January told us what helps; January's agenda plans for them."))
        for name in names {
            let one = try cli.data("one/" + name)
            #expect(one == (try cli.data("two/" + name)), "\(name) differs between runs")
            let committed = ProjectFiles.root.appendingPathComponent("Exports/" + name)
            #expect(one == (try? Data(contentsOf: committed)), "Exports/\(name) is not what 'roundtable demo' writes now: run it and commit Exports/")
        }
    }
}
