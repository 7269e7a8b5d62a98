import Foundation
import Testing
import TestSupport

/// Output never replaces what a command reads, is written whole or not at all, and the glossary
/// spreadsheet round trip never loses or breaks a team's words.
@Suite(.tags(.slow)) struct NoDataLossTests {
    let notes = "# Notes\n\n<!-- roundtable: allow ICB -->\n\nWe met. <b>Raw</b> HTML stays in the notes.\n"

    @Test func exportRefusesToReplaceItsOwnNotes() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("notes.md", notes)
        let result = try cli.run(["export", "notes.md", "--to", "md,txt", "-o", "."])
        #expect(result.status == 2)
        #expect(result.errors.contains("notes.md would replace notes.md"), "\(result.errors)")
        #expect(result.errors.contains("-o"))
        #expect(String(decoding: try cli.data("notes.md"), as: UTF8.self) == notes)
        #expect(cli.files() == ["notes.md"])
    }

    @Test func exportThroughALinkedFolderStillSeesItIsTheSameFile() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("notes.md", notes)
        try FileManager.default.createSymbolicLink(atPath: cli.folder.appendingPathComponent("same").path, withDestinationPath: ".")
        let result = try cli.run(["export", "notes.md", "--to", "md", "-o", "same"])
        #expect(result.status == 2)
        #expect(result.errors.contains("would replace notes.md"), "\(result.errors)")
        #expect(String(decoding: try cli.data("notes.md"), as: UTF8.self) == notes)
    }

    @Test func aFolderInTheWayLeavesEveryOldFileAsItWas() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("a.md", "# New\n\nNew text.\n")
        try FileManager.default.createDirectory(at: cli.folder.appendingPathComponent("Exports/a.docx"), withIntermediateDirectories: true)
        try cli.write("Exports/a.html", "old page")
        let result = try cli.run(["export", "a.md", "--to", "html,docx"])
        #expect(result.status == 2)
        #expect(result.errors.contains("Exports/a.docx"), "\(result.errors)")
        #expect(result.errors.contains("Nothing was changed"), "\(result.errors)")
        #expect(String(decoding: try cli.data("Exports/a.html"), as: UTF8.self) == "old page")
        #expect(cli.files(in: "Exports") == ["a.docx", "a.html"])
    }

    @Test func aFileNameOf240CharactersCanBeWritten() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let base = String(repeating: "n", count: 240)
        try cli.write(base + ".md", "# Long\n\nText.\n")
        let result = try cli.run(["export", base + ".md", "--to", "html,txt"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(cli.files(in: "Exports") == [base + ".html", base + ".txt"])
    }

    @Test func glossaryImportKeepsEntriesThatAreNotInTheSpreadsheet() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let header = "id,term,kind,expansions,variants,meaning,alternatives,why,domain\n"
        try cli.write("first.csv", header + "team-one,first word,jargon,,,The first word.,a plain one,,local\n")
        try cli.write("second.csv", header + "team-two,second word,jargon,,,The second word.,another plain one,,local\n")
        #expect(try cli.run(["glossary", "import", "--csv", "first.csv"]).status == 0)
        let result = try cli.run(["glossary", "import", "--csv", "second.csv"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Added 1 entry: team-two."), "\(result.output)")
        #expect(result.output.contains("Kept 1 entry as it was."), "\(result.output)")
        let yaml = String(decoding: try cli.data(".roundtable/glossary.yaml"), as: UTF8.self)
        #expect(yaml.contains("team-one") && yaml.contains("team-two"))
    }

    @Test func glossaryImportWithReplaceKeepsABackupOfTheOldGlossary() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let header = "id,term,kind,expansions,variants,meaning,alternatives,why,domain\n"
        try cli.write("first.csv", header + "team-one,first word,jargon,,,The first word.,a plain one,,local\n")
        try cli.write("second.csv", header + "team-two,second word,jargon,,,The second word.,another plain one,,local\n")
        #expect(try cli.run(["glossary", "import", "--csv", "first.csv"]).status == 0)
        let old = try cli.data(".roundtable/glossary.yaml")
        let result = try cli.run(["glossary", "import", "--csv", "second.csv", "--replace"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains(".roundtable/glossary.yaml.bak"), "\(result.output)")
        #expect(try cli.data(".roundtable/glossary.yaml.bak") == old)
        let yaml = String(decoding: try cli.data(".roundtable/glossary.yaml"), as: UTF8.self)
        #expect(!yaml.contains("team-one") && yaml.contains("team-two"))
    }

    @Test func glossaryImportNeverWritesAGlossaryRoundtableCannotRead() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("bad.csv", "id,term,kind,meaning,alternatives\nCare Package,care package,jargon,Help you get.,the help you get\n")
        let result = try cli.run(["glossary", "import", "--csv", "bad.csv"])
        #expect(result.status == 2)
        #expect(result.errors.contains("bad.csv line 2"), "\(result.errors)")
        #expect(result.errors.contains("'Care Package'"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent(".roundtable").path))
    }

    @Test func spreadsheetsSavedAsCSVUTF8WithAByteOrderMarkAreRead() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("notes.md", "# Notes\n\nWe spoke with the team.\n")
        try cli.write("excel.csv", "\u{FEFF}id,term,kind,meaning,alternatives\r\nteam-one,first word,jargon,The first word.,a plain one\r\n")
        let imported = try cli.run(["glossary", "import", "--csv", "excel.csv", "--into", "team.yaml"])
        #expect(imported.status == 0, "\(imported.errors)")
        let checked = try cli.run(["check", "notes.md", "--glossary", "excel.csv"])
        #expect(checked.status == 0, "\(checked.errors)")
    }

    @Test func aSemicolonSeparatedSpreadsheetGetsAHint() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("semi.csv", "id;term;kind;meaning;alternatives\nteam-one;first word;jargon;The first word.;a plain one\n")
        let result = try cli.run(["glossary", "import", "--csv", "semi.csv"])
        #expect(result.status == 2)
        #expect(result.errors.contains("semi.csv line 1"), "\(result.errors)")
        #expect(result.errors.contains("save it as 'CSV UTF-8 (comma delimited)'"), "\(result.errors)")
    }

    @Test func glossaryExportedToASpreadsheetCannotRunFormulas() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try FileManager.default.createDirectory(at: cli.folder.appendingPathComponent(".roundtable"), withIntermediateDirectories: true)
        try cli.write(".roundtable/glossary.yaml", """
        entries:
          - id: team-sum
            term: "@home"
            kind: jargon
            meaning: "=SUM(A1)"
            alternatives: ["-5", "+44 113", "'quoted"]
        """)
        let result = try cli.run(["glossary", "export", "--csv", "out.csv"])
        #expect(result.status == 0, "\(result.errors)")
        let csv = String(decoding: try cli.data("out.csv"), as: UTF8.self)
        let row = try #require(csv.split(separator: "\r\n").first { $0.hasPrefix("team-sum") })
        #expect(row == "team-sum,'@home,jargon,,,'=SUM(A1),'-5; +44 113; 'quoted,,local")
        try FileManager.default.removeItem(at: cli.folder.appendingPathComponent(".roundtable"))
        let back = try cli.run(["glossary", "import", "--csv", "out.csv", "--into", "back.yaml"])
        #expect(back.status == 0, "\(back.errors)")
        let explained = try cli.run(["glossary", "explain", "@home", "--glossary", "back.yaml"])
        #expect(explained.output.contains("Means: =SUM(A1)"), "\(explained.output)")
    }

    @Test func outputsThatWouldReplaceTheGlossaryAreRefused() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("team.csv", "id,term,kind,meaning,alternatives\nteam-one,first word,jargon,The first word.,a plain one\n")
        let before = try cli.data("team.csv")
        let result = try cli.run(["glossary", "export", "--csv", "team.csv", "--glossary", "team.csv"])
        #expect(result.status == 2)
        #expect(result.errors.contains("team.csv would replace team.csv"), "\(result.errors)")
        #expect(try cli.data("team.csv") == before)
    }
}
