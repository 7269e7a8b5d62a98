import Foundation
import Testing
import TestSupport
import ZIPFoundation
@testable import Documents

/// A written .docx, unzipped in memory.
private struct DOCXFile {
    /// Entry paths in archive order.
    let paths: [String]
    let entries: [Entry]
    private let parts: [String: Data]

    init(_ data: Data) throws {
        let unzipped = try ZIPParts.entries(data)
        paths = unzipped.map(\.entry.path)
        entries = unzipped.map(\.entry)
        parts = Dictionary(unzipped.map { ($0.entry.path, $0.bytes) }, uniquingKeysWith: { $1 })
    }

    func data(_ path: String) throws -> Data {
        try #require(parts[path], "missing part \(path)")
    }

    /// The part parsed for XPath queries; fails the test when it is missing or not well-formed.
    func xml(_ path: String) throws -> XMLProbe {
        try #require(XMLProbe(try data(path)), "\(path) is not well-formed XML")
    }
}

private func docx(_ document: Document, options: WriterOptions = .standard) throws -> DOCXFile {
    try DOCXFile(DOCXWriter().write(document, options: options))
}

private func docx(_ markdown: String) throws -> DOCXFile {
    try docx(MarkdownReader().read(markdown))
}

/// Notes with every kind of block and inline, as a facilitator might write them.
private let richNotes = """
    ---
    title: Holding effective meetings
    subtitle: Notes from the spring session
    date: 2026-10-15
    organisation: Riverside Community Trust
    authors: [Ann Example, Bo Sample]
    summary: What we agreed about running shorter, fairer meetings.
    keywords: [meetings, facilitation]
    language: en-GB
    ---

    ## Why we met

    We wanted *shorter* meetings with **fairer** turns, not ~~longer~~ ones.[^why] Read the
    [guide](https://example.org/guide?a=1&b=2 "The guide") or write to <mailto:team@example.org>.
    Café, naïve, 日本語, emoji 🎉.

    ### What we agreed

    1. Start on time
    2. Share the agenda
       - a week before
       - with timings
         1. in minutes
    3. Close with actions

    - [ ] Book the room
    - [x] Send the invitations

    > Keep it short.
    >
    > > Said twice.

    ```swift
    let minutes = 15
        indented()
    ```

    | Item | Owner | Minutes |
    | :--- | :---: | ---: |
    | Welcome | Ann | 5 |
    | Actions | `Bo` | 10 |

    ---

    Inline `code`, a line  
    break and a picture ![The room plan](room.png).[^why]

    [^why]: Because long meetings tire people, see [the study](https://example.org/study).
    """

/// The order the WordprocessingML schema gives the children of the property elements the writer makes.
private let schemaOrder: [String: [String]] = [
    "w:pPr": ["w:pStyle", "w:keepNext", "w:keepLines", "w:numPr", "w:pBdr", "w:shd", "w:spacing", "w:ind",
              "w:contextualSpacing", "w:jc", "w:outlineLvl"],
    "w:rPr": ["w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:strike", "w:color", "w:kern", "w:sz", "w:szCs",
              "w:u", "w:vertAlign", "w:lang"],
    "w:tblPr": ["w:tblStyle", "w:tblW", "w:tblInd", "w:tblBorders", "w:tblCellMar", "w:tblLook"],
    "w:tblCellMar": ["w:top", "w:left", "w:bottom", "w:right"],
    "w:tcPr": ["w:tcW", "w:shd"],
    "w:tblStylePr": ["w:pPr", "w:rPr", "w:tblPr", "w:trPr", "w:tcPr"],
    "w:trPr": ["w:cantSplit", "w:tblHeader"],
    "w:lvl": ["w:start", "w:numFmt", "w:lvlText", "w:lvlJc", "w:pPr", "w:rPr"],
    "w:style": ["w:name", "w:basedOn", "w:next", "w:uiPriority", "w:semiHidden", "w:unhideWhenUsed", "w:qFormat",
                "w:pPr", "w:rPr", "w:tblPr", "w:tblStylePr"],
]

/// Serialized because MarkdownReader registers cmark-gfm's extensions without a lock: parsing on
/// several threads at once in a fresh process can lose the strikethrough or table extension.
@Suite(.serialized)
struct DOCXWriterTests {
    // MARK: - Package

