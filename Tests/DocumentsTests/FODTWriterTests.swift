import Foundation
import Testing
import TestSupport
@testable import Documents

/// Reads Markdown, writes FODT and parses the result, failing the test when it is not well-formed XML.
private func fodt(_ markdown: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> XMLProbe {
    try probe(MarkdownReader().read(markdown), sourceLocation: sourceLocation)
}

private func probe(_ document: Document, options: WriterOptions = .standard, sourceLocation: SourceLocation = #_sourceLocation) throws -> XMLProbe {
    let data = FODTWriter().write(document, options: options)
    return try #require(XMLProbe(data), "the FODT output is not well-formed XML", sourceLocation: sourceLocation)
}

/// Notes that use every kind of block and inline, with full front matter.
private let richSample = """
---
title: Holding effective meetings
subtitle: Notes from the October roundtable
date: 2026-10-15
organisation: Riverside Community Trust
authors: Ann Smith, Bob Jones
summary: What we agreed about running shorter, fairer meetings.
keywords: meetings, inclusion, facilitation
language: en-GB
---

# Why we met

People said meetings run long and the same voices dominate.[^survey] We looked at *three* ideas,
**two** of them new, and ~~dropped~~ one.

## What we agreed

1. Start on time
   - Send the agenda a week ahead
   - Share papers in plain language
     1. Use short sentences
     2. Explain acronyms
2. Take a break every hour
3. End with actions

And separately:

5. This list starts at five
6. And goes on

- [x] Book the room
- [ ] Order the captioner

### Speaking time

| Person | Role | Minutes |
| :--- | :---: | ---: |
| Ann | Chair | 12 |
| Bob | Member[^minutes] | 7 |
| Chidi | Guest | 4 |

> "Give everyone a turn before anyone speaks twice."
>
> — A participant

Code from the timer:

```swift
func remaining(_ total: Int) -> Int {
\treturn total -  elapsed   // two spaces, a tab before
}
```

Read more at [our website](https://example.org/meetings "Meeting guide") or
[email us](mailto:hello@example.org). This [bad link](javascript:alert(1)) stays text.
Unicode: café, naïve, Ελληνικά, 日本語, emoji 🎉, right-to-left עברית.

See the survey again.[^survey] Inline `code  with  spaces` too.

---

#### A smaller heading

Final words with a hard\\
line break.

1. A step with a table inside

   | Item | Cost |
   | --- | --- |
   | Room | £40 |

   and a sentence after it.
2. The next step

![A photo of the room](room.jpg)

[^survey]: The survey had 42 replies, from [the form](https://example.org/form).
[^minutes]: Rounded to the nearest minute.
"""

@Suite("FODT writer")
struct FODTWriterTests {
    @Test func rootIsAnODF13TextDocument() throws {
        let xml = try fodt("Hello.")
        #expect(xml.string("/office:document/@office:mimetype") == "application/vnd.oasis.opendocument.text")
        #expect(xml.string("/office:document/@office:version") == "1.3")
        #expect(xml.count("/office:document/office:body/office:text") == 1)
        #expect(xml.string("//meta:generator") == "Roundtable")
    }

    @Test func titleIsInPropertiesAndOpensTheText() throws {
        let xml = try fodt("# Budget review\n\nSome text.")
        #expect(xml.string("//office:meta/dc:title") == "Budget review")
        #expect(xml.string("(//office:text/*)[1][self::text:p][@text:style-name='Title']") == "Budget review")
        // The first heading became the title, so it is not repeated in the body.
        #expect(xml.count("//office:text//*[.='Budget review']") == 1)
    }

    @Test func frontMatterFillsPropertiesAndTitleBlock() throws {
        let xml = try fodt(richSample)
        #expect(xml.string("//office:meta/dc:description") == "What we agreed about running shorter, fairer meetings.")
        #expect(xml.strings("//office:meta/meta:keyword") == ["meetings", "inclusion", "facilitation"])
        #expect(xml.string("//office:meta/dc:creator") == "Ann Smith, Bob Jones")
        #expect(xml.string("//office:meta/meta:initial-creator") == "Ann Smith, Bob Jones")
        #expect(xml.string("//office:meta/dc:date") == "2026-10-15T00:00:00")
        #expect(xml.string("//office:meta/meta:creation-date") == "2026-10-15T00:00:00")
        #expect(xml.string("//office:meta/dc:language") == "en-GB")
        #expect(xml.string("//office:text/text:p[@text:style-name='Subtitle']") == "Notes from the October roundtable")
        #expect(xml.string("//office:text/text:p[@text:style-name='TitleDetails']")
                == "15 October 2026 · Riverside Community Trust · Written by Ann Smith, Bob Jones")
        #expect(xml.string("//office:text/text:p[@text:style-name='TitleDetails']")
                == TitleBlock.details(try MarkdownReader().read(richSample).metadata))
        // The summary follows the details line, as on the web page: a little larger, with a bar on its left.
        #expect(xml.string("//office:text/text:p[@text:style-name='TitleDetails']/following-sibling::*[1][@text:style-name='TitleSummary']")
                == "What we agreed about running shorter, fairer meetings.")
        let summary = "//office:automatic-styles/style:style[@style:name='TitleSummary']"
        #expect(xml.string("\(summary)/style:text-properties/@fo:font-size") == "110%")
        #expect(xml.string("\(summary)/style:paragraph-properties/@fo:border-left") == "3pt solid #0b5394")
    }

    @Test func noSummaryParagraphWithoutASummary() throws {
        let xml = try fodt("# Minutes\n\nText.")
        #expect(xml.count("//text:p[@text:style-name='TitleSummary']") == 0)
    }

    @Test func paragraphsLeaveNoSingleLineAtAPageEdge() throws {
        for layout in [WriterOptions.Layout.standard, .easyRead] {
            let document = try MarkdownReader().read("Text.")
            let properties = "//office:styles/style:default-style[@style:family='paragraph']/style:paragraph-properties"
            let xml = try probe(document, options: WriterOptions(layout: layout))
            #expect(xml.string("\(properties)/@fo:orphans") == "2")
            #expect(xml.string("\(properties)/@fo:widows") == "2")
        }
    }

    @Test func defaultStyleCarriesTheDocumentLanguage() throws {
        var document = try MarkdownReader().read("Bonjour.")
        document.metadata.language = "fr_CA"
        let xml = try probe(document)
        let properties = "//office:styles/style:default-style[@style:family='paragraph']/style:text-properties"
        #expect(xml.string("\(properties)/@fo:language") == "fr")
        #expect(xml.string("\(properties)/@fo:country") == "CA")
        #expect(xml.string("//dc:language") == "fr-CA")
    }

    @Test func languageThatIsNotATagIsLeftOut() throws {
        var document = try MarkdownReader().read("Hello.")
        document.metadata.language = "British English"
        let xml = try probe(document)
        #expect(xml.count("//dc:language") == 0)
        #expect(xml.count("//@fo:language") == 0)
    }

    @Test func noDateUnlessTheMetadataHasOne() throws {
        let xml = try fodt("# Minutes\n\nNo date here.")
        #expect(xml.count("//dc:date") == 0)
        #expect(xml.count("//meta:creation-date") == 0)
        #expect(xml.count("//text:p[@text:style-name='TitleDetails']") == 0)
    }

    @Test func headingsAreOutlinedUnderTheTitle() throws {
        let xml = try fodt("# Title\n\n## First\n\n#### Skipped a level\n\n## Second")
        #expect(xml.strings("//office:text/text:h[@text:outline-level='2']") == ["First", "Second"])
        #expect(xml.string("//office:text/text:h[@text:outline-level='3']") == "Skipped a level")
        #expect(xml.string("//text:h[.='First']/@text:style-name") == "Heading_20_2")
        #expect(xml.string("//style:style[@style:name='Heading_20_3']/@style:default-outline-level") == "3")
    }

    @Test func nestedListsAreNestedTextLists() throws {
        let xml = try fodt("- Fruit\n  1. Apple\n  2. Pear\n- Bread")
        #expect(xml.string("/descendant::text:list[1]/@text:style-name") == "Bullet_20_List")
        #expect(xml.strings("/descendant::text:list[1]/text:list-item/text:p") == ["Fruit", "Bread"])
        let inner = "/descendant::text:list[1]/text:list-item[1]/text:list"
        #expect(xml.string("\(inner)/@text:style-name") == "Numbered_20_List")
        #expect(xml.strings("\(inner)/text:list-item/text:p") == ["Apple", "Pear"])
    }

    @Test func eachNumberedListStartsAtItsOwnNumber() throws {
        let xml = try fodt("3. Three\n4. Four\n\nBetween.\n\n1. One again")
        #expect(xml.count("//office:text/text:list") == 2)
        #expect(xml.strings("//text:list-item/@text:start-value") == ["3"])
        #expect(xml.string("/descendant::text:list[1]/text:list-item[1]/@text:start-value") == "3")
        // The second list is a new list, not a continuation, so it counts from 1 again.
        #expect(xml.count("//text:list[@text:continue-numbering or @text:continue-list]") == 0)
    }

    @Test func taskItemsShowTheirTickBoxes() throws {
        let xml = try fodt("- [x] Book the room\n- [ ] Order lunch\n\nAnd:\n\n- A bullet")
        #expect(xml.strings("/descendant::text:list[1]/text:list-item/text:p") == ["☑ Book the room", "☐ Order lunch"])
        // The tick box is the only mark: the task list's style has no bullet; other lists keep theirs.
        #expect(xml.strings("//text:list/@text:style-name") == ["Task_20_List", "Bullet_20_List"])
        let level = "//text:list-style[@style:name='Task_20_List']/*[@text:level='1']"
        #expect(xml.string("name(\(level))") == "text:list-level-style-number")
        #expect(xml.string("\(level)/@style:num-format") == "")
        #expect(xml.count("//text:list-style[@style:name='Task_20_List']/text:list-level-style-bullet") == 0)
    }

    @Test func footnoteIsANoteAtItsFirstReference() throws {
        let xml = try fodt("Claim.[^a] Again.[^a]\n\n[^a]: The source, page 4.")
        #expect(xml.count("//text:note") == 1)
        #expect(xml.string("//text:note/@text:note-class") == "footnote")
        #expect(xml.string("//text:note/text:note-citation") == "1")
        #expect(xml.string("//text:note/text:note-body/text:p[@text:style-name='Footnote']") == "The source, page 4.")
        // The second reference repeats the number rather than the note.
        #expect(xml.string("//text:span[@text:style-name='Footnote_20_anchor']") == "1")
        // The definition is not repeated in the body.
        #expect(xml.count("//text:p[.='The source, page 4.'][not(ancestor::text:note)]") == 0)
    }

    @Test func footnoteNobodyRefersToEndsInANotesSection() throws {
        let document = Document(blocks: [
            .paragraph(Paragraph([.text("Body text.")])),
            .footnoteDefinition(FootnoteDefinition(label: "orphan", blocks: [.paragraph(Paragraph([.text("Kept anyway.")]))])),
        ])
        let xml = try probe(document)
        #expect(xml.count("//text:note") == 0)
        #expect(xml.string("//office:text/text:h[last()]") == "Notes")
        #expect(xml.string("//office:text/text:p[last()]") == "1. Kept anyway.")
    }

    @Test func safeLinksBecomeHyperlinksAndUnsafeOnesText() throws {
        let xml = try fodt("[Guide](https://example.org/a?b=1&c=2 \"The guide\") and [trap](javascript:alert(1)) and [none]()")
        #expect(xml.count("//text:a") == 1)
        #expect(xml.string("//text:a/@xlink:href") == "https://example.org/a?b=1&c=2")
        #expect(xml.string("//text:a/@xlink:type") == "simple")
        #expect(xml.string("//text:a/@office:title") == "The guide")
        #expect(xml.string("//text:a") == "Guide")
        #expect(xml.string("//office:text/text:p[@text:style-name='Text_20_body']") == "Guide and trap and none")
    }

    @Test func linkSchemesAreCheckedAsBrowsersReadThem() {
        #expect(FODTLink.href("java\tscript:alert(1)") == nil)
        #expect(FODTLink.href("  JavaScript:alert(1)") == nil)
        #expect(FODTLink.href("file:///etc/passwd") == nil)
        #expect(FODTLink.href("   ") == nil)
        #expect(FODTLink.href("#budget") == "#budget")
        #expect(FODTLink.href("notes/next meeting.html") == "notes/next%20meeting.html")
        #expect(FODTLink.href("mailto:hello@example.org") == "mailto:hello@example.org")
    }

    @Test func tableHasARepeatedHeaderRowAndAlignedColumns() throws {
        let xml = try fodt("| Name | Minutes |\n| :--- | ---: |\n| Ann | 12 |\n| Bob | 7 |")
        #expect(xml.count("//table:table") == 1)
        #expect(xml.count("//table:table-column") == 2)
        #expect(xml.count("//table:table-column/@table:number-columns-repeated") == 0)
        // The header row repeats on every page, and no row splits across a page break.
        #expect(xml.count("//table:table/table:table-header-rows/table:table-row") == 1)
        #expect(xml.count("//table:table-row[not(@table:style-name='TableRow')]") == 0)
        #expect(xml.string("//office:automatic-styles/style:style[@style:name='TableRow'][@style:family='table-row']"
                           + "/style:table-row-properties/@fo:keep-together") == "always")
        #expect(xml.strings("//table:table-header-rows/table:table-row/table:table-cell/text:p") == ["Name", "Minutes"])
        #expect(xml.strings("//table:table/table:table-row/table:table-cell[2]/text:p") == ["12", "7"])
        let rightStyle = try #require(xml.string("//table:table/table:table-row[1]/table:table-cell[2]/text:p/@text:style-name"))
        #expect(xml.string("//office:automatic-styles/style:style[@style:name='\(rightStyle)']//@fo:text-align") == "right")
    }

    @Test func columnsAreAsWideAsTheirText() throws {
        let xml = try fodt("""
            | Person | Speaking time | What they said |
            | --- | --- | --- |
            | Participant A | 12:30 | We were never hard to reach; the service was hard to reach, and the letters made it worse. |
            | Participant B | 4:05 | Send the papers a week ahead, in plain words, so everyone can read them before the meeting. |

            | Item | Cost |
            | --- | --- |
            | Room | £40 |
            """)
        // Each table has a style for each of its columns.
        #expect(xml.strings("//table:table[1]/table:table-column/@table:style-name") == ["Table1Column1", "Table1Column2", "Table1Column3"])
        #expect(xml.strings("//table:table[2]/table:table-column/@table:style-name") == ["Table2Column1", "Table2Column2"])
        func widths(_ table: Int, _ columns: Int) -> [Int] {
            (1...columns).compactMap { column in
                xml.string("//style:style[@style:name='Table\(table)Column\(column)'][@style:family='table-column']"
                           + "/style:table-column-properties/@style:rel-column-width").flatMap { Int($0.dropLast()) }
            }
        }
        let first = widths(1, 3)
        #expect(first.count == 3 && first.reduce(0, +) == 16_600)
        // The long-text column is the widest; the short ones are wide enough for their longest word:
        // "Participant" and bold "Speaking" are 5.4 and 5.2 ems of 4.23 mm, plus 0.24 cm of padding.
        #expect(first[2] > first[0] && first[2] > first[1])
        #expect(first[0] >= 540 * 423 / 100 + 240 && first[1] >= 523 * 423 / 100 + 240)
        #expect(widths(2, 2).reduce(0, +) == 16_600)
        #expect(xml.string("//style:style[@style:name='Table1Column3']/style:table-column-properties/@style:column-width")
                == "\(first[2] / 100).\(String(first[2] % 100).count == 1 ? "0" : "")\(first[2] % 100)mm")
    }

    @Test func chartBarIsOneShadedRunOfFigureSpaces() throws {
        let chart = BarChart(caption: "Share of speaking time.", labelHeading: "Person", valueHeading: "Share",
                             bars: [BarChart.Bar(label: "Ann", share: 0.5, value: "50 %"), BarChart.Bar(label: "Bob", share: 0, value: "0 %")])
        let xml = try probe(Document(blocks: [.barChart(chart)]))
        let bars = xml.strings("//table:table-row/table:table-cell[3]/text:p/text:span[@text:style-name='ChartBar']")
        #expect(bars == [String(repeating: "\u{2007}", count: 12), ""])
        #expect(xml.count("//table:table-row/table:table-cell[3]/text:p/text:span") == 2)
        let bar = "//office:automatic-styles/style:style[@style:name='ChartBar']/style:text-properties"
        #expect(xml.string("\(bar)/@fo:background-color") == "#0b5394")
        #expect(xml.string("\(bar)/@fo:letter-spacing") == "normal")
        let font = try #require(xml.string("\(bar)/@style:font-name"))
        #expect(xml.count("//office:font-face-decls/style:font-face[@style:name='\(font)']") == 1)
        // The bar column has room for a whole bar: 24 characters of 0.6 em.
        let width = try #require(xml.string("//style:style[@style:name='Table1Column3']/style:table-column-properties/@style:rel-column-width"))
        #expect((Int(width.dropLast()) ?? 0) >= 24 * 60 * 423 / 100)
    }

    @Test func tableInsideAListItemContinuesTheList() throws {
        let xml = try fodt("1. Before\n\n   | A |\n   | - |\n   | x |\n\n   After.\n2. Next")
        #expect(xml.count("//text:list//table:table") == 0)
        #expect(xml.count("//office:text/table:table") == 1)
        let firstID = try #require(xml.string("/descendant::text:list[1]/@xml:id"))
        #expect(xml.string("/descendant::text:list[2]/@text:continue-list") == firstID)
        #expect(xml.string("/descendant::text:list[2]/text:list-header/text:p") == "After.")
        #expect(xml.string("/descendant::text:list[2]/text:list-item/text:p") == "Next")
    }

    @Test func tableEndingAListItemLeavesNoEmptyContinuation() throws {
        let xml = try fodt("- Costs:\n\n  | Item | Cost |\n  | --- | --- |\n  | Room | £40 |\n- Next item")
        #expect(xml.count("//text:list-header") == 0)
        #expect(xml.strings("//text:list/text:list-item/text:p") == ["Costs:", "Next item"])
        #expect(xml.string("/descendant::text:list[2]/@text:continue-list") == xml.string("/descendant::text:list[1]/@xml:id"))
    }

    @Test func tableInsideAFootnoteBecomesLines() throws {
        let xml = try fodt("Claim.[^a]\n\n[^a]: Sources:\n\n    | Year | Count |\n    | --- | --- |\n    | 2025 | 42 |")
        #expect(xml.count("//text:note//table:table") == 0)
        #expect(xml.strings("//text:note-body/text:p") == ["Sources:", "Year | Count", "2025 | 42"])
        #expect(xml.string("//text:note-body/text:p[2]/text:span/@text:style-name") == "Strong_20_Emphasis")
    }

    @Test func codeBlockKeepsSpacesTabsAndLines() throws {
        let xml = try fodt("```\nif x {\n\t  go()\n}\n```")
        let code = "//text:p[@text:style-name='Preformatted_20_Text']"
        #expect(xml.count("\(code)/text:line-break") == 2)
        #expect(xml.count("\(code)/text:tab") == 1)
        #expect(xml.string("\(code)/text:s/@text:c") == "2")
    }

    @Test func runsOfSpacesArePreserved() throws {
        let xml = try fodt("Two  spaces and   three.")
        #expect(xml.strings("//office:text/text:p[@text:style-name='Text_20_body']/text:s/@text:c") == ["2"])
        #expect(xml.count("//office:text/text:p[@text:style-name='Text_20_body']/text:s[not(@text:c)]") == 1)
    }

    @Test func leadingSpaceIsPreserved() throws {
        let xml = try probe(Document(blocks: [.paragraph(Paragraph([.text(" indented"), .strong([.text(" bold")])]))]))
        // One at the start of the paragraph, none where a space follows a letter.
        #expect(xml.count("//office:text/text:p[@text:style-name='Text_20_body']/text:s") == 1)
        #expect(xml.string("//office:text/text:p[@text:style-name='Text_20_body']/text:span") == " bold")
    }

    @Test func inlineFormattingUsesNamedCharacterStyles() throws {
        let xml = try fodt("*a* **b** ~~c~~ `d` ![Chart of minutes](chart.png)")
        let paragraph = "//office:text/text:p[@text:style-name='Text_20_body']"
        #expect(xml.string("\(paragraph)/text:span[@text:style-name='Emphasis']") == "a")
        #expect(xml.string("\(paragraph)/text:span[@text:style-name='Strong_20_Emphasis']") == "b")
        #expect(xml.string("\(paragraph)/text:span[@text:style-name='Strikethrough']") == "c")
        #expect(xml.string("\(paragraph)/text:span[@text:style-name='Source_20_Text']") == "d")
        #expect(xml.string(paragraph)?.hasSuffix("[Picture: Chart of minutes]") == true)
    }

    @Test func blockQuoteAndRuleUseTheirStyles() throws {
        let xml = try fodt("> Quoted.\n\n---\n\nAfter.")
        #expect(xml.string("//text:p[@text:style-name='Quotations']") == "Quoted.")
        #expect(xml.count("//text:p[@text:style-name='Horizontal_20_Line']") == 1)
    }

    @Test func forbiddenCharactersAreLeftOut() throws {
        var document = Document(blocks: [.paragraph(Paragraph([.text("a\u{1}b\u{FFFE}c\u{B}d"), .code("<&>")]))])
        document.metadata.title = "Title\u{0}"
        let xml = try probe(document)
        #expect(xml.string("//office:text/text:p[@text:style-name='Text_20_body']") == "abcd<&>")
        #expect(xml.string("//dc:title") == "Title")
    }

    @Test(arguments: [(WriterOptions.PageSize.a4, "21cm", "29.7cm", 16_600), (.letter, "8.5in", "11in", 17_190)])
    func pageHasThePaperSizeAndTablesSpanItsText(_ size: WriterOptions.PageSize, width: String, height: String, textWidth: Int) throws {
        let document = try MarkdownReader().read("Text.\n\n| Person | What they said |\n| --- | --- |\n| A | We were never hard to reach. |\n")
        let xml = try probe(document, options: WriterOptions(pageSize: size))
        let layout = try #require(xml.string("//style:master-page[@style:name='Standard']/@style:page-layout-name"))
        let properties = "//style:page-layout[@style:name='\(layout)']/style:page-layout-properties"
        #expect(xml.string("\(properties)/@fo:page-width") == width)
        #expect(xml.string("\(properties)/@fo:page-height") == height)
        #expect(xml.string("\(properties)/@fo:margin-left") == "2.2cm" && xml.string("\(properties)/@fo:margin-right") == "2.2cm")
        // Tables are as wide as the text between the side margins, in hundredths of a millimetre.
        #expect(xml.string("//style:style[@style:family='table']/style:table-properties/@style:width")
                == "\(textWidth / 100).\(textWidth % 100 < 10 ? "0" : "")\(textWidth % 100)mm")
        let columns = xml.strings("//style:style[@style:family='table-column']/style:table-column-properties/@style:rel-column-width")
        #expect(columns.compactMap { Int($0.dropLast()) }.reduce(0, +) == textWidth)
    }

    @Test func sameDocumentGivesSameBytes() throws {
        let document = try MarkdownReader().read(richSample)
        let first = FODTWriter().write(document)
        let second = FODTWriter().write(document)
        #expect(first == second)
        #expect(!first.isEmpty)
    }

    @Test func richSampleKeepsEveryPart() throws {
        let document = try MarkdownReader().read(richSample)
        let data = FODTWriter().write(document)
        if let path = ProcessInfo.processInfo.environment["FODT_OUT"] {
            try data.write(to: URL(fileURLWithPath: path))
        }
        let xml = try #require(XMLProbe(data))
        #expect(xml.count("//text:note") == 2)
        #expect(xml.count("//table:table") == 2)
        #expect(xml.count("//text:a") == 3)
        #expect(xml.allText.contains("日本語, emoji 🎉"))
        #expect(xml.allText.contains("bad link stays text"))
        #expect(xml.count("//office:text//text:h[text()='Notes']") == 0)
    }
}
