import ArgumentParser
import Documents
import Foundation
import PlainLanguage
import Workflows
import SessionPlanning
import SessionStore
import SpeakingTurns

/// `roundtable publish`: a session's resource pack, safe to share.
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Make a session's resource pack to share: notes, words we used, speaking balance and agenda.",
        discussion: """
        The pack has a title page, a short "about this session" (counts only) and the notes. \
        Next is "What you told us and what we did": the actions raised at this session and \
        earlier ones, from 'roundtable actions'. Then come a "Words we used" jargon buster, the speaking balance (when turns were \
        recorded), the agenda (with --agenda) and how to get involved.

        Nobody is named in the pack who has not agreed to be. Each registered person with no \
        consent on record is shown by their role ("an expert by experience"). This holds in every \
        format and in the document's details. Acronyms with one meaning are written out the first \
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

    @Option(name: .customLong("to"), help: FormatList<OutputFormat>.help("The formats to write, with commas between.", leftOut: .usual),
            transform: FormatList.parse)
    var formats = FormatList<OutputFormat>.usual

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the pack into.", valueName: "folder"))
    var output = "Exports"

    @Flag(name: .customLong("check-only"), help: "Only list the names that would be replaced and the wording to look at. Write nothing. Exit code 1 when anything needs looking at.")
    var checkOnly = false

    @Flag(help: "Refuse to publish while jargon or labels remain in the notes.")
    var strict = false

    @Flag(name: .customLong("easy-read"), help: "Larger type, wider spacing and one sentence per paragraph. Sentences over 15 words are marked.")
    var easyRead = false

    @OptionGroup var page: LookOptions
    @OptionGroup var contentsList: ContentsOption

    @OptionGroup var store: StoreOptions
    @OptionGroup var glossaryOptions: GlossaryOptions

    func run() throws {
        let (database, details) = try store.open(session: session)
        let input = try PackInput.load(store: database, session: details, notes: notes, agenda: agenda)
        let glossaries = try glossaryOptions.choose()
        let pack = ResourcePack(glossary: glossaries.glossary, easyRead: easyRead, look: try page.look(contents: contentsList.contents).options)
        let (document, report) = pack.build(input)
        Console.report(PackSummary.text(report, notes: notes, renderer: .standardOutput))
        if checkOnly {
            if report.needsLooking { throw ExitCode(1) }
            return
        }
        if strict && !report.blocking.isEmpty {
            throw CommandFailure(message: "Nothing was published: \(report.blocking.count) jargon words or labels remain in \(notes) (listed above). Change them, allow them in .roundtable/glossary.yaml, or publish without --strict.", exitCode: 1)
        }
        let files = try OutputFiles.documents(document, formats: formats.formats, options: pack.writerOptions, baseName: report.fileName,
                                              folder: URL(fileURLWithPath: output, isDirectory: true))
        try OutputWriting.write(files, inputs: [notes] + (agenda.map { [$0] } ?? []) + glossaries.inputs + [store.resolvedPath])
        Console.wrote(files)
    }
}

/// What publishing found and changed, in plain words, with the findings as `check` shows them.
enum PackSummary {
    static func text(_ report: PackReport, notes: String, renderer: DiagnosticRenderer) -> String {
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
            lines.append("Wording still to look at in \(notes): \(FindingCounts.byRule(report.remaining)).")
        }
        if !report.pictureProblems.isEmpty {
            lines.append("Pictures to look at (the pack shows each description in place of a picture it could not hold):")
            lines += report.pictureProblems.map { "  \($0)" }
        }
        lines.append("Words we used: \(report.wordsUsed.count) glossary words explained in the pack.")
        // Names and notes are made visible here; the renderer's lines already are, and keep their colour.
        let shown = lines.map(TerminalText.visible)
        return (shown[..<(shown.count - 1)] + findings.map { "  " + renderer.line($0) } + [shown[shown.count - 1]]).joined(separator: "\n")
    }
}
