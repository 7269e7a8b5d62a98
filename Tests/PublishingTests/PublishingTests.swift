import Documents
import PlainLanguage
@testable import Publishing
import SpeakingTurns
import Testing

let people = [
    Participant(id: 1, displayName: "Priya Shah", role: .expertByExperience, consentsToBeNamed: true),
    Participant(id: 2, displayName: "Dev Patel", role: .expertByExperience, consentsToBeNamed: false),
    Participant(id: 3, displayName: "Alison Grey", role: .professional, consentsToBeNamed: false),
]

@Suite struct NameRedactorTests {
    let redactor = NameRedactor(people: people)

    @Test func fullAndPartNamesOfPeopleWithoutConsentAreReplacedByTheirRole() {
        let (text, found) = redactor.redact("Priya Shah thanked Dev Patel. Dev said yes; alison grey and Alison agreed.")
        #expect(text == "Priya Shah thanked an expert by experience. An expert by experience said yes; a professional and a professional agreed.")
        #expect(Set(found.map(\.person)) == ["Dev Patel", "Alison Grey"])
    }

    @Test func namesInsideOtherWordsAndLowerCasePartsAreLeft() {
        #expect(redactor.redact("Devon is grey today; Alisons and Patelson.").0 == "Devon is grey today; Alisons and Patelson.")
    }

    @Test func theRoleIsNotSaidTwice() {
        #expect(redactor.redact("Led by Dev Patel (expert by experience)").0 == "Led by an expert by experience")
    }

    @Test func everyPartOfADocumentIsRedacted() throws {
        let document = Document(metadata: Metadata(title: "Notes by Dev Patel", authors: ["Alison Grey", "Priya Shah"]), blocks: [
            .paragraph(Paragraph([.text("Ask "), .link(Link(destination: "mailto:dev.patel@example.org", [.text("Dev")])), .text(".")])),
            .table(Table(alignments: [.none], header: [[.text("Who")]], rows: [[[.strong([.text("Alison Grey")])]]])),
            .codeBlock(CodeBlock(text: "owner: Dev Patel")),
        ])
        let (redacted, replacements) = redactor.redact(document)
        #expect(redacted.metadata.title == "Notes by an expert by experience")
        #expect(redacted.metadata.authors == ["A professional", "Priya Shah"])
        guard case .paragraph(let paragraph) = redacted.blocks[0], case .link(let link) = paragraph.inlines[1] else {
            Issue.record("unexpected blocks")
            return
        }
        #expect(link.destination == "")
        // A name that is a whole piece of text on its own (here a link) is treated as starting a sentence.
        #expect(link.inlines == [.text("An expert by experience")])
        let html = String(decoding: try HTMLWriter().write(redacted), as: UTF8.self)
        #expect(!html.contains("Dev") && !html.contains("Patel") && !html.contains("Alison") && !html.contains("Grey"))
        #expect(replacements.map(\.name) == ["Dev Patel", "Alison Grey"])
        #expect(replacements.first?.count == 3)
    }
}

@Suite struct AcronymExpanderTests {
    @Test func firstProseUseIsWrittenOutOnce() {
        let document = Document(blocks: [
            .paragraph(Paragraph([.code("ICB"), .text(" The ICBs and the ICB.")])),
            .paragraph(Paragraph([.text("ICB again.")])),
        ])
        let (expanded, done) = AcronymExpander([.init(acronym: "ICB", words: "Integrated Care Board")]).expand(document)
        #expect(done.map(\.acronym) == ["ICB"])
        #expect(expanded.blocks[0] == .paragraph(Paragraph([.code("ICB"), .text(" The Integrated Care Boards (ICBs) and the ICB.")])))
        #expect(expanded.blocks[1] == document.blocks[1])
    }
}

@Suite struct ResourcePackTests {
    func pack(_ notes: String, easyRead: Bool = false, balance: Bool = true) throws -> (Document, PackReport) {
        let glossary = try GlossaryLoader.curated()
        let session = SessionDetails(id: 1, title: "Language", theme: "Language", date: CalendarDate(year: 2026, month: 10, day: 14))
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let metrics = BalanceMetrics(participants: people, turns: [
            Turn(id: 1, personID: 1, start: start, end: start + 60, source: .imported),
            Turn(id: 2, personID: 3, start: start + 60, end: start + 240, source: .imported),
        ], now: start + 240)
        let input = PackInput(session: session, notes: try MarkdownReader().read(notes), notesProse: try MarkdownProse.read(notes, file: "notes.md"),
                              registered: people, present: people,
                              balance: balance ? BalanceReport(session: session, metrics: metrics) : nil)
        return ResourcePack(glossary: glossary, easyRead: easyRead).build(input)
    }

    @Test func packHasEverySectionInOrder() throws {
        let (document, report) = try pack("# Notes\n\nDev Patel said the ICB uses jargon like step change. The MDT met.\n")
        let headings = document.blocks.compactMap { block -> String? in
            if case .heading(let heading) = block, heading.level == 2 { return heading.inlines.plainText }
            return nil
        }
        #expect(headings == ["About this session", "What we talked about", "Words we used", "Speaking balance", "How to get involved"])
        #expect(document.metadata.title == "Language")
        let text = String(decoding: try PlainTextWriter(lineWidth: 1000).write(document), as: UTF8.self)
        #expect(text.contains("3 people came; 2 of them are experts by experience."))
        #expect(text.contains("An expert by experience said the Integrated Care Board (ICB) uses jargon like step change."))
        #expect(!text.contains("Dev") && !text.contains("Alison"))
        #expect(text.contains("step change"))
        #expect(report.expanded.map(\.acronym) == ["ICB"])
        #expect(report.ambiguous.map(\.acronym) == ["MDT"])
        #expect(report.blocking.map(\.rule) == ["jargon"])
        #expect(report.wordsUsed.map(\.id).contains("step-change"))
        #expect(text.contains("Participant A") || text.contains("Priya Shah"))
    }

    @Test func withoutTurnsThereIsNoBalanceSection() throws {
        let (document, _) = try pack("Plain words only.\n", balance: false)
        #expect(!document.blocks.contains { if case .heading(let heading) = $0 { return heading.inlines.plainText == "Speaking balance" }; return false })
    }

    @Test func easyReadHasOneSentencePerParagraphAndItsOwnStyle() throws {
        let (document, _) = try pack("We met. We talked about words. We agreed to try.\n", easyRead: true)
        #expect(document.style == .easyRead)
        let paragraphs = document.blocks.compactMap { block -> String? in
            if case .paragraph(let paragraph) = block { return paragraph.inlines.plainText }
            return nil
        }
        #expect(paragraphs.contains("We met.") && paragraphs.contains("We talked about words.") && paragraphs.contains("We agreed to try."))
        let parts = try Fixtures.unzip(try DOCXWriter().write(document))
        #expect(String(decoding: parts["word/styles.xml"] ?? Data(), as: UTF8.self).contains("<w:sz w:val=\"28\"/>"))
        #expect(String(decoding: try FODTWriter().write(document), as: UTF8.self).contains("fo:font-size=\"14pt\""))
        #expect(String(decoding: try HTMLWriter().write(document), as: UTF8.self).contains("Easy read"))
    }
}

import Foundation
import ZIPFoundation

enum Fixtures {
    static func unzip(_ data: Data) throws -> [String: Data] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = bytes
        }
        return parts
    }
}
