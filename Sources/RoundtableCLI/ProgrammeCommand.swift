import ArgumentParser
import Documents
import Foundation
import PlainLanguage
import SessionPlanning
import SessionStore
import Workflows

/// `roundtable programme`: plan a year of sessions, check the dates, and publish them.
struct ProgrammeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme",
        abstract: "Plan a year of sessions: start a programme file, check its dates, and publish it with a calendar file.",
        discussion: """
        A programme is a text file with the name of a series of sessions, the usual day and \
        times, how often the group meets, and each session's date, theme and guest. Start one \
        from the example, check it, then publish it as "Our sessions for 2027" and one calendar \
        file with every session.

        Examples:

            roundtable programme new programme-2027.yaml
            roundtable programme lint programme-2027.yaml
            roundtable programme build programme-2027.yaml
        """,
        subcommands: [ProgrammeNewCommand.self, ProgrammeLintCommand.self, ProgrammeBuildCommand.self]
    )
}

/// `roundtable programme new`: a new programme file from the example.
struct ProgrammeNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new programme file from the example.",
        discussion: """
        The example is the plan for 2027 of a group that meets every three months. The file is \
        yours to edit. Change the name, day, times and sessions. Then check it with \
        'roundtable programme lint'.

        Example:

            roundtable programme new programme-2027.yaml
        """
    )

    @Argument(help: ArgumentHelp("The programme file to create, for example programme-2027.yaml.", valueName: "file"))
    var file: String

    @Flag(help: "Replace the file if it already exists.")
    var force = false

    func run() throws {
        let url = URL(fileURLWithPath: file)
        if FileManager.default.fileExists(atPath: url.path) && !force {
            throw CommandFailure(message: "\(file): This file already exists, so it was left as it is. Choose another name, or add --force to replace it.")
        }
        let text = try TextFile.read(ProgrammeCheck.example.path, kind: "programme")
        try OutputWriting.write([OutputFiles.File(url: url, data: Data(text.utf8))], inputs: [], elsewhere: "Choose another file name.")
        print("Wrote \(file) from the example programme.")
        print("Next: open it in a text editor, change the name, day, times and sessions, then run: roundtable programme lint \(file)")
    }
}

/// `roundtable programme lint`: checks a programme's dates, themes and plain language.
struct ProgrammeLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a programme: the usual day, time between sessions, bank holidays, themes and plain language.",
        discussion: """
        Each finding gives the line and column in the programme file, what is wrong and how to \
        fix it. The rule's id is in brackets. To switch a rule off, list its id under 'rules:' \
        then 'off:' in the programme file.

        Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 the file could not be read.

        Examples:

            roundtable programme lint programme-2027.yaml
            roundtable programme lint programme-2027.yaml --fail-on warning
        """
    )

    @Argument(help: ArgumentHelp("The programme file to check.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("How to print the findings: text (for people) or json (for programs).", valueName: "format"))
    var format: ReportFormat = .text

    @Option(name: .customLong("fail-on"),
            help: ArgumentHelp("Exit with code 1 when there are findings at this level or above.", valueName: "level"))
    var failOn: FailureLevel = .error

    @OptionGroup var glossaryOptions: GlossaryOptions

    func run() throws {
        let checked = try ProgrammeCheck(path: file, glossary: try glossaryOptions.choose().glossary)
        let findings = checked.findings
        switch format {
        case .json:
            print(try DiagnosticRenderer.json(findings))
        case .text:
            let dates = checked.programme.sessionsByDate.map(\.date.long)
            LintOutput.print(findings, file: file, summary: "\(dates.count) session\(dates.count == 1 ? "" : "s"): \(dates.joined(separator: ", ")).",
                             clean: "\(file): no problems found. Next: publish it with 'roundtable programme build \(file)'.", command: "roundtable programme lint")
        }
        if failOn.isReached(by: findings) {
            throw ExitCode(1)
        }
    }
}

/// `roundtable programme build`: "Our sessions for 2027", a calendar file, and the sessions in the database.
struct ProgrammeBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Publish a programme as documents and one calendar file, and add its sessions to the database.",
        discussion: """
        Each file is named after the programme file. So programme-2027.yaml becomes \
        programme-2027.html, .docx, .fodt and .ics. The .ics file puts every session in a \
        calendar. The sessions are also added to the database. If they are there already, they \
        are brought up to date, so building again changes nothing. A session whose date or theme \
        changed keeps its number and its notes.

        Examples:

            roundtable programme build programme-2027.yaml
            roundtable programme build programme-2027.yaml --to docx,ics -o ~/Documents
        """
    )

    @Argument(help: ArgumentHelp("The file to publish.", valueName: "file"))
    var file: String

    @Option(name: .customLong("to"), help: FormatList<AgendaFormat>.help("The formats to write, with commas between.", leftOut: FormatList(ProgrammeCheck.usualFormats)),
            transform: FormatList.parse)
    var formats = FormatList<AgendaFormat>(ProgrammeCheck.usualFormats)

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into. It is created if it does not exist.", valueName: "folder"))
    var output = "Exports"

    @OptionGroup var page: LookOptions

    @OptionGroup var glossaryOptions: GlossaryOptions

    @OptionGroup var store: StoreOptions

    func run() throws {
        let glossaries = try glossaryOptions.choose()
        let checked = try ProgrammeCheck(path: file, glossary: glossaries.glossary)
        let files = try checked.files(formats.formats, options: try page.look().options, baseName: Exporter.baseName(of: file),
                                      into: URL(fileURLWithPath: output, isDirectory: true))
        let database = try store.open()
        try OutputWriting.write(files, inputs: [file, store.resolvedPath] + glossaries.inputs)
        Console.wrote(files)
        let saved = try checked.save(in: database, now: Date())
        print("Sessions in the database: \(saved.added.count) added, \(saved.updated.count) brought up to date, \(saved.unchanged.count) already as planned.")
        if !checked.findings.isEmpty {
            print("'roundtable programme lint \(file)' has \(FindingCounts.bySeverity(checked.findings)) worth a look before you send this out.")
        }
    }
}
