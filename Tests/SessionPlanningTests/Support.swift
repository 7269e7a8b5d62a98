import Documents
import Foundation
import PlainLanguage
@testable import SessionPlanning
import Testing

/// The agenda files in Fixtures/ and what Roundtable makes of them.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The agenda file `name` (without `.yaml`), read.
    static func agenda(_ name: String) throws -> Agenda {
        let path = folder.appendingPathComponent(name + ".yaml").path
        return try AgendaReader.read(try TextFile.read(path, kind: "agenda"), file: name + ".yaml")
    }

    /// Every finding for the agenda file `name`.
    static func findings(_ name: String) throws -> [Diagnostic] {
        let agenda = try agenda(name)
        return try lint(agenda)
    }

    /// The ids of the findings for the agenda file `name`.
    static func rules(_ name: String) throws -> [RuleID] {
        try findings(name).map(\.rule)
    }

    /// Lints `agenda` with the curated glossary.
    static func lint(_ agenda: Agenda) throws -> [Diagnostic] {
        let checker = PlainLanguageChecker(glossary: try GlossaryLoader.curated())
        return AgendaLinter(checker: checker).lint(agenda, schedule: try Schedule(agenda))
    }
}

/// Reads an agenda from text, for tests of reading and timing.
func readAgenda(_ text: String, file: String = "agenda.yaml") throws -> Agenda {
    try AgendaReader.read(text, file: file)
}

/// The ReadError that reading `text` gives, or nil when it reads.
func readError(_ text: String) -> ReadError? {
    do {
        _ = try Schedule(try readAgenda(text))
        return nil
    } catch let error as ReadError {
        return error
    } catch {
        return nil
    }
}

/// A small valid agenda with `items` (YAML lines) and extra top-level lines.
func agendaText(start: String = "10:00", end: String = "12:00", extra: String = "", items: String) -> String {
    """
    title: Test session
    date: 2026-10-14
    start: "\(start)"
    end: "\(end)"
    \(extra)
    items:
    \(items)
    """
}
