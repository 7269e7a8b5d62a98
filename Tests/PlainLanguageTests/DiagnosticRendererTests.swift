import Documents
import PlainLanguage
import PropertyBased
import Testing

@Suite struct DiagnosticRendererTests {
    let finding = Diagnostic(rule: .acronymUnexplained, message: "“ICB” is not explained.", suggestion: "Write it out.",
                             location: Diagnostic.Location(file: "notes.md", position: SourcePosition(line: 3, column: 5), paragraph: 2),
                             excerpt: "ICB", context: "The ICB met.", excerptOffset: 4)

    @Test func colourOnlyOnATerminalAndNeverWithNoColour() {
        #expect(DiagnosticRenderer(outputIsTerminal: true, environment: [:]).colour)
        #expect(!DiagnosticRenderer(outputIsTerminal: false, environment: [:]).colour)
        #expect(!DiagnosticRenderer(outputIsTerminal: true, environment: ["NO_COLOR": "1"]).colour)
        #expect(DiagnosticRenderer(outputIsTerminal: true, environment: ["NO_COLOR": ""]).colour, "an empty NO_COLOR does not count (no-color.org)")
    }

    @Test func bothLayoutsUseTheSameSeverityWordsAndColours() {
        let plain = DiagnosticRenderer(colour: false)
        #expect(plain.line(finding) == "notes.md line 3, column 5: warning: “ICB” is not explained. Fix: Write it out. [acronym-unexplained]")
        #expect(plain.paragraphs([finding], file: "notes.md") == """
            notes.md

              Paragraph 2, line 3
                “The [ICB] met.”
                warning: line 3, column 5 · acronym-unexplained
                  “ICB” is not explained.
                  → Write it out.

            """)
        var note = finding
        note.rule = .longSentence
        note.severity = .info
        #expect(plain.line(note).contains(": note: "))
        let coloured = DiagnosticRenderer(colour: true)
        #expect(coloured.line(finding).contains("\u{1B}[1;33mwarning:\u{1B}[0m"))
        #expect(coloured.paragraphs([finding], file: "notes.md").contains("\u{1B}[1;33mwarning:\u{1B}[0m"))
        #expect(coloured.paragraphs([finding], file: "notes.md") == "\u{1B}[1mnotes.md\u{1B}[0m\n"
            + "\n  \u{1B}[2mParagraph 2, line 3\u{1B}[0m\n"
            + "    “The \u{1B}[1;7mICB\u{1B}[0m met.”\n"
            + "    \u{1B}[1;33mwarning:\u{1B}[0m \u{1B}[2mline 3, column 5 · acronym-unexplained\u{1B}[0m\n"
            + "      “ICB” is not explained.\n"
            + "      \u{1B}[32m→ Write it out.\u{1B}[0m\n")
    }

    /// Each paragraph is headed once, as when its findings are shown on their own.
    @Test func aLongReportReadsAsItsParagraphsShownOneByOne() {
        let plain = DiagnosticRenderer(colour: false)
        let findings = (0..<3_001).map { index in
            var each = finding
            each.location = Diagnostic.Location(file: "notes.md", position: SourcePosition(line: index / 3 + 1, column: index % 3 + 1),
                                                paragraph: index / 3 + 1)
            return each
        }
        let header = "notes.md\n"
        let oneByOne = Dictionary(grouping: findings, by: { $0.location.paragraph ?? 0 }).sorted { $0.key < $1.key }
            .map { plain.paragraphs($0.value, file: "notes.md").dropFirst(header.count) }.joined()
        let whole = plain.paragraphs(findings, file: "notes.md")
        #expect(whole == header + oneByOne)
        #expect(whole.components(separatedBy: "Paragraph 1001, line 1001").count == 2)
    }

    /// A long check's report is made a part at a time, each part apart from the others (as on
    /// another processor) and written in order: however the findings are cut into parts, empty
    /// parts and whole-file findings included, the report is the one made in one go.
    @Test func aReportMadeInPartsReadsAsOneMadeInOneGo() async {
        let paragraphs = Gen.element(of: [nil, 1, 2, 3, 4, 5] as [Int?]).map { $0 ?? nil }
        let cuts = Gen.int(in: 0...12).array(of: 0...5)
        await propertyCheck(count: 300, input: paragraphs.array(of: 0...12), cuts) { places, cuts in
            let findings = places.enumerated().map { index, paragraph in
                var each = finding
                each.location = Diagnostic.Location(file: "notes.md", position: SourcePosition(line: index + 1, column: 1), paragraph: paragraph)
                return each
            }
            let renderer = DiagnosticRenderer(colour: cuts.count % 2 == 0)
            var written: [UInt8] = []
            var writer = DiagnosticRenderer.ParagraphWriter(renderer, file: "notes.md") { written += $0 }
            var start = 0
            for end in (cuts.map { min($0, findings.count) } + [findings.count]).sorted() where end >= start {
                writer.add(renderer.paragraphs(FindingsPart(findings: Array(findings[start..<end]), before: start,
                                                            lastBefore: start == 0 ? nil : findings[start - 1].location)))
                start = end
            }
            writer.end()
            #expect(String(decoding: written, as: UTF8.self) == renderer.paragraphs(findings, file: "notes.md"), "\(places) \(cuts)")
        }
    }

    /// A message or suggestion shown again is copied from where it was first shown: the report is
    /// the one where every finding has strings of its own, marks and colours and all.
    @Test func aRepeatedMessageReadsAsMessagesOfTheirOwn() {
        let messages = ["“ICB” is not explained. It stands for Integrated Care Board.", "Bad\u{1B}[2J and \u{202E}reversed, long enough"]
        let shared = (0..<2_500).map { index in
            var each = finding
            each.message = messages[index % 2]
            each.suggestion = index % 3 == 0 ? nil : "Write “Integrated Care Board (ICB)” the first time."
            each.location = Diagnostic.Location(file: "notes.md", position: SourcePosition(line: index + 1, column: 1), paragraph: index / 4 + 1)
            return each
        }
        // The same words, each in a string of its own.
        let own = shared.map { finding in
            var each = finding
            each.message = String(decoding: Array(finding.message.utf8), as: UTF8.self)
            each.suggestion = finding.suggestion.map { String(decoding: Array($0.utf8), as: UTF8.self) }
            return each
        }
        for renderer in [DiagnosticRenderer(colour: true), DiagnosticRenderer(colour: false)] {
            let report = renderer.paragraphs(shared, file: "notes.md")
            #expect(report == renderer.paragraphs(own, file: "notes.md"))
            #expect(!report.contains("\u{1B}[2J") && report.components(separatedBy: "Integrated Care Board (ICB)").count == 1_667)
        }
    }

    @Test func textFromTheFileIsShownNotObeyed() {
        var hostile = finding
        hostile.message = "Bad\u{1B}[2J"
        hostile.location.file = "n\u{202E}.md"
        let line = DiagnosticRenderer(colour: true).line(hostile)
        #expect(!line.contains("\u{1B}[2J") && !line.contains("\u{202E}"))
    }

    @Test func jsonIsStableAndCarriesRuleIds() throws {
        let json = try DiagnosticRenderer.json([finding])
        #expect(json.contains("\"rule\" : \"acronym-unexplained\"") && json.contains("\"severity\" : \"warning\""))
        #expect(try DiagnosticRenderer.json([finding]) == json)
    }
}
