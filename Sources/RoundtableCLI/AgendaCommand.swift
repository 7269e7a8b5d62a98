import ArgumentParser
import Documents
import Foundation
import PlainLanguage
import Workflows
import SessionPlanning
import SessionStore

/// `roundtable agenda`: plan a session, check it against good practice, and publish it.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Plan a session: start an agenda from a template, check it, and publish it with a calendar invite.",
        discussion: """
        An agenda is a text file with the date, times, how to join, who to contact and the items of \
        a session. Start one from a template and edit it in any text editor. Check it, then publish \
        it as documents and a calendar invite. Send them out a week ahead.

        Examples:

            roundtable agenda new october.yaml --template community-of-practice
            roundtable agenda lint october.yaml
            roundtable agenda build october.yaml
        """,
        subcommands: [AgendaNewCommand.self, AgendaLintCommand.self, AgendaBuildCommand.self, AgendaRulesCommand.self]
    )
}

/// `roundtable agenda new`: a new agenda file from a template.
struct AgendaNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new agenda file from a template.",
        discussion: """
        Templates: `community-of-practice` (a two-hour online session every three months), \
        `lived-experience-panel` and `planning-workshop`. The file is yours to edit. Change the \
        date, times, people and links, then check it with 'roundtable agenda lint'.

        Example:

            roundtable agenda new october.yaml --template community-of-practice
        """
    )

    @Argument(help: ArgumentHelp("The agenda file to create, for example october.yaml.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The template to start from: `community-of-practice`, `lived-experience-panel` or `planning-workshop`.",
                               valueName: "name"))
    var template = "community-of-practice"

    @Flag(help: "Replace the file if it already exists.")
    var force = false

    func run() throws {
        let text = try AgendaTemplates.text(template)
        let url = URL(fileURLWithPath: file)
        if FileManager.default.fileExists(atPath: url.path) && !force {
            throw CommandFailure(message: "\(file): This file already exists, so it was left as it is. Choose another name, or add --force to replace it.")
        }
        try OutputWriting.write([OutputFiles.File(url: url, data: Data(text.utf8))], inputs: [], elsewhere: "Choose another file name.")
        print("Wrote \(file) from the \(template) template.")
        print("Next: open it in a text editor, change the date, times, people and links, then run: roundtable agenda lint \(file)")
    }
}

/// `roundtable agenda lint`: checks an agenda's times, good practice and plain language.
struct AgendaLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check an agenda: times, breaks, time for voices, invite details and plain language.",
        discussion: """
        Each finding gives the line and column in the agenda file, what is wrong and how to fix \
        it. The rule's id is in brackets. To switch a rule off for one agenda, list its id under \
        'rules:' then 'off:' in the agenda file. The guide that comes with Roundtable explains every \
        rule and why it matters.

        Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 the file could not be read.

        Examples:

            roundtable agenda lint october.yaml
            roundtable agenda lint october.yaml --fail-on warning
            roundtable agenda lint october.yaml --format json
            roundtable agenda lint january.yaml --actions
            roundtable agenda lint january.yaml --access-needs
        """
    )

    @Argument(help: ArgumentHelp("The agenda file to check.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("How to print the findings: text (for people) or json (for programs).", valueName: "format"))
    var format: ReportFormat = .text

    @Option(name: .customLong("fail-on"),
            help: ArgumentHelp("Exit with code 1 when there are findings at this level or above.", valueName: "level"))
    var failOn: FailureLevel = .error

    @OptionGroup var glossaryOptions: GlossaryOptions

    @OptionGroup var fromStore: AgendaStoreOptions

    func run() throws {
        let glossaries = try glossaryOptions.choose()
        let checked = try fromStore.check(file, glossary: glossaries.glossary)
        if format == .text { fromStore.report(checked) }
        let findings = checked.findings
        switch format {
        case .json:
            print(try DiagnosticRenderer.json(LintReport(checked)))
        case .text:
            LintOutput.print(findings, file: file, summary: checked.schedule.summary,
                             clean: "\(file): no problems found. Next: publish it with 'roundtable agenda build \(file)'.", command: "roundtable agenda lint")
        }
        if failOn.isReached(by: findings) {
            throw ExitCode(1)
        }
    }
}

/// `roundtable agenda build`: the agenda as documents and a calendar invite.
struct AgendaBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Publish an agenda as documents and a calendar invite to send out.",
        discussion: """
        Each file is named after the agenda file. So october.yaml becomes october.html, \
        october.docx, october.ics (the calendar invite) and so on. The agenda is checked first. If the check finds errors, nothing is written. Use --facilitator to add the \
        notes for the people who run the session. Then the files are named \
        `october-facilitator.*`, so they are not sent out by mistake.

        Examples:

            roundtable agenda build october.yaml
            roundtable agenda build october.yaml --to docx,ics -o ~/Documents
            roundtable agenda build october.yaml --facilitator --to html
            roundtable agenda build january.yaml --actions
            roundtable agenda build january.yaml --facilitator --access-needs
        """
    )

    @Argument(help: ArgumentHelp("The agenda file to publish.", valueName: "file"))
    var file: String

    @Option(name: .customLong("to"), help: FormatList<AgendaFormat>.help("The formats to write, with commas between.", leftOut: .usual),
            transform: FormatList.parse)
    var formats = FormatList<AgendaFormat>.usual

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into. It is created if it does not exist.", valueName: "folder"))
    var output = "Exports"

    @Flag(help: "Add the notes for the people who run the session. The files are named `NAME-facilitator.*`.")
    var facilitator = false

    @OptionGroup var page: LookOptions

    @OptionGroup var glossaryOptions: GlossaryOptions

    @OptionGroup var fromStore: AgendaStoreOptions

    func run() throws {
        let glossaries = try glossaryOptions.choose()
        let checked = try fromStore.check(file, glossary: glossaries.glossary)
        fromStore.report(checked)
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        let files: [OutputFiles.File]
        do {
            files = try checked.publish(formats.formats, forFacilitators: facilitator, options: try page.look().options,
                                        baseName: Exporter.baseName(of: file), into: folder)
        } catch let notReady as AgendaNotReady {
            let errors = notReady.errors
            for finding in errors { Console.error(DiagnosticRenderer(colour: false).line(finding)) }
            throw CommandFailure(message: "\(file): \(FindingCounts.bySeverity(errors)) to fix before this agenda can be published, so nothing was written. Fix \(errors.count == 1 ? "it" : "them"), or switch a rule off under 'rules:' then 'off:' in the agenda, and run this again.",
                                 exitCode: 1)
        }
        try OutputWriting.write(files, inputs: [file] + glossaries.inputs + fromStore.inputs)
        Console.wrote(files)
        if !checked.findings.isEmpty {
            print("'roundtable agenda lint \(file)' has \(FindingCounts.bySeverity(checked.findings)) worth a look before you send this out.")
        }
    }
}

