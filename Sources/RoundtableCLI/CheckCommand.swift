import ArgumentParser
import Documents
import Foundation
import PlainLanguage
import Workflows

/// `roundtable check`: plain-language findings for notes, agendas, letters and papers.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check wording for jargon, acronyms that are not explained, and labels that can hurt.",
        discussion: """
        Reads Markdown (.md), text (.txt), web pages (.html), Word (.docx) and LibreOffice (.odt, \
        .fodt) files. It shows each finding with its sentence, what the words mean and what to \
        write instead. Then it gives a summary with the reading age.

        Your team's own words: put them in .roundtable/glossary.yaml, or give --glossary and a file. \
        Roundtable looks for that file in this folder and the folders above it. It uses it only \
        when it is yours and only you can change it. The summary names the glossaries used. To \
        allow a word in one Markdown file, write <!-- roundtable: allow ICB --> in it.

        Examples:

            roundtable check minutes.md
            roundtable check strategy.docx --to docx -o for-review
            roundtable check agenda.md --fail-on warning
        """
    )

    @Argument(help: ArgumentHelp("The files to check. Use - to read Markdown from standard input.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("How to show the findings: text (for people) or json (for other tools).", valueName: "format"))
    var format: ReportFormat = .text

    @Option(name: .customLong("to"), help: FormatList<OutputFormat>.help("Also write the report as documents in these formats, with commas between."),
            transform: FormatList.parse)
    var documentFormats: FormatList<OutputFormat>?

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder for report documents (with --to).", valueName: "folder"))
    var output = "Exports"

    @Option(name: .customLong("fail-on"),
            help: ArgumentHelp("Finish with exit code 1 when a finding is at least this serious.", valueName: "level"))
    var failOn: FailureLevel = .never

    @OptionGroup var glossaryOptions: GlossaryOptions
    @OptionGroup var look: LookOptions

    func run() throws {
        let glossaries = try glossaryOptions.choose()
        let checker = PlainLanguageChecker(glossary: glossaries.glossary)
        let options = documentFormats == nil ? nil : try look.look().options
        // Every file is read before any is checked, so a file that cannot be read stops the
        // command before anything is written.
        let proses = try files.map { path in
            let document = path == "-"
                ? try MarkdownReader().read(try Console.standardInput(kind: "text"), file: "standard input")
                : try DocumentFile.read(path)
            let prose = ProseView(document, file: path == "-" ? "standard input" : path)
            // A long text's blocks are left for the system to free at the end.
            ProcessEnd.keep((document, prose))
            return prose
        }
        let (format, keep, renderer) = (self.format, options != nil, DiagnosticRenderer.standardOutput)
        var json = format == .json ? CheckReportJSONWriter(to: Console.writeStandardOutput) : nil
        var reports: [CheckReport] = []
        var failed = false
        for prose in proses {
            // Each part of the findings is made into JSON or a report side by side as soon as it
            // is known, and written in order; the findings are kept only for report documents.
            var paragraphs = format == .text ? DiagnosticRenderer.ParagraphWriter(renderer, file: prose.file, to: Console.writeStandardOutput) : nil
            json?.start(file: prose.file)
            var tally = FindingTally()
            var kept: [[Diagnostic]] = []
            var report = checker.check(prose, making: { part in
                WrittenPart(tally: FindingTally(part.findings),
                            json: format == .json ? CheckReportJSONWriter.findings(part) : nil,
                            paragraphs: format == .text ? renderer.paragraphs(part) : nil,
                            kept: keep ? part.findings : [])
            }, inOrder: { part in
                tally.add(part.tally)
                if let text = part.paragraphs { paragraphs?.add(text) }
                if let findings = part.json { json?.add(findings) }
                if keep { kept.append(part.kept) }
            })
            report.glossaryFiles = glossaries.files
            switch format {
            case .text:
                paragraphs?.end()
                Console.writeStandardOutput([0x0A])
                Console.report(CheckSummary.text(report, tally: tally, renderer: renderer))
            case .json:
                json?.end(report)
            }
            failed = failed || failOn.isReached(byWorst: tally.worst)
            if keep {
                report.diagnostics = SideBySide.joined(kept)
                reports.append(report)
            }
        }
        json?.finish()
        if let documentFormats, let options {
            let folder = URL(fileURLWithPath: output, isDirectory: true)
            let outputs = try reports.flatMap { report in
                try OutputFiles.documents(CheckReportDocument().document(report), formats: documentFormats.formats, options: options,
                                          baseName: Exporter.baseName(of: report.file) + "-check", folder: folder)
            }
            try OutputWriting.write(outputs, inputs: files + glossaries.inputs)
            Console.wrote(outputs, onStandardError: true)
        }
        // A dense text's tens of thousands of findings are left for the system to free at the end.
        ProcessEnd.keep(reports)
        if failed {
            throw ExitCode(1)
        }
    }
}

/// What `roundtable check` makes of one part of a text's findings, side by side with the other
/// parts: the counts, the JSON or the report to write, and the findings when they are kept.
private struct WrittenPart: Sendable {
    var tally: FindingTally
    var json: CheckReportJSONWriter.Findings?
    var paragraphs: DiagnosticRenderer.Paragraphs?
    var kept: [Diagnostic]
}

/// `--glossary FILE`, and the team glossary found from the current folder upwards.
struct GlossaryOptions: ParsableArguments {
    @Option(name: .customLong("glossary"), help: ArgumentHelp("Your team's glossary file (.yaml or .csv), to use as well as Roundtable's.", valueName: "file"))
    var file: String?

    /// The glossaries this command uses, by the one rule every command follows (see
    /// `GlossaryChoice`), with a warning when a team glossary found above was left out.
    func choose() throws -> GlossaryChoice {
        let choice = try GlossaryChoice.resolve(workingFolder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                                                named: file, userID: getuid(),
                                                cacheFolder: GlossaryCache.folder(environment: ProcessInfo.processInfo.environment))
        if let (path, reason) = choice.skipped {
            Console.warning("\(path) was not used, because \(reason.words). If you trust it, use it on purpose with --glossary \(path).")
        }
        return choice
    }

    /// "Roundtable's own, a.yaml and b.csv": the glossaries a check used, in words.
    static func names(_ files: [String]) -> String {
        ListInWords.joined(["Roundtable's own"] + files)
    }
}

/// The summary after the findings, and the JSON form of reports.
enum CheckSummary {
    static func text(_ report: CheckReport, tally: FindingTally, renderer: DiagnosticRenderer) -> String {
        var lines = ["Summary for \(TerminalText.visible(report.file)): \(tally.byRule)."]
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
        if !tally.isEmpty {
            lines.append(renderer.dim("Next: change the words marked above, or allow a word for your team in .roundtable/glossary.yaml (see 'roundtable glossary --help')."))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
