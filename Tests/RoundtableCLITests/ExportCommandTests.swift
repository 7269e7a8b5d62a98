import Foundation
import Testing
import TestSupport

@Suite(.tags(.slow)) struct ExportCommandTests {
    let notes = """
    ---
    title: Getting senior leaders on board
    date: 2026-04-15
    ---
    ## What helped

    - Invite leaders to listen, not to present.
    """

    @Test func exportWritesTheThreeDocumentsNamedAfterTheNotes() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("leaders.md", notes)
        let result = try cli.run(["export", "leaders.md"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(cli.files(in: "Exports") == ["leaders.docx", "leaders.fodt", "leaders.html"])
        #expect(result.output.contains("Wrote Exports/leaders.html"))
        let html = String(decoding: try cli.data("Exports/leaders.html"), as: UTF8.self)
        #expect(html.contains("<title>Getting senior leaders on board</title>"))
    }

    /// Word, LibreOffice and web files become documents with their headings, lists and tables.
    @Test(arguments: [("python-docx.docx", "Why it matters"), ("libreoffice.odt", "Meeting notes"),
                      ("libreoffice.fodt", "Meeting notes"), ("page.html", "Session notes")])
    func officeAndWebFilesExportWithHeadingsListsAndTables(name: String, heading: String) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let fixture = ProjectFiles.root.appendingPathComponent("Tests/DocumentsTests/Fixtures/" + name)
        try cli.write(name, try Data(contentsOf: fixture))
        let result = try cli.run(["export", name, "--to", "html,docx,fodt"])
        #expect(result.status == 0, "\(result.errors)")
        let base = URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
        #expect(cli.files(in: "Exports") == [base + ".docx", base + ".fodt", base + ".html"])
        let html = String(decoding: try cli.data("Exports/\(base).html"), as: UTF8.self)
        #expect(html.contains(">\(heading)</h"))
        #expect(html.contains("<ul"))
        #expect(html.contains("<th scope=\"col\""))
        #expect(html.contains("Books the room"))
        let fodt = String(decoding: try cli.data("Exports/\(base).fodt"), as: UTF8.self)
        #expect(fodt.contains("<table:table ") && fodt.contains("<text:list"))
    }

    /// Pictures next to the notes go inside every document; a missing one is reported with its
    /// line and column, the documents are still written with its description, and the exit code is 1.
    @Test func picturesNextToTheNotesAreEmbeddedAndProblemsReported() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("diagram.png", try Data(contentsOf: ProjectFiles.documentFixture("pictures/diagram.png")))
        try cli.write("notes.md", """
        # How we work

        ![A blue diagram](diagram.png "How we work together")

        Our logo: ![The Roundtable logo](logo.png)
        """)
        let result = try cli.run(["export", "notes.md"])
        #expect(result.status == 1)
        #expect(cli.files(in: "Exports") == ["notes.docx", "notes.fodt", "notes.html"])
        #expect(result.errors.contains("notes.md line 5, column 11: error: The picture 'logo.png' was not found"))
        #expect(result.errors.contains("The documents were written"))
        let parts = try ZIPParts.unzip(try cli.data("Exports/notes.docx"))
        #expect(parts["word/media/image1.png"] == (try Data(contentsOf: ProjectFiles.documentFixture("pictures/diagram.png"))))
        let html = String(decoding: try cli.data("Exports/notes.html"), as: UTF8.self)
        #expect(html.contains("<img src=\"data:image/png;base64,") && html.contains("[Picture: The Roundtable logo]"))

        try FileManager.default.removeItem(at: cli.folder.appendingPathComponent("Exports"))
        try cli.write("notes.md", "![A blue diagram](diagram.png)\n")
        let clean = try cli.run(["export", "notes.md"])
        #expect(clean.status == 0, "\(clean.errors)")
        #expect(clean.errors.isEmpty)
    }

    /// Without LibreOffice, asking for a PDF says how to install it, and the other formats are still written.
    @Test func withoutLibreOfficeThePDFIsExplainedAndTheOtherFormatsWritten() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("notes.md", notes)
        let empty = cli.folder.appendingPathComponent("no-programs")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let result = try cli.run(["export", "notes.md", "--to", "pdf,html"], environment: ["PATH": empty.path])
        #expect(result.status == 1)
        #expect(cli.files(in: "Exports") == ["notes.html"])
        #expect(result.output.contains("Wrote Exports/notes.html"))
        #expect(result.errors.contains("The PDF was not made") && result.errors.contains("Install it"))
    }

    @Test func formatsFolderTitleAndDateCanBeChosen() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("leaders.md", notes)
        let result = try cli.run(["export", "leaders.md", "--to", "md,txt", "-o", "out/nested", "--title", "New title", "--date", "2026-05-01"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(cli.files(in: "out/nested") == ["leaders.md", "leaders.txt"])
        let text = String(decoding: try cli.data("out/nested/leaders.txt"), as: UTF8.self)
        #expect(text.hasPrefix("New title\n"))
        #expect(text.contains("1 May 2026"))
    }

    @Test func standardInputIsReadWithDash() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["export", "-", "--to", "txt", "-o", "."], input: Data("# From a pipe\n\nHello.\n".utf8))
        #expect(result.status == 0, "\(result.errors)")
        #expect(String(decoding: try cli.data("notes.txt"), as: UTF8.self).hasPrefix("From a pipe"))
    }

    @Test func exportIsDeterministic() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("leaders.md", notes + "\n\nA note[^1].\n\n[^1]: Detail.\n")
        _ = try cli.run(["export", "leaders.md", "--to", "html,docx,fodt,md,txt", "-o", "one"])
        _ = try cli.run(["export", "leaders.md", "--to", "html,docx,fodt,md,txt", "-o", "two"])
        for name in ["leaders.html", "leaders.docx", "leaders.fodt", "leaders.md", "leaders.txt"] {
            #expect(try cli.data("one/" + name) == cli.data("two/" + name), "\(name) differs between runs")
        }
    }

    /// Each bad input gives exit code 2, one message naming the file, and no output at all.
    @Test(arguments: [
        ("missing.md", nil, "There is no file with this name"),
        ("folder", nil, "This is a folder"),
        ("picture.png", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]), "does not know how to read this kind of file"),
        ("picture.md", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]), "binary file"),
        ("latin1.md", Data("Caf".utf8) + Data([0xE9]) + Data(" ok\n".utf8), "latin1.md line 1, column 4: This file is not saved as UTF-8"),
        ("empty.md", Data("  \n\n".utf8), "This file is empty"),
        ("broken.md", Data("---\ntitle: [unclosed\n---\ntext\n".utf8), "broken.md line 3"),
        ("word.md", Data([0x50, 0x4B, 0x03, 0x04, 0x14]), "Word, OpenDocument or ZIP file"),
    ] as [(String, Data?, String)])
    func badInputIsExplainedWithExitCodeTwoAndNoOutput(name: String, contents: Data?, message: String) throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        if let contents { try cli.write(name, contents) }
        if name == "folder" { try FileManager.default.createDirectory(at: cli.folder.appendingPathComponent(name), withIntermediateDirectories: true) }
        let result = try cli.run(["export", name])
        #expect(result.status == 2)
        #expect(result.errors.contains(message), "got: \(result.errors)")
        #expect(result.errors.hasPrefix("roundtable: \(name)"))
        #expect(!result.errors.contains("Fatal error"))
        #expect(cli.files(in: "Exports").isEmpty)
    }

    @Test func hugeFileIsRefusedWithoutReadingIt() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let path = cli.folder.appendingPathComponent("huge.md").path
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 50 * 1024 * 1024)
        try handle.close()
        let result = try cli.run(["export", "huge.md"])
        #expect(result.status == 2)
        #expect(result.errors.contains("This file is 50 MB; Roundtable reads notes files up to 32 MB."), "got: \(result.errors)")
    }

    @Test func outputFolderThatCannotBeWrittenLeavesNothingBehind() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("leaders.md", notes)
        try cli.write("taken", "a file where the folder should be")
        let result = try cli.run(["export", "leaders.md", "-o", "taken"])
        #expect(result.status == 2)
        #expect(result.errors.contains("taken: This is a file, not a folder"), "got: \(result.errors)")
        let unwritable = try cli.run(["export", "leaders.md", "-o", "/proc/roundtable-test"])
        #expect(unwritable.status == 2)
        #expect(unwritable.errors.contains("could not be created"), "got: \(unwritable.errors)")
        #expect(cli.files().sorted() == ["leaders.md", "taken"])
    }

    @Test func unknownFormatAndBadDateAreUsageErrors() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("leaders.md", notes)
        let format = try cli.run(["export", "leaders.md", "--to", "rtf"])
        #expect(format.status == 2)
        #expect(format.errors.contains("Roundtable cannot write 'rtf'. Choose from: html"))
        let date = try cli.run(["export", "leaders.md", "--date", "15/04/2026"])
        #expect(date.status == 2)
        #expect(date.errors.contains("Write it as year-month-day"))
        #expect(cli.files(in: "Exports").isEmpty)
    }

    @Test func mistypedFormatInAListIsNamedWithTheFormatsOnOffer() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("leaders.md", notes)
        let result = try cli.run(["export", "leaders.md", "--to", "html,htmll"])
        #expect(result.status == 2)
        #expect(result.errors.contains("The value 'html,htmll' is invalid for '--to <formats>': Roundtable cannot write 'htmll'. "
                                       + "Choose from: html, docx, fodt, md, txt, pdf, separated by commas, for example html,docx."), "\(result.errors)")
        #expect(cli.files(in: "Exports").isEmpty)
        // Everyday names are read by the same rule as before.
        let aliases = try cli.run(["export", "leaders.md", "--to", "Word, markdown,word", "-o", "out"])
        #expect(aliases.status == 0, "\(aliases.errors)")
        #expect(cli.files(in: "out") == ["leaders.docx", "leaders.md"])
    }

    @Test func helpListsEveryFormatWithWhatItIs() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        /// The help with every run of spaces and line breaks as one space, as it reads.
        func help(_ command: String...) throws -> String {
            try cli.run(command + ["--help"]).output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let export = try help("export")
        #expect(export.contains("--to <formats> The formats to write, with commas between. If you leave it out: html,docx,fodt. "
                                + "html - web page docx - Word document fodt - LibreOffice document md - Markdown txt - plain text for e-mail "
                                + "pdf - PDF, to print or share -o,"),
                "\(export)")
        let agenda = try help("agenda", "build")
        #expect(agenda.contains("If you leave it out: html,docx,fodt,md,txt,ics. html - web page"), "\(agenda)")
        #expect(agenda.contains("txt - plain text for e-mail pdf - PDF, to print or share ics - calendar invite -o,"), "\(agenda)")
    }

    @Test func pageSizeLetterWritesLetterPagesAndA4StaysTheDefault() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("leaders.md", notes)
        let letter = try cli.run(["export", "leaders.md", "--page-size", "letter", "-o", "letter"])
        #expect(letter.status == 0, "\(letter.errors)")
        #expect(try cli.docxPageSize("letter/leaders.docx") == ["12240", "15840"])
        let fodt = try #require(XMLProbe(try cli.data("letter/leaders.fodt")))
        #expect(fodt.strings("//style:page-layout-properties/@fo:page-width") == ["8.5in"])
        #expect(fodt.strings("//style:page-layout-properties/@fo:page-height") == ["11in"])
        #expect(String(decoding: try cli.data("letter/leaders.html"), as: UTF8.self).contains("@page { size: letter; }"))
        let standard = try cli.run(["export", "leaders.md", "--to", "docx", "-o", "a4"])
        #expect(standard.status == 0, "\(standard.errors)")
        #expect(try cli.docxPageSize("a4/leaders.docx") == ["11906", "16838"])
    }

    /// `--toc` adds the contents list to the web page, Word and LibreOffice files, and to nothing
    /// without it; notes with one heading get none.
    @Test func tocAddsAContentsListLinkedToTheHeadings() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("leaders.md", notes + "\n\n### Listening first\n\n## What got in the way\n")
        let result = try cli.run(["export", "leaders.md", "--toc", "-o", "toc"])
        #expect(result.status == 0, "\(result.errors)")
        let entries = ["What helped", "Listening first", "What got in the way"]
        let html = try #require(XMLProbe(try cli.data("toc/leaders.html")))
        #expect(html.strings("//nav[@aria-labelledby='contents-heading']//a") == entries)
        #expect(html.strings("//nav//a/@href") == ["#what-helped", "#listening-first", "#what-got-in-the-way"])
        #expect(html.string("//h3[@id='listening-first']") == "Listening first")
        let fodt = try #require(XMLProbe(try cli.data("toc/leaders.fodt")))
        #expect(fodt.strings("//text:table-of-content/text:index-body/text:p") == entries)
        let word = try #require(try ZIPParts.unzip(try cli.data("toc/leaders.docx"))["word/document.xml"].flatMap { XMLProbe($0) })
        #expect(word.strings("//w:sdtContent/w:p/w:hyperlink") == entries)
        #expect(word.strings("//w:bookmarkStart/@w:name") == word.strings("//w:sdtContent/w:p/w:hyperlink/@w:anchor"))

        let plain = try cli.run(["export", "leaders.md", "-o", "plain"])
        #expect(plain.status == 0, "\(plain.errors)")
        #expect(!String(decoding: try cli.data("plain/leaders.html"), as: UTF8.self).contains("<nav"))
        try cli.write("short.md", notes)
        let short = try cli.run(["export", "short.md", "--toc", "--to", "html", "-o", "short"])
        #expect(short.status == 0, "\(short.errors)")
        #expect(!String(decoding: try cli.data("short/short.html"), as: UTF8.self).contains("<nav"))
    }

    @Test func unknownPageSizeIsAUsageErrorListingTheSizes() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("leaders.md", notes)
        let result = try cli.run(["export", "leaders.md", "--page-size", "a5"])
        #expect(result.status == 2)
        #expect(result.errors.contains("'a5'") && result.errors.contains("'a4'") && result.errors.contains("'letter'"), "\(result.errors)")
        #expect(cli.files(in: "Exports").isEmpty)
    }

    @Test func twoInputsWithTheSameNameAreRefused() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try FileManager.default.createDirectory(at: cli.folder.appendingPathComponent("a"), withIntermediateDirectories: true)
        try cli.write("notes.md", notes)
        try cli.write("a/notes.md", notes)
        let result = try cli.run(["export", "notes.md", "a/notes.md"])
        #expect(result.status == 2)
        #expect(result.errors.contains("would both be written as 'notes'"))
        #expect(cli.files(in: "Exports").isEmpty)
    }

    @Test func helpReadsAsPlainEnglish() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let root = try cli.run(["--help"])
        #expect(root.status == 0)
        #expect(root.output.contains("Plan, check and publish sessions where people work together"))
        #expect(root.output.contains("export"))
        let export = try cli.run(["export", "--help"])
        #expect(export.output.contains("Turn notes, letters and papers into documents to share."))
        #expect(export.output.contains("roundtable export notes.md"))
    }

    @Test func demoWritesTheExampleSession() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["demo"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(cli.files(in: "Exports").contains("language-session-pack.html"))
        #expect(result.output.contains("roundtable publish --help"))
    }
}

