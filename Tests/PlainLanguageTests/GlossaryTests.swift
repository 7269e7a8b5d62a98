import Documents
import Foundation
@testable import PlainLanguage
import Testing
import TestSupport

@Suite struct CuratedGlossaryLintTests {
    let glossary: Glossary

    init() throws {
        glossary = try GlossaryLoader.curated()
    }

    @Test func hasAtLeastFourHundredEntriesInNineDomains() {
        #expect(glossary.entries.count >= 400)
        #expect(glossary.domains.count == 9)
        #expect(glossary.everydayAcronyms.contains("NHS"))
    }

    @Test func everyEntryIsComplete() {
        for entry in glossary.entries {
            #expect(!entry.meaning.isEmpty && !entry.alternatives.isEmpty && !entry.domain.isEmpty, "\(entry.id)")
            #expect(entry.meaning.split(separator: " ").count <= 25, "\(entry.id): meaning over 25 words")
            if entry.kind == .acronym { #expect(!entry.expansions.isEmpty, "\(entry.id) has no expansion") }
            if entry.kind == .label { #expect(!(entry.why ?? "").isEmpty, "\(entry.id) has no why") }
        }
    }

    @Test func idsAndTermsAreUnique() {
        let ids = glossary.entries.map(\.id)
        #expect(Set(ids).count == ids.count)
        let terms = glossary.entries.map { $0.term.lowercased() }
        #expect(Set(terms).count == terms.count)
    }

    @Test func noAlternativeIsItselfFlagged() {
        let checker = PlainLanguageChecker(glossary: glossary)
        var flagged: [String] = []
        for entry in glossary.entries {
            for alternative in entry.alternatives {
                let report = checker.check(ProseView(PlainTextReader.read(alternative), file: entry.id))
                let findings = report.diagnostics.filter { $0.rule == .jargon || $0.rule == .label }
                if !findings.isEmpty { flagged.append("\(entry.id): “\(alternative)” has \(findings.compactMap(\.excerpt))") }
            }
        }
        #expect(flagged.isEmpty, "\(flagged.count) alternatives are themselves jargon or labels:\n\(flagged.prefix(20).joined(separator: "\n"))")
    }
}

@Suite struct GlossaryFileErrorTests {
    func folder(_ files: [String: String]) throws -> URL {
        let url = try TemporaryFolder("glossary").url
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    func message(_ body: () throws -> Void) -> String {
        do { try body() } catch { return (error as? LocalizedError)?.errorDescription ?? "\(error)" }
        return "no error"
    }

    let entry = "  - {id: icb, term: ICB, kind: acronym, expansions: [Integrated Care Board], meaning: The NHS body., alternatives: [the local NHS]}\n"

    @Test func duplicateIdAcrossFilesIsReported() throws {
        let url = try folder(["a.yaml": "domain: a\nentries:\n" + entry, "b.yaml": "domain: b\nentries:\n" + entry])
        let text = message { _ = try GlossaryLoader.folder(url) }
        #expect(text.contains("b.yaml line 3"), "\(text)")
        #expect(text.contains("The id 'icb' is used twice: here and in a.yaml."))
    }

    @Test func entryWithoutAlternativeOrMeaningIsReported() throws {
        let noAlternative = try folder(["a.yaml": "domain: a\nentries:\n  - {id: x, term: X thing, kind: jargon, meaning: M.}\n"])
        #expect(message { _ = try GlossaryLoader.folder(noAlternative) }.contains("The glossary entry 'x' has no alternative."))
        let noMeaning = try folder(["a.yaml": "domain: a\nentries:\n  - {id: x, term: X thing, kind: jargon, alternatives: [y]}\n"])
        #expect(message { _ = try GlossaryLoader.folder(noMeaning) }.contains("has no meaning"))
    }

    @Test func malformedYAMLNamesLineAndColumn() throws {
        let url = try folder(["a.yaml": "domain: a\nentries:\n  - id: x\n   term: [broken\n"])
        let text = message { _ = try GlossaryLoader.folder(url) }
        #expect(text.contains("a.yaml line 4"), "\(text)")
    }

    @Test func misspeltKeyGetsASuggestion() throws {
        let url = try folder(["a.yaml": "domain: a\nentries:\n  - {id: x, term: X, kind: jargon, meanng: M, alternatives: [y]}\n"])
        #expect(message { _ = try GlossaryLoader.folder(url) }.contains("Did you mean 'meaning'?"))
    }

    @Test func silenceTakesOnlyRulesACheckReports() throws {
        let url = try folder(["a.yaml": "silence: [long-sentense]\n", "b.yaml": "silence:\n  - jargon\n  - agenda-papers-late\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        let misspelt = message { _ = try GlossaryLoader.local(url.appendingPathComponent("a.yaml").path) }
        #expect(misspelt.contains("a.yaml line 1, column 11: 'long-sentense' under 'silence' is not a rule Roundtable has. Did you mean 'long-sentence'?"), "\(misspelt)")
        let agendaRule = message { _ = try GlossaryLoader.local(url.appendingPathComponent("b.yaml").path) }
        #expect(agendaRule.contains("b.yaml line 3, column 5: 'agenda-papers-late' is a rule Roundtable has, but it cannot be switched off under 'silence'."), "\(agendaRule)")
        #expect(agendaRule.contains("under 'rules:' then 'off:'"))
    }

    @Test func csvErrorsNameTheLine() {
        let header = GlossaryCSV.columns.joined(separator: ",") + "\n"
        #expect(message { _ = try GlossaryCSV.read(header + "icb,ICB,acronym\n", file: "g.csv") }.contains("g.csv line 2, column 1: This row has 3 cells"))
        #expect(message { _ = try GlossaryCSV.read(header + "\"icb,ICB\n", file: "g.csv") }.contains("line 2, column 1: A quoted cell"))
        #expect(message { _ = try GlossaryCSV.read("id,termz\nx,y\n", file: "g.csv") }.contains("Did you mean 'term'?"))
    }

    @Test func csvRoundTripKeepsEveryEntry() throws {
        let glossary = try GlossaryLoader.curated()
        let changes = try GlossaryCSV.read(GlossaryCSV.write(glossary.entries), file: "g.csv")
        #expect(changes.count == glossary.entries.count)
        #expect(changes.compactMap { $0.difference(from: glossary) }.isEmpty)
        let entries = try changes.map { try $0.complete(domain: "x") }
        #expect(entries == Array(glossary.entries))
    }

    @Test func teamGlossaryAddsChangesAllowsAndSilences() throws {
        let yaml = """
        entries:
          - {id: icb, alternatives: [our local NHS]}
          - {id: pathway-2, term: Pathway 2, kind: jargon, meaning: Our route into supported housing., alternatives: [the housing route]}
        allow: [step change]
        everyday-acronyms: {add: [CQC], remove: [TV]}
        silence: [long-sentence]
        """
        let local = try LocalGlossary(yaml: yaml, file: "team.yaml")
        var glossary = try GlossaryLoader.curated()
        try local.validate(against: glossary)
        glossary.apply(local)
        #expect(glossary.entry(id: "icb")?.alternatives == ["our local NHS"])
        #expect(glossary.entry(id: "pathway-2")?.domain == "local")
        #expect(glossary.isAllowed("Step Change"))
        #expect(glossary.everydayAcronyms.contains("CQC") && !glossary.everydayAcronyms.contains("TV"))
        #expect(glossary.silencedRules == [.longSentence])
        // Written back out, it reads the same.
        let again = try LocalGlossary(yaml: local.yaml(), file: "again.yaml")
        #expect(again.entries == local.entries.map { var change = $0; change.file = "again.yaml"; change.position = again.entries.first { $0.id == change.id }?.position; return change })
        #expect(again.allow == local.allow && again.silence == local.silence)
    }

    @Test func incompleteNewTeamEntryIsRefused() throws {
        let local = try LocalGlossary(yaml: "entries:\n  - {id: new-word, term: New word}\n", file: "team.yaml")
        #expect(message { try local.validate(against: testGlossary) }.contains("team.yaml line 2"))
    }
}
