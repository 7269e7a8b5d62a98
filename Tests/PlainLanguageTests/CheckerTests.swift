import Documents
@testable import PlainLanguage
import Testing

func findings(_ text: String, glossary: Glossary = testGlossary) -> [String] {
    let report = PlainLanguageChecker(glossary: glossary).check(ProseView(PlainTextReader.read(text), file: "t.txt"))
    return report.diagnostics.map { "\($0.rule):\($0.excerpt ?? ""):\($0.location.position?.line ?? 0):\($0.location.position?.column ?? 0)" }
}

@Suite struct CheckerTests {
    @Test func knownAcronymWithoutExplanationIsReportedOnceWithItsExpansion() throws {
        let report = PlainLanguageChecker(glossary: testGlossary).check(ProseView(PlainTextReader.read("The ICB met.\nThe ICB agreed."), file: "t.txt"))
        #expect(report.diagnostics.count == 1)
        let finding = try #require(report.diagnostics.first)
        #expect(finding.rule == .acronymUnexplained)
        #expect(finding.message.contains("Integrated Care Board"))
        #expect(finding.suggestion?.contains("Integrated Care Board (ICB)") == true)
        #expect(finding.location.position == SourcePosition(line: 1, column: 5))
    }

    @Test func acronymExplainedBeforeUseIsFineInEitherOrder() {
        #expect(findings("The Integrated Care Board (ICB) met. The ICB agreed.") == [])
        #expect(findings("The ICB (integrated care board) met. The ICB agreed.") == [])
        #expect(findings("The Deprivation of Liberty Safeguards (DoLS) apply. DoLS are complex.") == [])
        #expect(findings("Our Community of Practice (CoP) met.") == [])
    }

    @Test func anExpansionTheGlossaryKnowsExplainsItEvenWhenItsLettersDoNotSpellIt() {
        let glossary = Glossary(entries: [
            GlossaryEntry(id: "icb", term: "ICB", kind: .acronym, expansions: ["the local NHS body"],
                          meaning: "The NHS body for an area.", alternatives: ["the local NHS"], domain: "health"),
        ], everydayAcronyms: ["NHS"])
        #expect(findings("The local NHS body (ICB) met. The ICB agreed.", glossary: glossary) == [])
        #expect(findings("The ICB (the local NHS body) met. The ICB agreed.", glossary: glossary) == [])
        #expect(findings("Our local NHS body (ICB) met.", glossary: glossary) == ["acronym-unexplained:ICB:1:21"])
    }

    @Test func acronymExplainedOnlyAfterFirstUseIsReportedAtFirstUse() {
        #expect(findings("The ICB met.\nLater: Integrated Care Board (ICB).") == ["acronym-unexplained:ICB:1:5"])
    }

    @Test func unknownAcronymsAreReportedUnlessExplainedOrEveryday() {
        #expect(findings("The XYZ panel and the NHS and our GP.") == ["acronym-unknown:XYZ:1:5"])
        #expect(findings("The Xylophone Yard Zone (XYZ) met; XYZ again.") == [])
        #expect(findings("An EbE spoke; a PhD too.") == ["acronym-unknown:EbE:1:4", "acronym-unknown:PhD:1:17"])
        // Capitals that go on in letters outside ASCII are a word in capitals, not an acronym;
        // curly quotes around an acronym do not hide it.
        #expect(findings("ZOË and MÜLLER came. ÅSA too.") == [])
        #expect(findings("Ask the “XYZ” team.") == ["acronym-unknown:XYZ:1:10"])
    }

    @Test func ambiguousAcronymSuggestsEveryMeaning() throws {
        let report = PlainLanguageChecker(glossary: testGlossary).check(ProseView(PlainTextReader.read("The CoP met."), file: "t.txt"))
        let finding = try #require(report.diagnostics.first)
        #expect(finding.message.contains("community of practice or Court of Protection"))
    }

    @Test func shoutingIsNotReadAsAcronyms() {
        #expect(findings("PLEASE READ THIS FIRST before the meeting.") == [])
        #expect(findings("Ask the DWP.") == ["acronym-unknown:DWP:1:9"])
    }

    @Test func jargonAndLabelsAreReportedEveryTimeWithAlternatives() throws {
        let report = PlainLanguageChecker(glossary: testGlossary).check(ProseView(PlainTextReader.read("A service user.\n\nAnother service user and stakeholders."), file: "t.txt"))
        #expect(report.diagnostics.map(\.rule) == [.label, .label, .jargon])
        #expect(report.diagnostics[0].suggestion == "Try: person; member.")
        #expect(report.diagnostics[0].message.contains("It reduces a person to their use of a service."))
        #expect(report.diagnostics[1].location.position == SourcePosition(line: 3, column: 9))
        #expect(report.diagnostics[2].context == "Another service user and stakeholders.")
        #expect(report.termsUsed.map(\.id) == ["service-user", "stakeholder"])
    }