/// `--style` and `.roundtable/style.yaml`: the organisation's look, or a clear refusal that writes nothing.
@Suite struct ExportHouseStyleTests {
    private let notes = "# Getting senior leaders on board\n\nAsk early.\n"

    @Test func aPaleColourIsRefusedWithItsLineAndNothingIsWritten() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("leaders.md", notes)
        try cli.write("style.yaml", "organisation: Anytown\ncolours:\n  accent: \"#8ab4f8\"\n")
        let result = try cli.run(["export", "leaders.md", "--style", "style.yaml"])
        #expect(result.status == 2, "a file that cannot be read, as for the notes themselves")
        #expect(result.errors.contains("style.yaml line 3, column 11: The accent colour #8ab4f8 is too pale to read on a white page"), "\(result.errors)")
        #expect(result.errors.contains("is close to it and passes"))
        #expect(!result.errors.contains("Fatal error"))
        #expect(cli.files(in: "Exports").isEmpty)
    }

    @Test func theStyleAboveTheFolderIsUsedAndItsPaperUnlessThePaperIsGiven() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write(".roundtable/style.yaml", "organisation: Anytown\nfooter: Registered charity 1234567\npage-size: letter\n")
        try cli.write("notes/leaders.md", notes)
        let found = try cli.run(["export", "notes/leaders.md", "--to", "docx,html", "-o", "found"])
        #expect(found.status == 0, "\(found.errors)")
        #expect(try cli.docxPageSize("found/leaders.docx") == ["12240", "15840"])
        #expect(String(decoding: try cli.data("found/leaders.html"), as: UTF8.self).contains("<footer class=\"document-footer\"><p>Registered charity 1234567</p></footer>"))
        let a4 = try cli.run(["export", "notes/leaders.md", "--to", "docx", "--page-size", "a4", "-o", "a4"])
        #expect(a4.status == 0, "\(a4.errors)")
        #expect(try cli.docxPageSize("a4/leaders.docx") == ["11906", "16838"])
        try cli.write("plain.yaml", "# Roundtable's own look\n")
        let named = try cli.run(["export", "notes/leaders.md", "--to", "html", "--style", "plain.yaml", "-o", "named"])
        #expect(named.status == 0, "\(named.errors)")
        #expect(!String(decoding: try cli.data("named/leaders.html"), as: UTF8.self).contains("<footer"), "--style wins over the file found above")
    }
}
