import Documents
import Foundation
@testable import PlainLanguage
import Testing

/// The glossary spreadsheet round trip: safe cells, merging into a team glossary, and a team
/// glossary that always reads back.
@Suite struct GlossaryImportTests {
    let curated: Glossary

    init() throws {
        curated = try GlossaryLoader.curated()
    }

    func entry(_ id: String, term: String, meaning: String = "A word.", alternatives: [String] = ["a plain word"]) -> GlossaryEntry {
        GlossaryEntry(id: id, term: term, kind: .jargon, meaning: meaning, alternatives: alternatives, domain: "local")
    }

    func change(_ id: String, meaning: String?, term: String? = nil) -> EntryChange {
        EntryChange(id: id, term: term, kind: term == nil ? nil : .jargon, expansions: nil, variants: nil, meaning: meaning,
                    alternatives: term == nil ? nil : ["a plain word"], why: nil, domain: nil, file: "t.csv", position: nil)
    }

    @Test func cellsThatLookLikeFormulasAreNeutralisedAndRestored() throws {
        let cells = ["=SUM(A1)", "-5", "+44 113", "@home", "'quoted", "\tindented", "plain"]
        let entries = cells.enumerated().map { entry("cell-\($0.offset)", term: "term \($0.offset)", meaning: $0.element, alternatives: [$0.element]) }
        let text = GlossaryCSV.write(entries)
        #expect(text.contains(",'=SUM(A1),'=SUM(A1),"))
        #expect(text.contains(",'-5,'-5,") && text.contains(",'+44 113,") && text.contains(",'@home,") && text.contains(",'\tindented,"))
        #expect(text.contains(",'quoted,'quoted,") && text.contains(",plain,plain,"))
        let back = try GlossaryCSV.read(text, file: "glossary.csv")
        #expect(back.map(\.meaning) == cells)
        // List items are trimmed, so only the tab before "indented" is lost there.
        #expect(back.map { $0.alternatives ?? [] } == cells.map { [$0.trimmingCharacters(in: .whitespaces)] })
    }

    @Test func importAddsAndChangesButKeepsEverythingElse() {
        let existing = LocalGlossary(entries: [change("team-a", meaning: "Old A.", term: "a"), change("team-b", meaning: "B.", term: "b")],
                                     allow: ["ICB"])
        let rows = [change("team-a", meaning: "New A."), change("team-c", meaning: "C.", term: "c")]
        let result = GlossaryImport(rows: rows, into: existing, curated: curated, replacing: false)
        #expect(result.added == ["team-c"] && result.changed == ["team-a"] && result.removed.isEmpty && result.kept == 1)
        #expect(result.glossary.entries.map(\.id) == ["team-a", "team-b", "team-c"])
        #expect(result.glossary.entries.first?.term == "a" && result.glossary.entries.first?.meaning == "New A.")
        #expect(result.glossary.allow == ["ICB"])
    }

    @Test func replacingKeepsOnlyTheSpreadsheetsRows() {
        let existing = LocalGlossary(entries: [change("team-a", meaning: "A.", term: "a"), change("team-b", meaning: "B.", term: "b")])
        let rows = [change("team-a", meaning: "A.", term: "a")]
        let result = GlossaryImport(rows: rows, into: existing, curated: curated, replacing: true)
        #expect(result.glossary.entries.map(\.id) == ["team-a"])
        #expect(result.added.isEmpty && result.changed.isEmpty && result.removed == ["team-b"] && result.kept == 1)
    }

    @Test func aLargeSpreadsheetImportsEveryRow() throws {
        let header = GlossaryCSV.columns.joined(separator: ",")
        let rows = (0..<5_000).map { "team-\($0),word \($0),jargon,,v\($0); w\($0),\"Meaning \($0): \"\"quoted\"\", # not a comment\",plain \($0),,local" }
        let text = ([header] + rows).joined(separator: "\r\n")
        let changes = try GlossaryCSV.read(text, file: "big.csv")
        let result = GlossaryImport(rows: changes, into: LocalGlossary(), curated: curated, replacing: false)
        #expect(result.added.count == 5_000)
        let yaml = try result.glossary.checkedYAML(file: "glossary.yaml", against: curated)
        let reread = try LocalGlossary(yaml: yaml, file: "glossary.yaml")
        #expect(reread.entries.count == 5_000)
        #expect(reread.entries.last?.meaning == "Meaning 4999: \"quoted\", # not a comment")
        #expect(reread.entries.last?.variants == ["v4999", "w4999"])
    }

    @Test func textThatLooksLikeYAMLSyntaxSurvivesTheTeamGlossary() throws {
        let awkward = ["yes", "123", "null", "~", "- dash", "key: value", "#hash", "line\nbreak", "back\\slash", "tab\there", "'single'", "\"double\""]
        let local = LocalGlossary(entries: awkward.enumerated().map { change("team-\($0.offset)", meaning: $0.element, term: $0.element) },
                                  allow: ["yes", "no"], silence: [.longSentence])
        let yaml = try local.checkedYAML(file: "glossary.yaml", against: curated)
        #expect(try LocalGlossary(yaml: yaml, file: "glossary.yaml").entries.map(\.meaning) == awkward)
    }

    @Test func aGlossaryTheLoaderWouldRefuseIsNotWritten() {
        let incomplete = LocalGlossary(entries: [change("team-new", meaning: "Only a meaning.")])
        #expect(throws: ReadError.self) { try incomplete.checkedYAML(file: "glossary.yaml", against: curated) }
    }
}
