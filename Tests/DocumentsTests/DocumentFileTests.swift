import CCMarkGFM
@testable import Documents
import Foundation
import Testing
import TestSupport

/// Reading Word, OpenDocument, web page and text files into the one document model: the
/// structure kept is the structure pandoc reads from the same files (`pandoc -f docx -t json`).
@Suite struct DocumentFileTests {
    static let fixtures = ProjectFiles.root.appendingPathComponent("Tests/DocumentsTests/Fixtures")

    /// One line per block: its kind and words; a list gives its items, a table its rows.
    static func outline(_ blocks: [Block]) -> [String] {
        blocks.map { block in
            switch block {
            case .heading(let heading): "h\(heading.level) \(heading.inlines.plainText)"
            case .paragraph(let paragraph): "p \(paragraph.inlines.plainText)"
            case .list(let list):
                (list.kind == .bullet ? "ul " : "ol ") + list.items.map { outline($0.blocks).joined(separator: "; ") }.joined(separator: " / ")
            case .table(let table):
                "table " + ([table.header] + table.rows).map { $0.map(\.plainText).joined(separator: "|") }.joined(separator: " / ")
            case .blockQuote(let quote): "quote " + outline(quote.blocks).joined(separator: "; ")
            case .footnoteDefinition(let note): "note " + outline(note.blocks).joined(separator: "; ")
            case .codeBlock(let code): "code \(code.text)"
            case .thematicBreak: "rule"
            case .pageBreak: "new page"
            case .barChart: "chart"
            }
        }
    }

