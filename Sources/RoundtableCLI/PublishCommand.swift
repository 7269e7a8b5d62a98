import ArgumentParser
import Documents
import Foundation
import PlainLanguage
import Publishing
import SessionPlanning
import SessionStore
import SpeakingTurns

/// `roundtable publish`: a session's resource pack, safe to share.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Make a session's resource pack to share: notes, words we used, speaking balance and agenda.",
        discussion: """
        The pack has a title page, a short "about this session" (counts only), the notes, a \
        "Words we used" jargon buster, the speaking balance (when turns were recorded), the agenda \
        (with --agenda) and how to get involved.

        Nobody is named in the pack who has not agreed to be: the name of every registered person \
        without recorded consent is replaced by their role ("an expert by experience"), in every \
        format and in the document properties. Acronyms with one meaning are written out the first \
        time they are used.

        Examples:
          roundtable publish 1 --notes notes.md --agenda agenda.yaml
          roundtable publish "Language" --notes notes.md --check-only
          roundtable publish 1 --notes notes.md --easy-read --to docx
        """
    )

    @Argument(help: ArgumentHelp("The session's number or title.", valueName: "session"))
    var session: String

    @Option(help: ArgumentHelp("The session notes (Markdown).", valueName: "file"))
    var notes: String

    @Option(help: ArgumentHelp("The session's agenda file, to include the agenda as it ran.", valueName: "file"))
    var agenda: String?

    @Option(name: .customLong("to"), help: ArgumentHelp("The formats to write: html, docx, fodt, md, txt.", valueName: "formats"))
    var formats = "html,docx,fodt"

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the pack into.", valueName: "folder"))
    var output = "Exports"

    @Flag(name: .customLong("check-only"), help: "Only list the names that would be replaced and the wording to look at; write nothing. Exit code 1 when anything needs looking at.")
    var checkOnly = false

    @Flag(help: "Refuse to publish while jargon or labels remain in the notes.")
    var strict = false

    @Flag(name: .customLong("easy-read"), help: "Easy read: larger type, wider spacing, one sentence per paragraph, sentences over 15 words flagged.")
    var easyRead = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var glossaryOptions: GlossaryOptions

    func run() throws {
        let chosen = try OutputFormat.list(formats)
        let (database, details) = try store.open(session: session)
        let input = try PackLoading.input(database: database, session: details, notes: notes, agenda: agenda)
        let (document, report) = ResourcePack(glossary: try glossaryOptions.load(), easyRead: easyRead).build(input)
        print(PackSummary.text(report, notes: notes))
        if checkOnly {
            let needsLooking = !report.replacements.isEmpty || !report.namesToReview.isEmpty || report.remaining.contains { $0.severity >= .warning }
            if needsLooking { throw ExitCode(1) }
            return
        }
        if strict && !report.blocking.isEmpty {
            throw CommandFailure(message: "Nothing was published: \(report.blocking.count) jargon words or labels remain in \(notes) (listed above). Change them, allow them in .roundtable/glossary.yaml, or publish without --strict.", exitCode: 1)
        }
        let files = try OutputFiles.documents(document, formats: chosen, baseName: report.fileName,
                                              folder: URL(fileURLWithPath: output, isDirectory: true))
        try OutputWriting.write(files, inputs: [notes] + (agenda.map { [$0] } ?? []) + glossaryOptions.paths + [store.resolvedPath])
        Console.wrote(files)
    }
}

/// Reading what a pack is made from, and writing it, for `publish` and `demo`.
enum PackLoading {
    static func input(database: SessionStore, session: SessionDetails, notes: String, agenda: String?) throws -> PackInput {
        let text = try TextFile.read(notes, kind: "notes")
        let notesDocument = try MarkdownReader().read(text, file: notes)
        var planned: (agenda: Agenda, schedule: Schedule)?
        if let agenda {
            let parsed = try AgendaReader.read(try TextFile.read(agenda, kind: "agenda"), file: agenda)
            planned = (parsed, try Schedule(parsed))
        }
        let turns = try database.turns(session: session.id, now: Date())
        var balance: BalanceReport?
        if !turns.turns.isEmpty {
            // Figures as of the last recorded moment, not the clock, so the same session gives the same pack.
            let last = turns.turns.map { $0.end ?? $0.start }.max() ?? Date()
            balance = BalanceReport(session: turns.session, metrics: turns.metrics(now: last), interruptedTurns: turns.interruptedCount)
        }
        return PackInput(session: session, notes: notesDocument, agenda: planned,
                         registered: try database.registered(session: session.id), present: try database.present(session: session.id),
                         balance: balance, known: try database.people(), keep: KeepComments.phrases(in: text),
                         notesName: Exporter.baseName(of: notes))
    }
}

/// What publishing found and changed, in plain words.
enum PackSummary {
    static func text(_ report: PackReport, notes: String) -> String {
        var lines: [String] = []
        if report.replacements.isEmpty {
            lines.append("Names: everyone named in the pack has agreed to be named.")
        } else {
            lines.append("Names replaced, because no consent to be named is recorded:")
            for replacement in report.replacements {
                lines.append("  \(replacement.name) → “\(replacement.replacement)” (\(replacement.count == 1 ? "once" : "\(replacement.count) times"))")
            }
        }
        if !report.namesToReview.isEmpty {
            lines.append("Names to look at before you share the pack:")
            lines += report.namesToReview.map { "  \($0.message)" }
        }
        for expansion in report.expanded {
            lines.append("Written out at first use: \(expansion.acronym) → “\(expansion.words) (\(expansion.acronym))”.")
        }
        for use in report.ambiguous {
            lines.append("Not written out, because it has more than one meaning: \(use.acronym) (\(use.meanings.joined(separator: " or "))). Say which you mean in the notes.")
        }
        let findings = report.remaining.filter { $0.severity >= .warning }
        if findings.isEmpty {
            lines.append("Wording: no jargon, labels or unexplained acronyms remain in \(notes).")
        } else {
            lines.append("Wording still to look at in \(notes): \(TerminalReport.countsLine(report.remaining.reduce(into: [:]) { $0[$1.rule, default: 0] += 1 })).")
            for finding in findings {
                lines.append("  \(finding.location): \(finding.message)" + (finding.suggestion.map { " \($0)" } ?? ""))
            }
        }
        lines.append("Words we used: \(report.wordsUsed.count) glossary words explained in the pack.")
        return lines.joined(separator: "\n")
    }
}
