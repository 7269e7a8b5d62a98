import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

@Suite(.tags(.slow)) struct CheckCommandTests {
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

    /// A long text's findings are written a part at a time as it is checked: the JSON still reads
    /// as one report, and the summary, the report documents and the exit code count them all.
    @Test func aLongTextIsReportedWhole() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        // About 900 KB: several parts.
        try cli.write("long.txt", Array(repeating: minutes.replacing("# Minutes\n\n", with: ""), count: 9_000).joined(separator: "\n\n"))
        let json = try cli.run(["check", "long.txt", "--format", "json", "--fail-on", "error"])
        #expect(json.status == 1, "\(json.errors)")
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        let rules = try #require(reports.first?["diagnostics"] as? [[String: Any]]).compactMap { $0["rule"] as? String }
        #expect(rules.count == 27_001)
        #expect(rules.filter { $0 == "label" }.count == 9_000 && rules.filter { $0 == "jargon" }.count == 18_000)
        let text = try cli.run(["check", "long.txt", "--to", "html", "-o", "review"])
        #expect(text.status == 0, "\(text.errors)")
        #expect(text.output.contains("Summary for long.txt: 9000 labels, 18000 jargon words or phrases, 1 acronym not explained."))
        #expect(text.output.components(separatedBy: "\n  Paragraph ").count == 9_001)
        // One row for each finding, beside the rows every report has (those of the four findings of the minutes alone).
        try cli.write("minutes.md", minutes)
        #expect(try cli.run(["check", "minutes.md", "--to", "html", "-o", "review"]).status == 0)
        func rows(_ file: String) throws -> Int { String(decoding: try cli.data("review/\(file)-check.html"), as: UTF8.self).components(separatedBy: "<tr>").count }
        #expect(try rows("long") - rows("minutes") == 27_001 - 4)
    }

    /// On Linux the program keeps its memory with mimalloc, not the C library's `malloc` (see
    /// Package.swift): the system's loader, asked to show how it links each call, links every
    /// `malloc` (the program's, Swift's, the C libraries') to mimalloc and none to the C library.
    @Test func theProgramKeepsItsMemoryWithMimalloc() throws {
        #if os(Linux)
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("minutes.md", minutes)
        // Into a file (the loader adds the process number to its name): it is too long for a pipe.
        let log = cli.folder.appendingPathComponent("loader")
        let result = try cli.run(["check", "minutes.md"], environment: ["LD_DEBUG": "bindings", "LD_DEBUG_OUTPUT": log.path])
        #expect(result.status == 0)
        #expect(result.output.contains("Summary for minutes.md:"))
        let logs = cli.files().filter { $0.hasPrefix("loader.") }
        #expect(logs.count == 1, "\(logs)")
        let bindings = try logs.flatMap { String(decoding: try cli.data($0), as: UTF8.self).split(separator: "\n") }
            .filter { $0.contains("normal symbol `malloc'") }
        #expect(!bindings.isEmpty, "the loader showed no binding of malloc")
        #expect(bindings.allSatisfy { $0.contains("/libmimalloc.so") }, "\(bindings.filter { !$0.contains("/libmimalloc.so") })")
        #endif
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

    @Test func summaryAndJSONNameTheGlossaryFilesUsed() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try FileManager.default.createDirectory(at: cli.folder.appendingPathComponent(".roundtable"), withIntermediateDirectories: true)
        try cli.write(".roundtable/glossary.yaml", "allow: [ICB]\n")
        try cli.write("minutes.md", minutes)
        let local = cli.folder.appendingPathComponent(".roundtable/glossary.yaml").standardizedFileURL.path
        let text = try cli.run(["check", "minutes.md"])
        #expect(text.output.contains("Glossaries used: Roundtable's own and \(local)."), "\(text.output)")
        let json = try cli.run(["check", "minutes.md", "--format", "json"])
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(reports.first?["glossaryFiles"] as? [String] == [local])

        try cli.write("extra.yaml", "allow: [step change]\n")
        let both = try cli.run(["check", "minutes.md", "--glossary", "extra.yaml"])
        #expect(both.output.contains("Glossaries used: Roundtable's own, \(local) and extra.yaml."), "\(both.output)")
    }

    /// A glossary planted in a shared folder could silence every rule: it is skipped, with a
    /// warning that says how to use it on purpose.
    @Test func glossaryInAFolderEveryoneCanWriteIsSkippedWithAWarning() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let folder = cli.folder.appendingPathComponent(".roundtable")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try cli.write(".roundtable/glossary.yaml", "silence: [jargon, label, acronym-unexplained, acronym-unknown, long-sentence]\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)
        try cli.write("minutes.md", minutes)
        let planted = folder.appendingPathComponent("glossary.yaml").standardizedFileURL.path
        let result = try cli.run(["check", "minutes.md", "--fail-on", "warning"])
        #expect(result.status == 1, "the planted glossary silenced the check: \(result.output)")
        #expect(result.errors.contains("roundtable: warning: \(planted) was not used, because its folder can be changed by everyone on this computer."), "\(result.errors)")
        #expect(result.errors.contains("--glossary \(planted)"))
        #expect(result.output.contains("Glossaries used: Roundtable's own."))

        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: planted)
        let writable = try cli.run(["check", "minutes.md", "--fail-on", "warning"])
        #expect(writable.status == 1)
        #expect(writable.errors.contains("because it can be changed by everyone on this computer"), "\(writable.errors)")

        if getuid() == 0 {
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: planted)
            try FileManager.default.setAttributes([.ownerAccountID: 4242], ofItemAtPath: planted)
            let foreign = try cli.run(["check", "minutes.md", "--fail-on", "warning"])
            #expect(foreign.status == 1)
            #expect(foreign.errors.contains("because it belongs to another user"), "\(foreign.errors)")
        }

        let chosen = try cli.run(["check", "minutes.md", "--fail-on", "warning", "--glossary", planted])
        #expect(chosen.status == 0, "\(chosen.output)")
        #expect(chosen.output.contains("Glossaries used: Roundtable's own and \(planted)."))
    }

    /// Escape sequences and direction overrides in a checked file are shown, never obeyed.
    @Test func controlCharactersInAFileAreShownNotObeyed() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("trap.md", "The ICB met\u{1B}]52;c;aGVsbG8=\u{07} in the \u{202E}evil\u{202C} room\u{1B}[2J.\n")
        let result = try cli.run(["check", "trap.md"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(!result.output.contains("\u{1B}") && !result.output.contains("\u{202E}") && !result.output.contains("\u{07}"), "\(result.output)")
        #expect(result.output.contains("\u{241B}[2J"), "\(result.output)")
        #expect(result.output.contains("<U+202E>evil<U+202C>"))
    }

    @Test func officeAndTextFilesAreRead() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("letter.txt", "Dear tenant,\n\nYour HRA duty ends.\n")
        let text = try cli.run(["check", "letter.txt"])
        #expect(text.output.contains("line 3, column 6 · acronym-unexplained"))
        let plain = try cli.run(["check", ProjectFiles.documentFixture("python-docx.docx").path])
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

@Suite(.tags(.slow)) struct GlossaryCommandTests {
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