    @Test func wordDocumentKeepsHeadingsListsAndTables() throws {
        let document = try DocumentFile.read(Self.fixtures.appendingPathComponent("python-docx.docx").path)
        // pandoc reads the same: the Title paragraph (its metadata title), a heading, two
        // paragraphs (the second with a line break), a bulleted list and a two-column table.
        #expect(Self.outline(document.blocks) == [
            "h1 Plain words guide",
            "h1 Why it matters",
            "p Short sentences help everyone.",
            "p Name Role Second line",
            "ul p Bring the agenda / p Share the minutes",
            "table Who|Does what / Sam|Books the room",
            "p The end.",
        ])
        #expect(PreparedDocument(document).title == "Plain words guide")
    }

    @Test(arguments: ["libreoffice.odt", "libreoffice.fodt"])
    func openDocumentKeepsHeadingsListsTablesAndNotes(name: String) throws {
        let document = try DocumentFile.read(Self.fixtures.appendingPathComponent(name).path)
        #expect(Self.outline(document.blocks) == [
            "h1 Meeting notes",
            "p We met on Tuesday to agree the plan. Everyone had time to speak.",
            "note p The plan is in the shared folder.",
            "ul p Bring the agenda / p Share the minutes",
            "table Who|Does what / Sam|Books the room",
            "p First line Second line",
        ])
        guard case .paragraph(let paragraph) = document.blocks[1], case .footnoteDefinition(let note) = document.blocks[2] else {
            Issue.record("unexpected blocks: \(document.blocks)")
            return
        }
        #expect(paragraph.inlines.contains(.footnoteReference(note.label)))
    }

    @Test func webPageKeepsHeadingsEmphasisLinksListsAndTables() throws {
        let document = try DocumentFile.read(Self.fixtures.appendingPathComponent("page.html").path)
        #expect(Self.outline(document.blocks) == [
            "h1 Session notes",
            "p We agreed to use plain words & short sentences.",
            "p First line Second line",
            "ul p Bring the agenda / p Share the minutes",
            "p Who does what",
            "table Who|Task / Sam|Books the room",
            "quote p Nothing about us without us.",
            "p Loose text in a box",
            "p A paragraph inside it",
            "p and text after it",
            "ul p Agenda / p The list of things to talk about",
            "p A photo of the room",
        ])
        guard case .paragraph(let paragraph) = document.blocks[1], case .list(let list) = document.blocks[3],
              case .paragraph(let item)? = list.items.last?.blocks.first else {
            Issue.record("unexpected blocks: \(document.blocks)")
            return
        }
        #expect(paragraph.inlines.contains(.emphasis([.text("plain")])))
        #expect(item.inlines.contains(.link(Link(destination: "https://example.org/minutes", [.text("minutes")]))))
    }

    @Test func wordEmphasisNumberedListsAndLinksAreKept() throws {
        let numbering = """
        <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
        <w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num>
        </w:numbering>
        """
        let relationships = """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/>
        </Relationships>
        """
        let body = """
        <w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Bold </w:t></w:r><w:r><w:rPr><w:i/><w:b w:val="0"/></w:rPr><w:t>italic</w:t></w:r>\
        <w:r><w:t xml:space="preserve"> and </w:t></w:r><w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <w:r><w:t>a link</w:t></w:r></w:hyperlink></w:p>
        <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>First</w:t></w:r></w:p>
        <w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>Inside</w:t></w:r></w:p>
        <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>Second</w:t></w:r></w:p>
        """
        let document = "<?xml version=\"1.0\"?>\n<w:document \(OfficeProseTests.wordNamespace)><w:body>\(body)</w:body></w:document>"
        let data = try OfficeProseTests.zip(["word/document.xml": document, "word/numbering.xml": numbering,
                                             "word/_rels/document.xml.rels": relationships])
        let read = try DocumentFile.read(data: data, format: .docx, file: "x.docx")
        guard case .paragraph(let paragraph) = read.blocks.first, case .list(let list) = read.blocks.last else {
            Issue.record("unexpected blocks: \(read.blocks)")
            return
        }
        // The space after "Bold" sits between the runs, not in bold.
        #expect(paragraph.inlines == [.strong([.text("Bold")]), .text(" "), .emphasis([.text("italic")]), .text(" and "),
                                      .link(Link(destination: "https://example.org/", [.text("a link")]))])
        #expect(list.kind == .ordered(start: 1))
        #expect(Self.outline([.list(list)]) == ["ol p First; ul p Inside / p Second"])
    }

    /// A text of megabytes is read in parts side by side, cut only before blank lines: every
    /// paragraph and every line keeps its number, whatever the line endings and blank lines.
    @Test func aLongTextReadInPartsKeepsEveryParagraphAndLineNumber() {
        var text = "\u{FEFF}"
        var expected: [(first: String, line: Int, lines: Int)] = []
        var line = 1
        for paragraph in 0..<40_000 {
            let lines = paragraph % 4 + 1
            let ending = paragraph % 3 == 0 ? "\r\n" : "\n"
            expected.append(("p\(paragraph)", line, lines))
            for row in 0..<lines {
                text += "p\(paragraph) row \(row) " + String(repeating: "words ", count: 2 + paragraph % 7) + ending
            }
            text += ["", "   ", "\t", " \r", "\u{0B}"][paragraph % 5] + "\n"
            line += lines + 1
        }
        #expect(text.utf8.count > 3_000_000, "long enough to be read in parts")
        let blocks = PlainTextReader.read(text).blocks
        #expect(blocks.count == expected.count)
        // Gathered in parts too, and numbered on across them.
        let prose = ProseView(Document(blocks: blocks), file: "long.txt")
        #expect(prose.blocks.map(\.paragraph) == Array(1...expected.count))
        #expect(prose.blocks.last?.segments.first?.position == SourcePosition(line: expected[expected.count - 1].line, column: 1))
        for (block, want) in zip(blocks, expected) {
            guard case .paragraph(let paragraph) = block else { Issue.record("not a paragraph: \(block)"); return }
            #expect(paragraph.position == SourcePosition(line: want.line, column: 1), "\(want.first)")
            #expect(paragraph.source.anchors.map(\.position.line) == Array(want.line..<(want.line + want.lines)))
            #expect(paragraph.inlines.plainText.hasPrefix(want.first + " row 0 "))
        }
    }

    @Test func officeFindingsHaveParagraphAndCharacterAndTextFindingsHaveLines() throws {
        let word = ProseView(try DocumentFile.read(Self.fixtures.appendingPathComponent("python-docx.docx").path), file: "guide.docx")
        #expect(word.blocks.allSatisfy { $0.segments.allSatisfy { $0.position == nil } })
        let text = ProseView(PlainTextReader.read("First line\n  second line\n\nNew paragraph\n"), file: "a.txt")
        #expect(text.blocks.map(\.text) == ["First line\nsecond line", "New paragraph"])
        #expect(text.blocks[0].position(ofByte: 11) == SourcePosition(line: 2, column: 3))
        #expect(text.blocks[1].position(ofByte: 4) == SourcePosition(line: 4, column: 5))
    }

    @Test func unknownExtensionIsNamedAndAdvised() {
        #expect(throws: ReadError.self) { try DocumentFile.read("/nonexistent/notes.pdf") }
        do {
            _ = try DocumentFile.read("notes.pdf")
        } catch {
            #expect(error.problem == "Roundtable does not know how to read this kind of file: its name ends in .pdf.")
            #expect(error.advice.contains(".docx") && error.advice.contains(".md"))
        }
    }

    // MARK: Silent failures made loud

    /// A page libxml2 cannot parse at all is an error, not a page with nothing to check.
    @Test func webPageLibxml2CannotParseIsAnError() {
        do {
            let document = try DocumentFile.read(data: Data(), format: .html, file: "empty.html")
            Issue.record("expected an error, got \(document.blocks)")
        } catch {
            #expect(error.file == "empty.html")
            #expect(error.problem == "This web page is damaged: its text could not be read.")
        }
    }

    /// A cmark node kind the model does not know keeps its text, with no emphasis made up for it.
    @Test func unknownMarkdownInlineKeepsItsTextWithoutEmphasis() throws {
        let paragraph = try #require(cmark_node_new(CMARK_NODE_PARAGRAPH))
        defer { cmark_node_free(paragraph) }
        func text(_ literal: String) throws -> OpaquePointer {
            let node = try #require(cmark_node_new(CMARK_NODE_TEXT))
            cmark_node_set_literal(node, literal)
            return node
        }
        let custom = try #require(cmark_node_new(CMARK_NODE_CUSTOM_INLINE))
        #expect(cmark_node_append_child(custom, try text("kept")) == 1)
        #expect(cmark_node_append_child(paragraph, try text("Before ")) == 1)
        #expect(cmark_node_append_child(paragraph, custom) == 1)
        #expect(cmark_node_append_child(paragraph, try text(" after")) == 1)
        var converter = NodeConverter(lines: LineIndex(""), lineOffset: 0)
        #expect(converter.inlines(of: paragraph) == [.text("Before kept after")])
    }
}