    @Test func eachFindingQuotesTheWordsAsWritten() {
        // The words of a finding are made once for each entry and spelling, then reused.
        let text = "A service user.\n\nA Service User.\n\nA service-user and stakeholders.\n\nA service user and a stakeholder."
        let report = PlainLanguageChecker(glossary: testGlossary).check(ProseView(PlainTextReader.read(text), file: "t.txt"))
        #expect(report.diagnostics.map(\.message).map { $0.prefix(while: { $0 != "”" }) }
                == ["“service user", "“Service User", "“service-user", "“stakeholders", "“service user", "“stakeholder"])
        #expect(report.diagnostics.map(\.rule) == [.label, .label, .label, .jargon, .label, .jargon])
        #expect(Set(report.diagnostics.map(\.suggestion)) == ["Try: person; member.", "Try: people involved."])
    }

    @Test func inlineAllowCommentAndSilencedRulesAreHonoured() throws {
        let prose = try ProseView(MarkdownReader().read("<!-- roundtable: allow ICB, service user -->\nThe ICB and a service user and a stakeholder.\n", file: "n.md"), file: "n.md")
        #expect(PlainLanguageChecker(glossary: testGlossary).check(prose).diagnostics.map(\.rule) == [.jargon])
        var glossary = testGlossary
        glossary.apply(LocalGlossary(silence: [.jargon]))
        #expect(PlainLanguageChecker(glossary: glossary).check(prose).diagnostics.isEmpty)
    }

    @Test func inlineAllowCommentSwitchesOffARuleById() throws {
        let long = Array(repeating: "word", count: 30).joined(separator: " ") + " and a stakeholder.\n"
        #expect(PlainLanguageChecker(glossary: testGlossary).check(try ProseView(MarkdownReader().read(long, file: "n.md"), file: "n.md")).diagnostics.map(\.rule) == [.longSentence, .jargon])
        let allowed = try ProseView(MarkdownReader().read("<!-- roundtable: allow long-sentence -->\n" + long, file: "n.md"), file: "n.md")
        #expect(PlainLanguageChecker(glossary: testGlossary).check(allowed).diagnostics.map(\.rule) == [.jargon])
    }

    @Test func markdownCodeAndLinksAreNotChecked() throws {
        let prose = try ProseView(MarkdownReader().read("Use `ICB` and <https://care.example/stakeholder>.\n\n```\nstakeholder\n```\n", file: "n.md"), file: "n.md")
        #expect(PlainLanguageChecker(glossary: testGlossary).check(prose).diagnostics.isEmpty)
    }

    @Test func markdownFindingsPointIntoTheFile() throws {
        let source = "---\ntitle: Notes\n---\n# Heading\n\nSome text,\n  and a *service\nuser* here.\n"
        let report = PlainLanguageChecker(glossary: testGlossary).check(try ProseView(MarkdownReader().read(source, file: "n.md"), file: "n.md"))
        #expect(report.diagnostics.first?.location.position == SourcePosition(line: 7, column: 10))
    }
}

/// A text long enough to be read in several parts side by side gives its findings in reading
/// order, as one block read alone would: at the same place, a term before its long sentence, and
/// an acronym's first use reported in whichever part it falls.
@Suite struct CheckerPartsTests {
    @Test func findingsOfAManyPartTextComeInReadingOrder() {
        let long = "Stakeholder " + Array(repeating: "word", count: 30).joined(separator: " ") + " and a service user."
        let paragraphs = [
            long,
            "A short line with a stakeholder in it. " + long,
            "Nothing to see here at all.",
            long + " Then the ICB met, and a stakeholder.",
        ]
        // About 600 KB: three parts or more. The acronym first comes in the last paragraph of all.
        var text = (0..<4_000).map { paragraphs[$0 % 3] }
        text.append(paragraphs[3])
        let report = PlainLanguageChecker(glossary: testGlossary).check(ProseView(PlainTextReader.read(text.joined(separator: "\n\n")), file: "t.txt"))
        let alone = text.indices.flatMap { index in
            PlainLanguageChecker(glossary: testGlossary).check(ProseView(PlainTextReader.read(text[index]), file: "t.txt")).diagnostics
                .map { "\(index + 1) \($0.rule) \($0.location.position?.column ?? 0) \($0.excerpt ?? "")" }
        }
        let whole = report.diagnostics.map { "\($0.location.paragraph ?? 0) \($0.rule) \($0.location.position?.column ?? 0) \($0.excerpt ?? "")" }
        #expect(whole == alone)
        #expect(whole.filter { $0.contains("long-sentence") }.count == 2_668)
        #expect(whole.suffix(5).map { $0.split(separator: " ")[1] } == ["jargon", "long-sentence", "label", "acronym-unexplained", "jargon"])
    }

    /// A long text's findings handed on a part at a time are, one part after another, the
    /// findings `check` keeps, each part knowing how many came before it and where the last was.
    @Test func findingsHandedOnInPartsAreTheFindingsKept() {
        let paragraph = "The ICB met. Stakeholder " + Array(repeating: "word", count: 30).joined(separator: " ") + " and a service user."
        let prose = ProseView(PlainTextReader.read(Array(repeating: paragraph, count: 8_000).joined(separator: "\n\n")), file: "t.txt")
        let checker = PlainLanguageChecker(glossary: testGlossary)
        let kept = checker.check(prose)
        var parts: [FindingsPart] = []
        let handed = checker.check(prose, making: { $0 }, inOrder: { parts.append($0) })
        #expect(parts.count > 2)
        #expect(handed.diagnostics.isEmpty)
        #expect(parts.flatMap(\.findings) == kept.diagnostics)
        #expect(parts.map(\.before) == parts.indices.map { index in parts[..<index].reduce(0) { $0 + $1.findings.count } })
        #expect(parts.dropFirst().map(\.lastBefore) == parts.indices.dropLast().map { parts[...$0].last { !$0.findings.isEmpty }?.findings.last?.location })
        #expect(handed.acronyms == kept.acronyms && handed.termsUsed.map(\.id) == kept.termsUsed.map(\.id) && handed.readability == kept.readability)
    }
}
