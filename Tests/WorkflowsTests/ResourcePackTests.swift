import Documents
import Foundation
import PlainLanguage
@testable import Workflows
import SpeakingTurns
import Testing
import TestSupport

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

    @Test func namesInsideOtherWordsAndEverydayWordsInSmallLettersAreLeft() {
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
        let redaction = redactor.redact(document)
        let redacted = redaction.document
        #expect(redacted.metadata.title == "Notes by an expert by experience")
        #expect(redacted.metadata.authors == ["A professional", "Priya Shah"])
        // A link whose address names someone becomes its words alone.
        #expect(redacted.blocks[0] == .paragraph(Paragraph([.text("Ask "), .text("an expert by experience"), .text(".")])))
        let html = String(decoding: try HTMLWriter().write(redacted), as: UTF8.self)
        #expect(!html.contains("Dev") && !html.contains("Patel") && !html.contains("Alison") && !html.contains("Grey"))
        #expect(redaction.replacements.map(\.name) == ["Dev Patel", "Alison Grey"])
        #expect(redaction.replacements.first?.count == 4)
    }
}

/// Each form of a name that leaked from the pack before, found and replaced.
@Suite struct RedactionFormTests {
    let redactor = NameRedactor(people: [
        Participant(id: 1, displayName: "Amira Khan", role: .expertByExperience),
        Participant(id: 2, displayName: "Zoë Baptiste", role: .professional),
        Participant(id: 3, displayName: "Siobhan O'Neill", role: .expertByExperience),
        Participant(id: 4, displayName: "Sam Khan", role: .facilitator, consentsToBeNamed: true),
    ])

    func redacted(_ text: String) -> String { redactor.redact(text).0 }

    @Test func capitalsAndSmallLettersOfOneName() {
        #expect(redacted("AMIRA spoke.") == "An expert by experience spoke.")
        #expect(redacted("then amira spoke") == "then an expert by experience spoke")
    }

    @Test func aFullNameOverALineBreakIsOneReplacement() {
        #expect(redacted("We heard amira\nkhan today.") == "We heard an expert by experience today.")
        #expect(redactor.redact("Amira\nKhan").1.first?.count == 1)
    }

    @Test func accentsAndUnicodeForms() {
        for written in ["Zoë", "Zoe\u{0308}", "Zoe", "ZOË", "zoë", "ZOE"] {
            #expect(redacted("\(written) came.") == "A professional came.", "\(written.debugDescription)")
        }
    }

    @Test func curlyApostrophesAndNoApostrophe() {
        #expect(redacted("Siobhan O’Neill came.") == "An expert by experience came.")
        #expect(redacted("O’NEILL came, and oneill.") == "An expert by experience came, and an expert by experience.")
    }

    @Test func joinedWithASuffixOrSurnameFirst() {
        #expect(redacted("AmiraKhan, amira_khan and amira-khan.") == "An expert by experience, an expert by experience and an expert by experience.")
        #expect(redacted("Khan, Amira came.") == "An expert by experience came.")
        #expect(redacted("A. Khan came.") == "An expert by experience came.")
        #expect(redacted("See AmiraNotes2026.") == "See an expert by experienceNotes2026.")
    }

    @Test func aConsentingPersonWhoSharesASurnameKeepsTheirName() {
        #expect(redacted("Sam Khan chaired; Amira Khan spoke; Khan agreed.") == "Sam Khan chaired; an expert by experience spoke; an expert by experience agreed.")
        #expect(redactor.unsafeNames.contains { $0.kind == .unsafeName(.sharedWithNamed(part: "Khan", namedPerson: "Sam Khan")) })
    }

    @Test func addressesInTheTextGoWhole() {
        #expect(redacted("Mail amira.khan@example.org today.") == "Mail (e-mail address removed) today.")
        #expect(redacted("See https://example.org/people/Zo%C3%AB.") == "See (web address removed).")
        #expect(redacted("See www.example.org/amira-khan or example.org/%41mira") == "See (web address removed) or (web address removed)")
        #expect(redacted("Mail sam.khan@example.org.") == "Mail sam.khan@example.org.")
    }

    @Test func linkAddressesArePercentDecoded() {
        let document = Document(blocks: [.paragraph(Paragraph([
            .link(Link(destination: "https://example.org/people/Zo%C3%AB", [.text("profile")])),
            .text(" "), .link(Link(destination: "https://example.org/%41mira", [.text("page")])),
            .text(" "), .link(Link(destination: "https://example.org/?who=amira+khan", [.text("search")])),
            .text(" "), .link(Link(destination: "https://example.org/kept", [.text("kept")])),
        ]))])
        #expect(redactor.redact(document).document.blocks == [.paragraph(Paragraph([
            .text("profile"), .text(" "), .text("page"), .text(" "), .text("search"), .text(" "),
            .link(Link(destination: "https://example.org/kept", [.text("kept")])),
        ]))])
    }

    @Test func aNameSplitByFormattingIsFound() throws {
        let document = try MarkdownReader().read("Am**ira** Khan and **Amira** came.\n")
        let text = redactor.redact(document).document.blocks.first.map { block -> String in
            guard case .paragraph(let paragraph) = block else { return "" }
            return paragraph.inlines.plainText
        }
        #expect(text == "An expert by experience and an expert by experience came.")
    }

    @Test func everyMetadataFieldIsRedactedAndABadLanguageIsReset() {
        let document = Document(metadata: Metadata(title: "Amira", subtitle: "by khan", organisation: "Zoë's group", authors: ["AMIRA KHAN"],
                                                   language: "amira-khan", summary: "Zoe spoke", keywords: ["siobhan"]))
        let redaction = redactor.redact(document)
        let metadata = redaction.document.metadata
        let all = [metadata.title, metadata.subtitle, metadata.organisation, metadata.summary].compactMap { $0 } + metadata.authors + metadata.keywords + [metadata.language]
        for value in all {
            #expect(!FoldedText.folded(value).contains("amira") && !FoldedText.folded(value).contains("khan")
                    && !FoldedText.folded(value).contains("zoe") && !FoldedText.folded(value).contains("siobhan"), "\(value)")
        }
        #expect(metadata.language == "en-GB")
        #expect(redaction.review.contains { $0.kind == .languageReset })
    }

    @Test func aFileNameHoldingAHiddenNameIsNoticed() {
        #expect(redactor.holdsHiddenName("amira-khan-interview"))
        #expect(redactor.holdsHiddenName("notes-zoe"))
        #expect(!redactor.holdsHiddenName("october-notes"))
    }
}