/// `roundtable agenda rules`: the rules `lint` applies, with the ids to switch them off.
struct AgendaRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the checks 'roundtable agenda lint' makes, with their ids.",
        discussion: """
        To switch a check off for one agenda, add its id under 'rules:' then 'off:' in the agenda \
        file. For example:

            rules:
              off: [agenda-little-slack]

        The guide that comes with Roundtable explains why each check matters.
        """
    )

    func run() {
        for rule in RuleID.allCases where rule.origin != .programme {
            print("\(rule) (\(rule.severity.word)): \(rule.summary)")
        }
    }
}

/// What `roundtable agenda lint --format json` prints.
struct LintReport: Encodable {
    struct Item: Encodable {
        let title: String
        let kind: String
        let start: String
        let end: String
        let minutes: Int
    }

    let file: String
    let start: String
    let end: String
    let finish: String
    let itemMinutes: Int
    let slack: Int
    let overrun: Int
    let items: [Item]
    let diagnostics: [Diagnostic]

    init(_ checked: AgendaCheck) {
        file = checked.agenda.file
        start = checked.schedule.sessionStart.description
        end = checked.schedule.sessionEnd.description
        finish = checked.schedule.finish.description
        itemMinutes = checked.schedule.itemMinutes
        slack = checked.schedule.slack
        overrun = checked.schedule.overrun
        items = checked.schedule.slots.map { slot in
            let item = checked.agenda.items[slot.item]
            return Item(title: item.title, kind: item.kind.rawValue, start: slot.start.description, end: slot.end.description, minutes: item.minutes)
        }
        diagnostics = checked.findings
    }
}

/// `--actions` and the database it reads: the open actions of earlier sessions become the item
/// "Actions from last time".
struct AgendaStoreOptions: ParsableArguments {
    @Flag(help: "Add the item \"Actions from last time\" with the open actions from sessions before this agenda's date. It takes 2 minutes for each action, at least 5 and at most 15.")
    var actions = false

    @Flag(name: .customLong("access-needs"),
          help: "Check the plan against the access needs of the people registered for the session on this agenda's date. With --facilitator, list the needs to plan for. The version to send out never shows them.")
    var accessNeeds = false

    @OptionGroup var database: StoreOptions

    /// The agenda file read and checked, with what was asked for from the database.
    func check(_ file: String, glossary: Glossary) throws -> AgendaCheck {
        let store = actions || accessNeeds ? try database.open() : nil
        return try AgendaCheck(path: file, glossary: glossary, actionsFrom: actions ? store : nil, accessNeedsFrom: accessNeeds ? store : nil)
    }

    /// The database file, so that no output replaces it.
    var inputs: [String] { actions || accessNeeds ? [database.resolvedPath] : [] }

    /// Says what was added or looked up.
    func report(_ checked: AgendaCheck) {
        if let access = checked.access {
            let count = access.people.count
            let who = count == 0 ? "Nobody registered" : count == 1 ? "1 person registered" : "\(count) people registered"
            print("\(who) for '\(access.session.title)' (session \(access.session.id)) \(count == 1 ? "has" : "have") told us of access needs\(count == 0 ? "" : "; the plan was checked against them").")
        }
        guard actions else { return }
        let count = checked.carried.count
        if count == 0 {
            print("No open actions from earlier sessions, so the agenda has no item \"\(ActionsFromLastTime.title)\".")
        } else {
            print("Added \"\(ActionsFromLastTime.title)\" with \(count == 1 ? "1 open action" : "\(count) open actions") (\(ActionsFromLastTime.minutes(for: count)) minutes).")
        }
    }
}
