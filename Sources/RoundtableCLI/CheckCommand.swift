import ArgumentParser
import Documents
import Foundation
import PlainLanguage

/// `roundtable check`: plain-language findings for notes, agendas, letters and papers.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check wording for jargon, unexplained acronyms and labels that can hurt.",
        discussion: """
        Reads Markdown (.md), text (.txt), web pages (.html), Word (.docx) and LibreOffice (.odt, \
        .fodt) files, and shows each finding with its sentence, what the words mean and what to \
        write instead, then a summary with the reading age.

        Your team's own words: put them in .roundtable/glossary.yaml (found from this folder \
        upwards, and used only when it is yours and only you can change it) or give --glossary \
        FILE. The summary names the glossaries used. To allow a word in one Markdown file, write \
        <!-- roundtable: allow ICB --> in it.

        Examples:
          roundtable check minutes.md
          roundtable check strategy.docx --to docx -o for-review
          roundtable check agenda.md --fail-on warning
        """
    )

    @Argument(help: ArgumentHelp("The files to check. Use - to read Markdown from standard input.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("How to show the findings: text (for people) or json (for other tools).", valueName: "text|json"))
    var format: ReportFormat = .text

    @Option(name: .customLong("to"), help: ArgumentHelp("Also write the report as a document: html, docx or fodt, separated by commas.", valueName: "formats"))
    var documentFormats: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder for report documents (with --to).", valueName: "folder"))
    var output = "Exports"

    @Option(name: .customLong("fail-on"),
            help: ArgumentHelp("Finish with exit code 1 when a finding is at least this serious: info, warning, error, or never (the default).", valueName: "level"))
    var failOn: DiagnosticOutput.FailOn = .never

    @OptionGroup var glossaryOptions: GlossaryOptions

    enum ReportFormat: String, ExpressibleByArgument {
        case text, json
    }

    func run() throws {
        let (glossary, glossaryFiles) = try glossaryOptions.loadNamingFiles()
        let checker = PlainLanguageChecker(glossary: glossary)
        let formats = try documentFormats.map { text throws(FormatListError) in try OutputFormat.list(text) }
        var reports: [CheckReport] = []
        for path in files {
            let document = path == "-"
                ? try MarkdownReader().read(try TextFile.readStandardInput(kind: "text"), file: "standard input")
                : try DocumentFile.read(path)
            var report = checker.check(document, file: path == "-" ? "standard input" : path)
            report.glossaryFiles = glossaryFiles
            reports.append(report)
        }
        switch format {
        case .text:
            let renderer = TerminalReport(colour: isatty(STDOUT_FILENO) == 1)
            for report in reports {
                Console.report(renderer.findings(report.diagnostics, file: report.file))
                Console.report(CheckSummary.text(report, renderer: renderer))
            }
        case .json:
            print(try CheckSummary.json(reports))
        }
        if let formats {
            let folder = URL(fileURLWithPath: output, isDirectory: true)
            let outputs = try reports.flatMap { report in
                try OutputFiles.documents(CheckReportDocument().document(report), formats: formats,
                                          baseName: Exporter.baseName(of: report.file) + "-check", folder: folder)
            }
            try OutputWriting.write(outputs, inputs: files + glossaryOptions.paths)
            Console.wrote(outputs, onStandardError: true)
        }
        if reports.contains(where: { failOn.fails($0.diagnostics) }) {
            throw ExitCode(1)
        }
    }
}

/// `--glossary FILE`, and the team glossary found from the current folder upwards.
struct GlossaryOptions: ParsableArguments {
    @Option(name: .customLong("glossary"), help: ArgumentHelp("Your team's glossary (YAML or CSV) to use as well as Roundtable's.", valueName: "file"))
    var file: String?

    /// The team glossary files a command reads or may find (one found from the current folder,
    /// used or skipped, then --glossary), so that no output replaces them.
    var paths: [String] {
        var found: String?
        switch GlossaryLoader.findLocal(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath), userID: getuid()) {
        case .none: found = nil
        case .found(let path), .skipped(let path, _): found = path
        }
        return [found, file].compactMap { $0 }
    }

    /// The curated glossary changed by the team's own.
    func load() throws -> Glossary {
        try loadNamingFiles().glossary
    }

    /// The curated glossary changed by the team's own, and the team glossary files applied.
    func loadNamingFiles() throws -> (glossary: Glossary, files: [String]) {
        let found = Self.teamGlossary(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let files = [found, file].compactMap { $0 }
        return (try Self.glossary(applying: files), files)
    }

    /// The curated glossary with `files` applied in order.
    static func glossary(applying files: [String]) throws -> Glossary {
        var glossary = try GlossaryLoader.curated()
        for path in files {
            let local = try GlossaryLoader.local(path)
            try local.validate(against: glossary)
            glossary.apply(local)
        }
        return glossary
    }

    /// The team glossary found from `folder` upwards, when it can be trusted; one that cannot is
    /// left out with a warning that says why and how to use it on purpose.
    static func teamGlossary(from folder: URL) -> String? {
        switch GlossaryLoader.findLocal(from: folder, userID: getuid()) {
        case .none:
            return nil
        case .found(let path):
            return path
        case .skipped(let path, let reason):
            Console.warning("\(path) was not used, because \(reason.words). If you trust it, use it on purpose with --glossary \(path).")
            return nil
        }
    }

    /// "Roundtable's own, a.yaml and b.csv": the glossaries a check used, in words.
    static func names(_ files: [String]) -> String {
        let names = ["Roundtable's own"] + files
        return names.count > 1 ? names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "") : names[0]
    }
}

/// The summary after the findings, and the JSON form of reports.
enum CheckSummary {
    static func text(_ report: CheckReport, renderer: TerminalReport) -> String {
        var lines = ["Summary for \(TerminalText.visible(report.file)): \(TerminalReport.countsLine(report.counts))."]
        if let readability = report.readability {
            lines.append("Reading age: " + ReadingAgeWords.sentence(readability))
        }
        if !report.acronyms.isEmpty {
            let list = report.acronyms.map { use in
                use.acronym + (use.meanings.isEmpty ? "" : " (" + use.meanings.joined(separator: " or ") + ")")
                    + (use.explained ? "" : ", not explained")
            }
            lines.append("Acronyms used: " + TerminalText.visible(list.joined(separator: "; ")) + ".")
        }
        lines.append("Glossaries used: " + TerminalText.visible(GlossaryOptions.names(report.glossaryFiles)) + ".")
        if !report.diagnostics.isEmpty {
            lines.append(renderer.dim("Next: change the words marked above, or allow a word for your team in .roundtable/glossary.yaml (see 'roundtable glossary --help')."))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ reports: [CheckReport]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(reports), as: UTF8.self)
    }
}
