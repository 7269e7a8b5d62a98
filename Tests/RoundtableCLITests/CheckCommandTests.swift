import Foundation
import Testing

@Suite struct CheckCommandTests {
    let minutes = """
    # Minutes

    The ICB met the service user group.
    Our stakeholders agreed a step change.
    """

    @Test func findingsSummaryAndReadingAgeArePrinted() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("minutes.md", minutes)
        let result = try cli.run(["check", "minutes.md"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("“The [ICB] met the service user group.”"))
        #expect(result.output.contains("line 3, column 5 · acronym-unexplained"))
        #expect(result.output.contains("It stands for Integrated Care Board."))
        #expect(result.output.contains("line 3, column 17 · label"))
        #expect(result.output.contains("Summary for minutes.md: 1 label, 2 jargon words or phrases, 1 acronym not explained."))
        #expect(result.output.contains("Reading age: A reader needs a reading age of about"))
        #expect(result.output.contains("Acronyms used: ICB (Integrated Care Board), not explained."))
        #expect(!result.output.contains("\u{1B}["), "no colour when not on a terminal")
    }

    @Test func failOnSetsExitCodeOne() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("minutes.md", minutes)
        #expect(try cli.run(["check", "minutes.md", "--fail-on", "error"]).status == 1)
        try cli.write("plain.md", "We met and agreed what to do next.\n")
        #expect(try cli.run(["check", "plain.md", "--fail-on", "info"]).status == 0)
    }

    @Test func jsonIsForTools() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("minutes.md", minutes)
        let result = try cli.run(["check", "minutes.md", "--format", "json"])
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        let diagnostics = try #require(reports.first?["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.compactMap { $0["rule"] as? String } == ["acronym-unexplained", "label", "jargon", "jargon"])
        #expect((reports.first?["readability"] as? [String: Any])?["words"] as? Int == 13)
    }

    @Test func reportAsWordDocument() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("minutes.md", minutes)
        let result = try cli.run(["check", "minutes.md", "--to", "docx,html", "-o", "review"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(cli.files(in: "review") == ["minutes-check.docx", "minutes-check.html"])
        let html = String(decoding: try cli.data("review/minutes-check.html"), as: UTF8.self)
        #expect(html.contains("Integrated Care Board"))
    }

    @Test func teamGlossaryIsFoundFromTheFolderUpwards() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try FileManager.default.createDirectory(at: cli.folder.appendingPathComponent(".roundtable"), withIntermediateDirectories: true)
        try cli.write(".roundtable/glossary.yaml", "allow: [ICB, step change]\nsilence: [jargon]\n")
        try cli.write("minutes.md", minutes)
        let result = try cli.run(["check", "minutes.md", "--format", "json"])
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        let rules = (reports.first?["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(rules == ["label"])
    }

    @Test func officeAndTextFilesAreRead() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("letter.txt", "Dear tenant,\n\nYour HRA duty ends.\n")
        let text = try cli.run(["check", "letter.txt"])
        #expect(text.output.contains("line 3, column 6 · acronym-unexplained"))
        let plain = try cli.run(["check", CLIRunner.fixture("python-docx.docx")])
        #expect(plain.status == 0, "\(plain.errors)")
        // A Word document written by Roundtable itself, read back by the checker.
        try cli.write("minutes.md", minutes)
        #expect(try cli.run(["export", "minutes.md", "--to", "docx,fodt", "-o", "."]).status == 0)
        let docx = try cli.run(["check", "minutes.docx"])
        #expect(docx.output.contains("minutes.docx"))
        #expect(docx.output.contains("Paragraph 2"))
        #expect(docx.output.contains("“The [ICB] met the service user group.”"))
        let fodt = try cli.run(["check", "minutes.fodt", "--format", "json"])
        #expect(fodt.output.contains("\"paragraph\" : 2"))
    }

    @Test func badInputIsExitCodeTwo() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("broken.docx", "not a zip")
        let broken = try cli.run(["check", "broken.docx"])
        #expect(broken.status == 2)
        #expect(broken.errors.hasPrefix("roundtable: broken.docx"))
        try cli.write("picture.jpg", Data([0xFF, 0xD8, 0xFF]))
        let unknown = try cli.run(["check", "picture.jpg"])
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("does not know how to read this kind of file"))
        try cli.write("glossary.yaml", "entries:\n  - {id: icb, term: ICB, kind: acronym, expansions: [x], meaning: m, alternatives: [a]}\n  - {id: icb}\n")
        try cli.write("minutes.md", minutes)
        let glossary = try cli.run(["check", "minutes.md", "--glossary", "glossary.yaml"])
        #expect(glossary.status == 2)
        #expect(glossary.errors.contains("glossary.yaml line 3"))
    }
}

@Suite struct GlossaryCommandTests {
    @Test func explainSearchAndList() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let explain = try cli.run(["glossary", "explain", "cop"])
        #expect(explain.status == 0)
        #expect(explain.output.contains("Stands for:"))
        #expect(explain.output.lowercased().contains("court of protection"))
        let missing = try cli.run(["glossary", "explain", "zzzz"])
        #expect(missing.status == 1)
        #expect(missing.errors.contains("'zzzz' is not in the glossary."))
        let search = try cli.run(["glossary", "search", "tenancy"])
        #expect(search.output.contains("tenancy sustainment"))
        let list = try cli.run(["glossary", "list"])
        #expect(list.output.contains("labels"))
        let wrong = try cli.run(["glossary", "list", "--domain", "lables"])
        #expect(wrong.status == 2)
        #expect(wrong.errors.contains("Did you mean 'labels'?"))
    }

    @Test func jargonBusterForOneDocument() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("minutes.md", "The ICB agreed a step change for every service user.\n")
        let result = try cli.run(["glossary", "export", "--to", "html", "--used-in", "minutes.md"])
        #expect(result.status == 0, "\(result.errors)")
        let html = String(decoding: try cli.data("Exports/minutes-jargon-buster.html"), as: UTF8.self)
        #expect(html.contains("step change") && html.contains("service user") && html.contains("Integrated Care Board"))
        #expect(!html.contains("reablement"))
    }

    @Test func csvExportEditImportRoundTrip() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["glossary", "export", "--csv", "glossary.csv"]).status == 0)
        var csv = String(decoding: try cli.data("glossary.csv"), as: UTF8.self)
        csv = csv.replacingOccurrences(of: "the local NHS;", with: "our own NHS board;")
        csv += "pathway-2,Pathway 2,jargon,,,Our route into supported housing.,the housing route,,local\r\n"
        try cli.write("glossary.csv", csv)
        let imported = try cli.run(["glossary", "import", "--csv", "glossary.csv"])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("Added 2 entries: icb, pathway-2."), "\(imported.output)")
        let explain = try cli.run(["glossary", "explain", "Pathway 2"])
        #expect(explain.output.contains("Our route into supported housing."))
        #expect(try cli.run(["glossary", "explain", "ICB"]).output.contains("our own NHS board"))
    }
}