/// Names that are also everyday words: replaced with a capital, kept in small letters, and both
/// listed for a person to look at; a phrase can be kept on purpose.
@Suite struct EverydayNameTests {
    let people = [Participant(id: 1, displayName: "Will Young", role: .professional),
                  Participant(id: 2, displayName: "May Hope", role: .guest)]

    @Test func capitalisedEverydayNamesAreReplacedAndListed() {
        let redactor = NameRedactor(people: people)
        let document = Document(blocks: [.paragraph(Paragraph([.text("Will we meet in May? Young people said we will. Will Young came.")]))])
        let redaction = redactor.redact(document)
        #expect(redaction.document.blocks == [.paragraph(Paragraph([.text("A professional we meet in a guest? A professional people said we will. A professional came.")]))])
        let replaced = redaction.review.filter { $0.kind == .everydayWordReplaced }.map(\.text)
        #expect(replaced == ["Will", "May", "Young"])
        #expect(redaction.review.contains { $0.kind == .everydayWordKept && $0.text == "will" })
        #expect(redaction.review.first { $0.kind == .everydayWordReplaced }?.message.contains("<!-- roundtable: keep Will we meet -->") == true)
    }

    @Test func aKeptPhraseIsLeftAsItIs() {
        let redactor = NameRedactor(people: people, keep: ["Will we meet", "young people"])
        #expect(redactor.redact("Will we meet? Young people came. Will Young came.").0 == "Will we meet? Young people came. A professional came.")
    }

    @Test func keepCommentsAreRead() throws {
        #expect(try MarkdownReader().read("Text\n<!-- roundtable: keep Young people, Will we meet -->\n<!-- other -->\n").metadata.keptPhrases == ["Young people", "Will we meet"])
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
        let input = PackInput(session: session, notes: try MarkdownReader().read(notes),
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
        let text = String(decoding: try PlainTextWriter().write(document, options: WriterOptions(lineWidth: 1000)), as: UTF8.self)
        #expect(text.contains("3 people came; 2 of them are experts by experience."))
        #expect(text.contains("An expert by experience said the Integrated Care Board (ICB) uses jargon like step change."))
        #expect(!text.contains("Dev") && !text.contains("Alison"))
        #expect(text.contains("step change"))
        #expect(report.expanded.map(\.acronym) == ["ICB"])
        #expect(report.ambiguous.map(\.acronym) == ["MDT"])
        #expect(report.blocking.map(\.rule) == [.jargon])
        #expect(report.wordsUsed.map(\.id).contains("step-change"))
        // Priya Shah agreed to be named, so the speaking balance names her; Alison Grey did not, so
        // she is the first participant given a letter.
        #expect(text.contains("Priya Shah (expert by experience)"))
        #expect(text.contains("Participant A (professional)"))
    }

    @Test func withoutTurnsThereIsNoBalanceSection() throws {
        let (document, _) = try pack("Plain words only.\n", balance: false)
        #expect(!document.blocks.contains { if case .heading(let heading) = $0 { return heading.inlines.plainText == "Speaking balance" }; return false })
    }

    @Test func easyReadHasOneSentencePerParagraphAndItsOwnStyle() throws {
        let (document, _) = try pack("We met. We talked about words. We agreed to try.\n", easyRead: true)
        let options = ResourcePack(glossary: try GlossaryLoader.curated(), easyRead: true).writerOptions
        #expect(options.layout == .easyRead)
        let paragraphs = document.blocks.compactMap { block -> String? in
            if case .paragraph(let paragraph) = block { return paragraph.inlines.plainText }
            return nil
        }
        #expect(paragraphs.contains("We met.") && paragraphs.contains("We talked about words.") && paragraphs.contains("We agreed to try."))
        // 14-point type for the whole document: the default size, not a size some heading style has anyway.
        let stylesPart = try #require(try ZIPParts.unzip(try DOCXWriter().write(document, options: options))["word/styles.xml"])
        let styles = try #require(XMLProbe(stylesPart))
        #expect(styles.string("//w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val") == "28")
        let fodt = try #require(XMLProbe(FODTWriter().write(document, options: options)))
        #expect(fodt.string("//office:styles/style:default-style[@style:family='paragraph']/style:text-properties/@fo:font-size") == "14pt")
        #expect(String(decoding: try HTMLWriter().write(document, options: options), as: UTF8.self).contains("Easy read"))
        #expect(!String(decoding: try HTMLWriter().write(document), as: UTF8.self).contains("Easy read"), "the layout is the writer's choice")
    }
}
