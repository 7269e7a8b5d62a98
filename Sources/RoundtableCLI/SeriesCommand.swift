import ArgumentParser
import Documents
import Foundation
import SessionStore
import Workflows

/// `roundtable series`: how a series of sessions is going.
struct SeriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "series",
        abstract: "Report on how a series of sessions is going.",
        discussion: """
        Examples:

            roundtable series report
            roundtable series report --programme "Community of Practice" --to html,docx
        """,
        subcommands: [SeriesReportCommand.self]
    )
}

/// `roundtable series report`: who came, who came back, who spoke and what was done, over a series.
struct SeriesReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report on a series of sessions: who came, who came back, who spoke and what was done.",
        discussion: """
        For each session, the report shows how many people came in each role, and how many \
        were new or came back. It shows how many experts by experience came back, each role's \
        share of the speaking time, and how many actions were raised and closed. It gives counts \
        only. It names nobody.

        A series is the sessions of a programme (see 'roundtable programme build'). If the \
        database has one programme, that is the series. If it has more than one, name one with \
        --programme. If it has none, the report covers every session in the database.

        Examples:

            roundtable series report
            roundtable series report --programme "Community of Practice" --to html,docx -o ~/Documents
        """
    )

    @Option(help: ArgumentHelp("The name of the programme to report on. You can leave it out if the database has one programme or none.",
                               valueName: "name"))
    var programme: String?

    @OptionGroup var files: DocumentFileOptions

    @OptionGroup var store: StoreOptions
    @OptionGroup var look: LookOptions

    func run() throws {
        let options = try look.look().options
        let database = try store.open()
        let report: SeriesReport
        do {
            report = try SeriesReport.load(store: database, programme: programme, now: Date())
        } catch let error as SeriesReportError {
            throw CommandFailure(message: Self.message(for: error))
        }
        let files = try self.files.files(report.document(), options: options, baseName: report.fileName)
        try OutputWriting.write(files, inputs: [store.resolvedPath])
        Console.wrote(files)
        let waiting = report.sessions.count - report.heldSessions.count
        print("The report covers \(report.sessions.count == 1 ? "1 session" : "\(report.sessions.count) sessions")\(waiting > 0 ? ", \(waiting) with no attendance recorded yet" : ""). It gives counts only and names nobody.")
    }

    /// The problem with the command that helps.
    static func message(for error: SeriesReportError) -> String {
        let problem = error.errorDescription ?? ""
        switch error {
        case .noSessions:
            return "There are no sessions in this database yet, so there is nothing to report on. Add one with 'roundtable session add \"Title\" --date 2026-10-14', or add a programme's sessions with 'roundtable programme build programme.yaml'."
        case .unknownProgramme(_, let suggestion, let names):
            guard !names.isEmpty else { return problem.replacingOccurrences(of: "Leave out the programme's name", with: "Leave out --programme") }
            return problem + " For example: roundtable series report --programme \"\(suggestion ?? names[0])\""
        case .whichProgramme(let names):
            return problem + " For example: roundtable series report --programme \"\(names.first ?? "")\""
        case .emptyProgramme:
            return problem.replacingOccurrences(of: "Build the programme again", with: "Run 'roundtable programme build' on its file again")
        }
    }
}