    @Test func everyPartIsWellFormedAndDeclared() throws {
        let file = try docx(richNotes)
        #expect(file.paths.first == "[Content_Types].xml")
        for path in ["_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
                     "word/numbering.xml", "word/footnotes.xml", "word/_rels/footnotes.xml.rels", "word/settings.xml",
                     "word/fontTable.xml", "word/theme/theme1.xml", "docProps/core.xml", "docProps/app.xml"] {
            #expect(file.paths.contains(path), "missing \(path)")
        }
        for path in file.paths {
            #expect(XMLProbe(try file.data(path)) != nil, "\(path) is not well-formed")
        }
        let types = try file.xml("[Content_Types].xml")
        for path in file.paths where !path.hasSuffix(".rels") && path != "[Content_Types].xml" {
            #expect(types.count("/ct:Types/ct:Override[@PartName='/\(path)']") == 1, "\(path) has no content type")
        }
        let packageRelationships = try file.xml("_rels/.rels")
        #expect(packageRelationships.strings("//rel:Relationship/@Target").sorted()
            == ["docProps/app.xml", "docProps/core.xml", "word/document.xml"])
        let documentRelationships = try file.xml("word/_rels/document.xml.rels")
        for target in ["styles.xml", "numbering.xml", "footnotes.xml", "settings.xml", "fontTable.xml", "theme/theme1.xml"] {
            #expect(documentRelationships.count("//rel:Relationship[@Target='\(target)']") == 1)
        }
    }

    @Test func sameDocumentGivesIdenticalBytesWithFixedDates() throws {
        let document = try MarkdownReader().read(richNotes)
        let first = try DOCXWriter().write(document)
        let second = try DOCXWriter().write(document)
        #expect(first == second)
        let expected = Date(timeIntervalSince1970: 315_532_800)
        for entry in try DOCXFile(first).entries {
            #expect(entry.fileAttributes[.modificationDate] as? Date == expected, "\(entry.path) is dated from the clock")
            #expect(entry.isCompressed)
        }
    }

    // MARK: - Title and document properties

    @Test func titleBlockShowsTitleSubtitleAndDetails() throws {
        let body = try docx(richNotes).xml("word/document.xml")
        let styles = body.strings("/w:document/w:body/w:p[position() <= 4]/w:pPr/w:pStyle/@w:val")
        #expect(styles == ["Title", "Subtitle", "Byline", "Summary"])
        #expect(body.string("/w:document/w:body/w:p[1]") == "Holding effective meetings")
        #expect(body.string("/w:document/w:body/w:p[2]") == "Notes from the spring session")
        #expect(body.string("/w:document/w:body/w:p[3]")
            == "15 October 2026 \u{00B7} Riverside Community Trust \u{00B7} Written by Ann Example, Bo Sample")
        #expect(body.string("/w:document/w:body/w:p[3]") == TitleBlock.details(try MarkdownReader().read(richNotes).metadata))
        #expect(body.string("/w:document/w:body/w:p[4]") == "What we agreed about running shorter, fairer meetings.")
    }

    @Test func summaryStyleIsLargerWithAnAccentBarOnTheLeft() throws {
        let styles = try docx(richNotes).xml("word/styles.xml")
        let summary = "//w:style[@w:styleId='Summary']"
        #expect(styles.string("\(summary)/w:pPr/w:pBdr/w:left/@w:color") == "0B5394")
        #expect(styles.string("\(summary)/w:rPr/w:sz/@w:val") == "26")
        #expect(styles.string("/w:styles/w:docDefaults//w:sz/@w:val") == "24")
    }

    @Test func noSummaryParagraphWithoutASummary() throws {
        let body = try docx("# Minutes\n\nText.\n").xml("word/document.xml")
        #expect(body.count("//w:pStyle[@w:val='Summary']") == 0)
    }

    @Test func firstHeadingBecomesTitleWhenMetadataHasNone() throws {
        let body = try docx("# Budget review\n\nText.\n").xml("word/document.xml")
        #expect(body.string("//w:p[w:pPr/w:pStyle/@w:val='Title']") == "Budget review")
        #expect(body.count("//w:pStyle[@w:val='Subtitle' or @w:val='Byline' or @w:val='Heading1']") == 0)
    }

    @Test func corePropertiesComeFromMetadata() throws {
        let file = try docx(richNotes)
        let core = try file.xml("docProps/core.xml")
        #expect(core.string("//dc:title") == "Holding effective meetings")
        #expect(core.string("//dc:creator") == "Ann Example; Bo Sample")
        #expect(core.string("//dc:description") == "What we agreed about running shorter, fairer meetings.")
        #expect(core.string("//cp:keywords") == "meetings, facilitation")
        #expect(core.string("//dc:language") == "en-GB")
        #expect(core.string("//dcterms:created") == "2026-10-15T00:00:00Z")
        #expect(core.string("//dcterms:modified") == "2026-10-15T00:00:00Z")
        #expect(try file.xml("docProps/app.xml").string("//ep:Company") == "Riverside Community Trust")
    }

    @Test func noDatesWhenMetadataHasNoDate() throws {
        let core = try docx("Just a line.\n").xml("docProps/core.xml")
        #expect(core.count("//dcterms:created | //dcterms:modified") == 0)
        #expect(core.string("//dc:title") == "Notes")
        #expect(core.count("//dc:creator") == 0)
    }

    @Test func documentLanguageIsSetInStylesAndSettings() throws {
        let file = try docx(Document(metadata: Metadata(language: "cy-GB"), blocks: [.paragraph(Paragraph([.text("Bore da")]))]))
        #expect(try file.xml("word/styles.xml").string("/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val") == "cy-GB")
        #expect(try file.xml("word/settings.xml").string("//w:themeFontLang/@w:val") == "cy-GB")
        #expect(try file.xml("docProps/core.xml").string("//dc:language") == "cy-GB")
    }

    // MARK: - Styles

    @Test func stylesUseWordBuiltInIdsAndNames() throws {
        let styles = try docx("Text.\n").xml("word/styles.xml")
        let expected = ["Title": "Title", "Subtitle": "Subtitle", "ListParagraph": "List Paragraph", "Quote": "Quote",
                        "Hyperlink": "Hyperlink", "FootnoteText": "footnote text", "FootnoteReference": "footnote reference",
                        "TableGrid": "Table Grid", "SourceCode": "Source Code", "VerbatimChar": "Verbatim Char"]
        for (id, name) in expected {
            #expect(styles.string("//w:style[@w:styleId='\(id)']/w:name/@w:val") == name, "style \(id)")
        }
        for level in 1...6 {
            let style = "//w:style[@w:styleId='Heading\(level)']"
            #expect(styles.string("\(style)/w:name/@w:val") == "heading \(level)")
            #expect(styles.string("\(style)/w:pPr/w:outlineLvl/@w:val") == String(level - 1))
        }
    }

    // MARK: - Blocks

    @Test func bodyHeadingsStartAtHeading2AndNeverSkip() throws {
        let body = try docx("# Title\n\n## Part\n\n#### Detail\n").xml("word/document.xml")
        #expect(body.strings("//w:p[starts-with(w:pPr/w:pStyle/@w:val, 'Heading')]/w:pPr/w:pStyle/@w:val") == ["Heading2", "Heading3"])
        #expect(body.string("//w:p[w:pPr/w:pStyle/@w:val='Heading3']") == "Detail")
    }

    @Test func separateOrderedListsRestartAtTheirOwnStart() throws {
        let file = try docx("1. one\n2. two\n\nBetween.\n\n3. three\n4. four\n")
        let body = try file.xml("word/document.xml")
        let ids = body.strings("//w:numPr/w:numId/@w:val")
        #expect(ids.count == 4)
        #expect(ids[0] == ids[1] && ids[2] == ids[3] && ids[0] != ids[2])
        let numbering = try file.xml("word/numbering.xml")
        let orderedAbstract = numbering.string("//w:abstractNum[w:lvl[@w:ilvl='0']/w:numFmt/@w:val='decimal']/@w:abstractNumId")
        for (id, start) in [(ids[0], "1"), (ids[2], "3")] {
            let num = "//w:num[@w:numId='\(id)']"
            #expect(numbering.string("\(num)/w:abstractNumId/@w:val") == orderedAbstract)
            #expect(numbering.string("\(num)/w:lvlOverride[@w:ilvl='0']/w:startOverride/@w:val") == start)
        }
    }

    @Test func nestedListsUseDeeperLevels() throws {
        let file = try docx("- a\n  - b\n    1. c\n- d\n")
        let body = try file.xml("word/document.xml")
        #expect(body.strings("//w:p/w:pPr/w:numPr/w:ilvl/@w:val") == ["0", "1", "2", "0"])
        #expect(body.strings("//w:p[w:pPr/w:numPr]") == ["a", "b", "c", "d"])
        #expect(body.strings("//w:p/w:pPr/w:pStyle/@w:val") == ["Title"] + Array(repeating: "ListParagraph", count: 4))
        let numbering = try file.xml("word/numbering.xml")
        let innerId = try #require(body.string("//w:p[.='c']/w:pPr/w:numPr/w:numId/@w:val"))
        #expect(numbering.string("//w:num[@w:numId='\(innerId)']/w:lvlOverride/@w:ilvl") == "2")
        #expect(numbering.count("//w:abstractNum/w:lvl") == 18)
    }

    @Test func taskItemsShowTickBoxes() throws {
        let file = try docx("- [ ] Book the room\n- [x] Send invitations\n\nAnd:\n\n- a bullet\n")
        let body = try file.xml("word/document.xml")
        #expect(body.strings("//w:p[w:pPr/w:numPr]") == ["\u{2610} Book the room", "\u{2611} Send invitations", "a bullet"])
        // The tick box is the only mark: the task list's numbering draws no bullet; other lists keep theirs.
        let numbering = try file.xml("word/numbering.xml")
        let ids = body.strings("//w:p/w:pPr/w:numPr/w:numId/@w:val")
        let taskAbstract = try #require(numbering.string("//w:num[@w:numId='\(ids[0])']/w:abstractNumId/@w:val"))
        #expect(numbering.string("//w:abstractNum[@w:abstractNumId='\(taskAbstract)']/w:lvl[@w:ilvl='0']/w:numFmt/@w:val") == "none")
        #expect(numbering.string("//w:abstractNum[@w:abstractNumId='\(taskAbstract)']/w:lvl[@w:ilvl='0']/w:lvlText/@w:val") == "")
        let bulletAbstract = try #require(numbering.string("//w:num[@w:numId='\(ids[2])']/w:abstractNumId/@w:val"))
        #expect(numbering.string("//w:abstractNum[@w:abstractNumId='\(bulletAbstract)']/w:lvl[@w:ilvl='0']/w:numFmt/@w:val") == "bullet")
    }

    @Test func looseListItemsKeepTheirSpacing() throws {
        let body = try docx("- tight\n- list\n\nBreak.\n\n- loose\n\n- list\n").xml("word/document.xml")
        #expect(body.strings("//w:p[w:pPr/w:contextualSpacing/@w:val='0']") == ["loose", "list"])
    }

    @Test func listItemStartingWithCodeGetsItsOwnNumberedParagraph() throws {
        let body = try docx("1. ```\n   code\n   ```\n\n   after\n").xml("word/document.xml")
        #expect(body.count("//w:p[w:pPr/w:numPr]") == 1)
        #expect(body.string("//w:p[w:pPr/w:numPr]") == "")
        #expect(body.string("//w:p[w:pPr/w:pStyle/@w:val='SourceCode']/w:pPr/w:ind/@w:left") == "720")
        #expect(body.string("//w:p[.='after']/w:pPr/w:ind/@w:left") == "720")
    }

    @Test func blockQuotesUseQuoteStyleAndNestDeeper() throws {
        let body = try docx("> Keep it short.\n>\n> > Said twice.\n").xml("word/document.xml")
        #expect(body.strings("//w:p[w:pPr/w:pStyle/@w:val='Quote']") == ["Keep it short.", "Said twice."])
        #expect(body.string("//w:p[.='Keep it short.']/w:pPr/w:ind") == nil)
        #expect(body.string("//w:p[.='Said twice.']/w:pPr/w:ind/@w:left") == "1440")
    }

    @Test func quoteInsideAListItemIsAQuoteIndentedUnderTheItem() throws {
        let body = try docx("- item\n\n  > quoted\n").xml("word/document.xml")
        #expect(body.string("//w:p[.='quoted']/w:pPr/w:pStyle/@w:val") == "Quote")
        #expect(body.string("//w:p[.='quoted']/w:pPr/w:ind/@w:left") == "1440")
    }

    @Test func codeBlocksKeepLineBreaksAndSpaces() throws {
        let body = try docx("```\nfirst\n    second\tthird\n```\n").xml("word/document.xml")
        let code = "//w:p[w:pPr/w:pStyle/@w:val='SourceCode']"
        #expect(body.count(code) == 1)
        #expect(body.count("\(code)//w:br") == 1)
        #expect(body.count("\(code)//w:tab") == 1)
        #expect(body.strings("\(code)//w:t") == ["first", "    second", "third"])
        #expect(body.count("\(code)//w:t[@xml:space='preserve']") == 3)
    }

    @Test func tableHasRepeatingHeaderBordersAlignmentAndParagraphInEveryCell() throws {
        let file = try docx("| A | B | C |\n| :-- | :-: | --: |\n| 1 |  | 3 |\n")
        let body = try file.xml("word/document.xml")
        #expect(body.count("//w:tbl") == 1)
        #expect(body.string("//w:tbl/w:tblPr/w:tblStyle/@w:val") == "TableGrid")
        #expect(body.count("//w:tbl/w:tblPr/w:tblBorders/w:insideH") == 1)
        #expect(body.count("//w:tbl/w:tblGrid/w:gridCol") == 3)
        #expect(body.count("//w:tr[1]/w:trPr/w:tblHeader") == 1)
        #expect(body.count("//w:tr[2]/w:trPr/w:tblHeader") == 0)
        // No row splits across a page break.
        #expect(body.count("//w:tr[not(w:trPr/w:cantSplit)]") == 0)
        // The header row is shaded light grey through the table style's first-row formatting, which
        // the table turns on; body cells are not shaded. Cells have room above and below.
        #expect(body.string("//w:tbl/w:tblPr/w:tblLook/@w:val") == "0620")
        let tableStyle = "//w:style[@w:styleId='TableGrid']"
        #expect(try file.xml("word/styles.xml").string("\(tableStyle)/w:tblStylePr[@w:type='firstRow']/w:tcPr/w:shd/@w:fill") == "E6E6E6")
        #expect(body.count("//w:tc/w:tcPr/w:shd") == 0)
        #expect(body.string("//w:tbl/w:tblPr/w:tblCellMar/w:top/@w:w") == "68")
        #expect(body.string("//w:tbl/w:tblPr/w:tblCellMar/w:bottom/@w:w") == "68")
        #expect(body.strings("//w:tr[1]/w:tc//w:jc/@w:val") == ["left", "center", "right"])
        #expect(body.strings("//w:tr[2]/w:tc//w:jc/@w:val") == ["left", "center", "right"])
        #expect(body.count("//w:tr[1]//w:r[not(w:rPr/w:b)]") == 0)
        #expect(body.count("//w:tc[not(w:p)]") == 0)
        #expect(body.count("//w:tc") == 6)
        // The body never ends with a table.
        #expect(body.count("/w:document/w:body/*[last()-1][self::w:p]") == 1)
        #expect(body.count("//w:tc//w:spacing") == 0)
    }

    @Test func columnsAreAsWideAsTheirText() throws {
        let body = try docx("""
            | Person | Speaking time | What they said |
            | --- | --- | --- |
            | Participant A | 12:30 | We were never hard to reach; the service was hard to reach, and the letters made it worse. |
            | Participant B | 4:05 | Send the papers a week ahead, in plain words, so everyone can read them before the meeting. |
            """).xml("word/document.xml")
        let grid = body.strings("//w:tblGrid/w:gridCol/@w:w").compactMap { Int($0) }
        #expect(grid.count == 3)
        #expect(grid.reduce(0, +) == 11906 - 2 * 1440)
        #expect(body.string("//w:tbl/w:tblPr/w:tblW/@w:w") == String(11906 - 2 * 1440))
        // The long-text column is the widest; the short ones are wide enough for their longest word.
        #expect(grid[2] > grid[0] && grid[2] > grid[1])
        // "Participant" in DejaVu Sans and bold "Speaking" are 5.4 and 5.2 ems: 1296 and 1254 twentieths
        // of a point at 12 points, plus 216 of cell margins.
        #expect(grid[0] >= 1296 + 216 && grid[1] >= 1254 + 216)
        // Each cell's width is its column's.
        for row in 1...3 {
            #expect(body.strings("//w:tr[\(row)]/w:tc/w:tcPr/w:tcW/@w:w").compactMap { Int($0) } == grid)
        }
    }

    @Test func columnWidthsAddUpAndKeepWordsWhole() {
        // Needs in hundredths of an em; a 9026-twip line of 12-point text is 37.6 ems.
        let needs = [TableColumnWidths.Need(minimum: 1000, preferred: 1000), TableColumnWidths.Need(minimum: 800, preferred: 6000),
                     TableColumnWidths.Need(minimum: 600, preferred: 3000)]
        let widths = TableColumnWidths.widths(needs, total: 9026, em: 240)
        #expect(widths.reduce(0, +) == 9026)
        #expect(widths[0] >= 1000 * 240 / 100 && widths[1] >= 800 * 240 / 100 && widths[2] >= 600 * 240 / 100)
        #expect(widths[1] > widths[2] && widths[2] > widths[0])
        #expect(TableColumnWidths.widths(needs, total: 9026, em: 240) == widths)
        // Columns that fit at their preferred widths share the line in proportion to them.
        let fitting = TableColumnWidths.widths([.init(minimum: 500, preferred: 1000), .init(minimum: 500, preferred: 3000)],
                                               total: 4000, em: 100)
        #expect(fitting == [1000, 3000])
        // Too many columns for the line: each gets a share of its minimum.
        #expect(TableColumnWidths.widths(Array(repeating: .init(minimum: 2000, preferred: 4000), count: 5), total: 1000, em: 100)
            == [200, 200, 200, 200, 200])
    }

    @Test func chartColumnHasRoomForTheWholeBar() throws {
        let chart = BarChart(caption: "Share of speaking time.", labelHeading: "Person", valueHeading: "Share",
                             bars: [BarChart.Bar(label: "Participant A (expert by experience)", share: 1, value: "100 %")])
        let body = try docx(Document(blocks: [.barChart(chart)])).xml("word/document.xml")
        let grid = body.strings("//w:tblGrid/w:gridCol/@w:w").compactMap { Int($0) }
        // 24 Courier New characters at 12 points are 24 × 144 twentieths of a point, plus the cell margins.
        #expect(grid.count == 3 && grid[2] >= 24 * 144 + 216)
    }

    @Test func adjacentTablesStaySeparate() throws {
        let document = Document(blocks: [
            .table(Table(alignments: [], header: [[.text("A")]], rows: [])),
            .table(Table(alignments: [], header: [[.text("B")]], rows: [])),
            .table(Table(alignments: [], header: [], rows: [])),
        ])
        let body = try docx(document).xml("word/document.xml")
        #expect(body.count("/w:document/w:body/w:tbl") == 2)
        #expect(body.count("/w:document/w:body/w:tbl[1]/following-sibling::*[1][self::w:p]") == 1)
        #expect(body.count("/w:document/w:body/w:tbl[2]/following-sibling::*[1][self::w:p]") == 1)
        #expect(body.strings("/w:document/w:body/w:tbl/following-sibling::*[1]/w:pPr/w:spacing/@w:before") == ["160", "0"])
        // The paragraph after the final table is there for the format only, so it takes no room.
        #expect(body.string("/w:document/w:body/w:tbl[2]/following-sibling::w:p[1]/w:pPr/w:spacing/@w:lineRule") == "exact")
    }

    @Test func thematicBreakIsAParagraphWithABottomBorder() throws {
        let body = try docx("Above.\n\n---\n\nBelow.\n").xml("word/document.xml")
        #expect(body.count("//w:p[w:pPr/w:pBdr/w:bottom[@w:val='single']]") == 1)
        #expect(body.count("//w:p[w:pPr/w:pBdr]/preceding-sibling::w:p[.='Above.']") == 1)
    }

    // MARK: - Footnotes

    @Test func footnoteIsWrittenAtItsReferenceAndReferredToOnce() throws {
        let file = try docx("First[^a] and again[^a].\n\n[^a]: The note.\n")
        let body = try file.xml("word/document.xml")
        #expect(body.strings("//w:footnoteReference/@w:id") == ["1"])
        #expect(body.string("//w:r[w:footnoteReference]/w:rPr/w:rStyle/@w:val") == "FootnoteReference")
        #expect(body.string("//w:r[w:rPr/w:vertAlign/@w:val='superscript']") == "1")
        let notes = try file.xml("word/footnotes.xml")
        #expect(notes.strings("//w:footnote/@w:id") == ["-1", "0", "1"])
        #expect(notes.string("//w:footnote[@w:id='-1']/@w:type") == "separator")
        #expect(notes.string("//w:footnote[@w:id='0']/@w:type") == "continuationSeparator")
        #expect(notes.string("//w:footnote[@w:id='1']") == " The note.")
        #expect(notes.string("//w:footnote[@w:id='1']/w:p/w:pPr/w:pStyle/@w:val") == "FootnoteText")
        #expect(notes.count("//w:footnote[@w:id='1']/w:p[1]/w:r[1]/w:footnoteRef") == 1)
        let settings = try file.xml("word/settings.xml")
        #expect(settings.strings("//w:footnotePr/w:footnote/@w:id") == ["-1", "0"])
    }

    @Test func footnotesAreNumberedInReadingOrder() throws {
        let file = try docx("One[^z], two[^a].\n\n[^a]: Second.\n[^z]: First.\n")
        #expect(try file.xml("word/document.xml").strings("//w:footnoteReference/@w:id") == ["1", "2"])
        let notes = try file.xml("word/footnotes.xml")
        #expect(notes.string("//w:footnote[@w:id='1']") == " First.")
        #expect(notes.string("//w:footnote[@w:id='2']") == " Second.")
    }

    @Test func linkInAFootnoteUsesTheFootnotesRelationships() throws {
        let file = try docx("Text[^a].\n\n[^a]: See [the study](https://example.org/study).\n")
        let id = try #require(try file.xml("word/footnotes.xml").string("//w:hyperlink/@r:id"))
        let relationships = try file.xml("word/_rels/footnotes.xml.rels")
        #expect(relationships.string("//rel:Relationship[@Id='\(id)']/@Target") == "https://example.org/study")
        #expect(relationships.string("//rel:Relationship[@Id='\(id)']/@TargetMode") == "External")
        #expect(try file.xml("word/_rels/document.xml.rels").count("//rel:Relationship[@Target='https://example.org/study']") == 0)
    }

    @Test func unreferencedNotesAndNotesReferredToOnlyFromNotesGoToANotesSection() throws {
        let document = Document(metadata: Metadata(title: "Minutes"), blocks: [
            .paragraph(Paragraph([.text("Body"), .footnoteReference("a")])),
            .footnoteDefinition(FootnoteDefinition(label: "a", blocks: [.paragraph(Paragraph([.text("Note A"), .footnoteReference("b")]))])),
            .footnoteDefinition(FootnoteDefinition(label: "b", blocks: [.paragraph(Paragraph([.text("Note B")]))])),
            .footnoteDefinition(FootnoteDefinition(label: "c", blocks: [.list(ListBlock(kind: .bullet, items: [
                ListItem(blocks: [.paragraph(Paragraph([.text("Note C")]))]),
            ]))])),
        ])
        let file = try docx(document)
        let notes = try file.xml("word/footnotes.xml")
        #expect(notes.count("//w:footnote[@w:id > 0]") == 1)
        #expect(notes.string("//w:footnote[@w:id='1']") == " Note A2")
        let body = try file.xml("word/document.xml")
        let headings = body.strings("//w:p[w:pPr/w:pStyle/@w:val='Heading2']")
        #expect(headings == ["Notes"])
        let afterHeading = body.strings("//w:p[.='Notes']/following-sibling::w:p")
        #expect(afterHeading == ["2. Note B", "3. ", "Note C"])
    }

    // MARK: - Inlines

    @Test func inlineFormattingBecomesRunProperties() throws {
        let body = try docx("*it* **bold** ~~gone~~ `code` ***both***\n").xml("word/document.xml")
        #expect(body.string("//w:r[w:rPr/w:i and not(w:rPr/w:b)]") == "it")
        #expect(body.string("//w:r[w:rPr/w:b and not(w:rPr/w:i)]") == "bold")
        #expect(body.string("//w:r[w:rPr/w:strike]") == "gone")
        #expect(body.string("//w:r[w:rPr/w:rStyle/@w:val='VerbatimChar']") == "code")
        #expect(body.string("//w:r[w:rPr/w:b and w:rPr/w:i]") == "both")
    }

    @Test func spacesAtRunEdgesArePreserved() throws {
        let body = try docx("one *two* three\n").xml("word/document.xml")
        #expect(body.strings("//w:p[.='one two three']//w:t") == ["one ", "two", " three"])
        #expect(body.strings("//w:p[.='one two three']//w:t[@xml:space='preserve']") == ["one ", " three"])
    }

    @Test func breaksBecomeBreaksAndSpaces() throws {
        let body = try docx("soft\nbreak, hard  \nbreak\n").xml("word/document.xml")
        #expect(body.string("//w:p[w:r/w:br]") == "soft break, hardbreak")
        #expect(body.count("//w:br") == 1)
    }

    @Test func hyperlinkPointsToAnExternalRelationship() throws {
        let file = try docx("See [the guide](https://example.org/g?a=1&b=2 \"Guide\") and [again](https://example.org/g?a=1&b=2).\n")
        let body = try file.xml("word/document.xml")
        let ids = body.strings("//w:hyperlink/@r:id")
        #expect(ids.count == 2 && ids[0] == ids[1])
        #expect(body.string("//w:hyperlink[1]/@w:tooltip") == "Guide")
        #expect(body.string("//w:hyperlink[1]//w:rStyle/@w:val") == "Hyperlink")
        let relationships = try file.xml("word/_rels/document.xml.rels")
        let link = "//rel:Relationship[@Id='\(ids[0])']"
        #expect(relationships.string("\(link)/@Target") == "https://example.org/g?a=1&b=2")
        #expect(relationships.string("\(link)/@TargetMode") == "External")
        #expect(relationships.string("\(link)/@Type") == "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink")
    }

    @Test func linkTargetsAreEncodedWhereURIsForbidCharacters() throws {
        let file = try docx("[a](<https://example.org/a b\"c>) [b](https://example.org/100%) "
            + "[c](https://example.org/%41) [d](https://例え.jp/パス)\n")
        let targets = try file.xml("word/_rels/document.xml.rels").strings("//rel:Relationship[@TargetMode='External']/@Target")
        #expect(targets == ["https://example.org/a%20b%22c", "https://example.org/100%25", "https://example.org/%41",
                            "https://例え.jp/パス"])
    }

    @Test func unsafeAndInternalLinksBecomePlainText() throws {
        let file = try docx("[bad](javascript:alert(1)) [odd](JAVA&#9;SCRIPT:x) [inside](#part) [data](data:text/html,x) [ok](page.html)\n")
        let body = try file.xml("word/document.xml")
        #expect(body.string("//w:p[w:pPr/w:pStyle/@w:val='Title']/following-sibling::w:p[1]") == "bad odd inside data ok")
        #expect(body.strings("//w:hyperlink") == ["ok"])
        #expect(try file.xml("word/_rels/document.xml.rels").strings("//rel:Relationship[@TargetMode='External']/@Target") == ["page.html"])
    }

    @Test func picturesAreDescribedInText() throws {
        let body = try docx("Plan: ![The room plan](room.png) ![](x.png)\n").xml("word/document.xml")
        #expect(body.string("/w:document/w:body/w:p[2]") == "Plan: [Picture: The room plan] [Picture]")
        #expect(body.count("//w:drawing") == 0)
    }

    @Test func forbiddenCharactersDoNotBreakTheXML() throws {
        let nasty = "A\u{0}B\u{1}C\u{FFFE}D <&> \"quoted\" ]]>"
        let document = Document(
            metadata: Metadata(title: "T\u{B}itle <&>", authors: ["Ann\u{7}"], summary: "S\u{FFFF}"),
            blocks: [.paragraph(Paragraph([.text(nasty), .link(Link(destination: "https://example.org/?q=\u{1}\"<>", title: "t\u{2}\"", [.text("x")]))])),
                     .codeBlock(CodeBlock(text: "\u{8}code"))])
        let file = try docx(document)
        for path in file.paths {
            #expect(XMLProbe(try file.data(path)) != nil, "\(path) is not well-formed")
        }
        let body = try file.xml("word/document.xml")
        #expect(body.string("//w:p[w:pPr/w:pStyle/@w:val='Title']") == "Title <&>")
        #expect(body.string("/w:document/w:body/w:p[2]") == "Written by Ann")
        #expect(body.string("/w:document/w:body/w:p[3]") == "S")
        #expect(body.string("/w:document/w:body/w:p[4]") == "ABCD <&> \"quoted\" ]]>x")
        #expect(try file.xml("docProps/core.xml").string("//dc:creator") == "Ann")
    }

    // MARK: - Page

    @Test(arguments: [(WriterOptions.PageSize.a4, 11906, 16838), (.letter, 12240, 15840)])
    func pageHasThePaperSizeAndTablesSpanItsText(_ size: WriterOptions.PageSize, width: Int, height: Int) throws {
        let document = try MarkdownReader().read("Text.\n\n| Person | What they said |\n| --- | --- |\n| A | We were never hard to reach. |\n")
        let body = try docx(document, options: WriterOptions(pageSize: size)).xml("word/document.xml")
        #expect(body.count("/w:document/w:body/w:sectPr") == 1)
        #expect(body.string("/w:document/w:body/w:sectPr/w:pgSz/@w:w") == String(width))
        #expect(body.string("/w:document/w:body/w:sectPr/w:pgSz/@w:h") == String(height))
        // One inch on every side, and tables as wide as the text between the margins.
        let margins = ["top", "right", "bottom", "left"].map { body.string("/w:document/w:body/w:sectPr/w:pgMar/@w:\($0)") }
        #expect(margins == Array(repeating: "1440", count: 4))
        #expect(body.string("//w:tbl/w:tblPr/w:tblW/@w:w") == String(width - 2 * 1440))
        #expect(body.strings("//w:tblGrid/w:gridCol/@w:w").compactMap { Int($0) }.reduce(0, +) == width - 2 * 1440)
    }

    // MARK: - Schema order

    @Test func propertyElementsFollowSchemaOrder() throws {
        let document = try MarkdownReader().read(richNotes + "\n\n> - quoted list\n>\n>   ```\n>   code\n>   ```\n")
        let file = try DOCXFile(DOCXWriter().write(document))
        for path in ["word/document.xml", "word/styles.xml", "word/footnotes.xml", "word/numbering.xml"] {
            let probe = try file.xml(path)
            for (element, order) in schemaOrder {
                for index in stride(from: 1, through: probe.count("//\(element)"), by: 1) {
                    let node = "(//\(element))[\(index)]"
                    let children = stride(from: 1, through: probe.count("\(node)/*"), by: 1).compactMap {
                        probe.string("name(\(node)/*[\($0)])")
                    }
                    let positions = children.map { order.firstIndex(of: $0) ?? -1 }
                    #expect(!positions.contains(-1) && positions == positions.sorted(), "\(path) \(element): \(children)")
                }
            }
        }
    }
}
