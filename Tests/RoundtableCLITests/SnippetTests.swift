import Foundation
import Testing
import TestSupport

/// The example programs in Snippets/, shown in the API documentation's getting-started articles,
/// run on real files: the code a reader copies does what the article says.
@Suite(.tags(.slow)) struct SnippetTests {
    @Test func checkAndExportPrintsFindingsWithTheirPlaceAndWritesTheDocuments() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("notes.md", "# Notes\n\nWe will leverage the ICB going forward.\n")
        let result = try cli.run(["notes.md", "out"], program: "CheckAndExport")
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("notes.md line 3, column 9: “leverage” is jargon"))
        #expect(result.output.contains("“ICB” is not explained. It stands for Integrated Care Board."))
        #expect(result.output.contains("Reading age: about"))
        #expect(cli.files(in: "out") == ["notes.docx", "notes.html"])
        #expect(String(decoding: try cli.data("out/notes.html"), as: UTF8.self).contains("We will leverage the ICB going forward."))
    }

    @Test func checkAndExportExplainsAMissingFileAndWritesNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["missing.md", "out"], program: "CheckAndExport")
        #expect(result.status == 1)
        #expect(result.output.contains("missing.md: There is no file with this name."))
        #expect(cli.files().isEmpty)
    }

    @Test func exportDocumentTurnsAWordFileIntoThreeDocumentsWithItsHeadingsAndTable() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let fixture = ProjectFiles.root.appendingPathComponent("Tests/DocumentsTests/Fixtures/python-docx.docx")
        try cli.write("letter.docx", try Data(contentsOf: fixture))
        let result = try cli.run(["letter.docx", "out"], program: "ExportDocument")
        #expect(result.status == 0, "\(result.errors)")
        #expect(cli.files(in: "out") == ["letter.docx", "letter.fodt", "letter.html"])
        let page = String(decoding: try cli.data("out/letter.html"), as: UTF8.self)
        #expect(page.contains("<h2>Why it matters</h2>"))
        #expect(page.contains("<th scope=\"col\">Who</th>"))
    }

    @Test func publishAgendaPrintsTheTimesAndWritesAPageAndAnInvite() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let agenda = ProjectFiles.root.appendingPathComponent("Resources/example/language-session-agenda.yaml")
        try cli.write("agenda.yaml", try Data(contentsOf: agenda))
        let result = try cli.run(["agenda.yaml", "out"], program: "PublishAgenda")
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("10:00–10:15  Welcome and check-in\n"))
        #expect(cli.files(in: "out") == ["agenda.html", "agenda.ics"])
        #expect(String(decoding: try cli.data("out/agenda.ics"), as: UTF8.self).contains("BEGIN:VEVENT"))
    }

    @Test func sessionBalanceReportsTheVoicesWithoutNamingPeopleWhoDidNotConsent() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let steps: [[String]] = [
            ["session", "add", "Language", "--date", "2026-10-14", "--create"],
            ["people", "add", "Sam Jones", "--role", "expert by experience", "--consent", "yes", "--date", "2026-10-01"],
            ["people", "add", "Priya Patel", "--role", "professional", "--organisation", "Council"],
            ["attend", "1", "Sam Jones", "Priya Patel"],
            ["turns", "start", "1", "Sam Jones"],
            ["turns", "start", "1", "Priya Patel"],
            ["turns", "stop", "1"],
        ]
        for step in steps {
            let result = try cli.run(step + ["--db", "rt.sqlite"])
            #expect(result.status == 0, "\(step): \(result.errors)")
        }
        let result = try cli.run(["rt.sqlite", "Language", "out"], program: "SessionBalance")
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Experts by experience were 50 % of the people present"))
        #expect(cli.files(in: "out") == ["balance.html"])
        let page = String(decoding: try cli.data("out/balance.html"), as: UTF8.self)
        #expect(page.contains("Sam Jones"))
        for secret in ["Priya", "Council"] {
            #expect(!page.contains(secret) && !result.output.contains(secret))
        }
    }
}
