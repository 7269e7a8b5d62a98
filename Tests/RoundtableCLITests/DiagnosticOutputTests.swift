import Foundation
import Testing

/// `check`, `agenda lint` and `publish --check-only` show findings through one renderer: the same
/// colours, severity words and rule ids, colour only on a terminal and never with NO_COLOR.
@Suite struct DiagnosticOutputTests {
    let agenda = """
    title: Test session
    date: 2026-10-14
    start: "10:00"
    end: "12:00"
    items:
      - {title: Welcome, kind: welcome, minutes: 10, description: "We go round the room and every person says their name, where they are from, how they are arriving today and what they hope to take away."}
      - {title: Close, kind: close, minutes: 10}

    """

    func commands(_ cli: CLIRunner) throws -> [[String]] {
        try cli.write("minutes.md", "The ICB met the service user group.\n")
        try cli.write("agenda.yaml", agenda)
        return [["check", "minutes.md"], ["agenda", "lint", "agenda.yaml"]]
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColour() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        for arguments in try commands(cli) {
            let terminal = try PseudoTerminal(arguments: arguments, in: cli, environment: ["NO_COLOR": ""])
            _ = try terminal.waitForExit()
            #expect(terminal.output.contains("\u{1B}[1;31merror:\u{1B}[0m"), "\(arguments): \(terminal.output)")
            let noColour = try PseudoTerminal(arguments: arguments, in: cli, environment: ["NO_COLOR": "1"])
            _ = try noColour.waitForExit()
            #expect(!noColour.output.contains("\u{1B}["), "\(arguments): \(noColour.output)")
            #expect(noColour.output.contains("error:"), "\(arguments)")
            let piped = try cli.run(arguments)
            #expect(!piped.output.contains("\u{1B}[") && piped.output.contains("error:"), "\(arguments)")
        }
    }

    /// The agenda linter reports long sentences with the same word as `check`, and an agenda can
    /// switch the rule off, as every other rule.
    @Test func agendaLongSentencesAreNotesAndCanBeSwitchedOff() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("agenda.yaml", agenda)
        let lint = try cli.run(["agenda", "lint", "agenda.yaml", "--fail-on", "never"])
        #expect(lint.output.contains("agenda.yaml line 6, column 63: note: This sentence has 27 words."), "\(lint.output)")
        #expect(lint.output.contains("[long-sentence]"))
        #expect(lint.output.contains("agenda.yaml: 1 error, 4 warnings and 1 note."), "\(lint.output)")
        try cli.write("off.yaml", agenda.replacingOccurrences(of: "items:", with: "rules: {off: [long-sentence]}\nitems:"))
        let off = try cli.run(["agenda", "lint", "off.yaml", "--fail-on", "never"])
        #expect(off.status == 0, "\(off.errors)")
        #expect(!off.output.contains("long-sentence") && off.output.contains("off.yaml: 1 error and 4 warnings."), "\(off.output)")
        let rules = try cli.run(["agenda", "rules"])
        #expect(rules.output.contains("long-sentence (note): Sentences have no more than 25 words"))
    }

    @Test func helpListsTheValuesOfFailOnAndFormat() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        for arguments in [["check", "--help"], ["agenda", "lint", "--help"]] {
            let help = try cli.run(arguments).output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(help.contains("(values: info, warning, error, never;"), "\(arguments): \(help)")
            #expect(help.contains("(values: text, json;"), "\(arguments)")
        }
        let wrong = try cli.run(["check", "x.md", "--format", "yaml"])
        #expect(wrong.status == 2 && wrong.errors.contains("Please provide one of 'text' and 'json'."), "\(wrong.errors)")
    }
}
