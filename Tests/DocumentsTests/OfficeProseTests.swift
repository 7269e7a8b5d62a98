@testable import Documents
import Foundation
import Testing
import TestSupport
import ZIPFoundation

/// Reading prose from Word, OpenDocument and web page files: real files made by real tools
/// (see Scripts/make-office-fixtures), small hand-made files for the corners, and hostile files.
@Suite struct OfficeProseTests {
    static let fixtures = ProjectFiles.root.appendingPathComponent("Tests/DocumentsTests/Fixtures")
    static let wordNamespace = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#
    static let odfNamespaces = #"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" "#
        + #"xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" "#
        + #"xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" "#
        + #"xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0""#

    // MARK: Real files

    @Test func pythonDocxGivesHeadingsParagraphsListItemsAndCells() throws {
        let prose = try Self.prose(Self.fixtures.appendingPathComponent("python-docx.docx").path, file: "guide.docx")
        #expect(Self.summary(prose) == [
            "1 heading: Plain words guide",
            "2 heading: Why it matters",
            "3 paragraph: Short sentences help everyone.",
            "4 paragraph: Name Role|Second line",
            "5 listItem: Bring the agenda",
            "6 listItem: Share the minutes",
            "7 tableCell: Who",
            "8 tableCell: Does what",
            "9 tableCell: Sam",
            "10 tableCell: Books the room",
            "11 paragraph: The end.",
        ])
        #expect(prose.file == "guide.docx")
        #expect(prose.blocks.allSatisfy { $0.segments.allSatisfy { $0.position == nil } })
        #expect(prose.blocks.allSatisfy { $0.segments.allSatisfy { $0.position == nil } })
    }

    @Test func pandocDocxPutsTheFootnoteAfterTheBody() throws {
        let prose = try Self.prose(Self.fixtures.appendingPathComponent("pandoc-notes.docx").path, file: "notes.docx")
        #expect(Self.summary(prose) == [
            "1 heading: Meeting notes",
            "2 paragraph: We met on Tuesday to agree the plan. Everyone had time to speak.",
            "3 listItem: Bring the agenda",
            "4 listItem: Share the minutes",
            "5 tableCell: Who",
            "6 tableCell: Does what",
            "7 tableCell: Sam",
            "8 tableCell: Books the room",
            "9 paragraph: First line|Second line",
            "10 paragraph: The plan is in the shared folder.",
        ])
    }

    /// LibreOffice's .odt and .fodt of the same document read alike; the note follows its paragraph.
    @Test(arguments: ["libreoffice.odt", "libreoffice.fodt"])
    func libreOfficeFileGivesNoteAfterItsParagraph(name: String) throws {
        let prose = try Self.prose(Self.fixtures.appendingPathComponent(name).path, file: name)
        #expect(Self.summary(prose) == [
            "1 heading: Meeting notes",
            "2 paragraph: We met on Tuesday to agree the plan. Everyone had time to speak.",
            "3 paragraph: The plan is in the shared folder.",
            "4 listItem: Bring the agenda",
            "5 listItem: Share the minutes",
            "6 tableCell: Who",
            "7 tableCell: Does what",
            "8 tableCell: Sam",
            "9 tableCell: Books the room",
            "10 paragraph: First line|Second line",
        ])
        #expect(prose.blocks.allSatisfy { $0.segments.allSatisfy { $0.position == nil } })
    }

    @Test func webPageGivesBlocksAndSkipsScriptsStylesAndTemplates() throws {
        let prose = try Self.prose(Self.fixtures.appendingPathComponent("page.html").path, file: "page.html")
        #expect(Self.summary(prose) == [
            "1 heading: Session notes",
            "2 paragraph: We agreed to use plain words & short sentences.",
            "3 paragraph: First line|Second line",
            "4 listItem: Bring the agenda",
            "5 listItem: Share the minutes",
            "6 paragraph: Who does what",
            "7 tableCell: Who",
            "8 tableCell: Task",
            "9 tableCell: Sam",
            "10 tableCell: Books the room",
            "11 quote: Nothing about us without us.",
            "12 paragraph: Loose text in a box",
            "13 paragraph: A paragraph inside it",
            "14 paragraph: and text after it",
            "15 listItem: Agenda",
            "16 listItem: The list of things to talk about",
            "17 paragraph: A photo of the room",
        ])
        #expect(prose.blocks.allSatisfy { $0.segments.allSatisfy { $0.position != nil } })
    }

    @Test func webPagePiecesPointToTheirLineAndColumn() throws {
        let prose = try Self.prose(Self.fixtures.appendingPathComponent("page.html").path, file: "page.html")
        func positions(_ index: Int) -> [String] {
            prose.blocks[index].segments.map { "\($0.position.map { "\($0.line):\($0.column)" } ?? "none") \($0.text)" }
        }
        #expect(positions(0) == ["9:5 Session notes"])
        #expect(positions(1) == ["10:4 We agreed to use ", "10:25 plain ", "10:36 words & short sentences."])
        #expect(positions(2) == ["12:3 First line", "13:3 Second line"])
        // "minutes" is also in the link's address, earlier on the line: the shown word is found.
        #expect(positions(4) == ["17:7 Share the ", "17:55 minutes"])
        #expect(positions(13) == ["25:53 and text after it"])
        // A finding's byte offset in the block maps back into the file.
        #expect(prose.blocks[1].position(ofByte: prose.blocks[1].text.utf8.count - 1) == SourcePosition(line: 10, column: 59))
    }

    // MARK: Word corners

    @Test func wordSkipsDeletionsAndFieldCodesButKeepsInsertionsAndFieldResults() throws {
        let prose = try Self.readDocx(body: """
        <w:p><w:r><w:t xml:space="preserve">We </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>never </w:delText></w:r></w:del>\
        <w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">always </w:t></w:r></w:ins><w:r><w:t>listen.</w:t></w:r></w:p>
        <w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>\
        <w:r><w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>\
        <w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
        <w:p><w:r><w:t>Well</w:t><w:noBreakHyphen/><w:t>being</w:t><w:cr/><w:t>next</w:t></w:r></w:p>
        """)
        #expect(Self.summary(prose) == ["1 paragraph: We always listen.", "2 paragraph: Page 3", "3 paragraph: Well-being|next"])
    }

    @Test func wordKindsComeFromStylesOutlineLevelsAndNumbering() throws {
        let styles = """
        <w:styles \(Self.wordNamespace)>
        <w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>
        <w:style w:type="paragraph" w:styleId="MyTopic"><w:name w:val="My topic"/><w:basedOn w:val="berschrift1"/></w:style>
        <w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="Chapter"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Steps"><w:name w:val="Steps"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
        </w:styles>
        """
        let prose = try Self.readDocx(body: """
        <w:p><w:pPr><w:pStyle w:val="berschrift1"/></w:pPr><w:r><w:t>Localised heading</w:t></w:r></w:p>
        <w:p><w:pPr><w:pStyle w:val="MyTopic"/></w:pPr><w:r><w:t>Named heading only</w:t></w:r></w:p>
        <w:p><w:pPr><w:pStyle w:val="Chapter"/></w:pPr><w:r><w:t>Outline heading</w:t></w:r></w:p>
        <w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>Direct outline</w:t></w:r></w:p>
        <w:p><w:pPr><w:pStyle w:val="Steps"/></w:pPr><w:r><w:t>Styled step</w:t></w:r></w:p>
        <w:p><w:pPr><w:pStyle w:val="Steps"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Numbering off</w:t></w:r></w:p>
        <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>Direct item</w:t></w:r></w:p>
        <w:tbl><w:tr><w:tc><w:p><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>Item in a cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
        """, parts: ["word/styles.xml": styles])
        #expect(Self.summary(prose) == [
            "1 heading: Localised heading",
            // A style is a heading by its own name or an inherited outline level, not by its parent's name.
            "2 paragraph: Named heading only",
            "3 heading: Outline heading",
            "4 heading: Direct outline",
            "5 listItem: Styled step",
            "6 paragraph: Numbering off",
            "7 listItem: Direct item",
            "8 tableCell: Item in a cell",
        ])
    }

    @Test func wordTextBoxIsReadOnceAfterItsParagraphAndNotesSkipSeparators() throws {
        let box = "<w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent>"
        let compatibility = #"xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#
        let body = """
        <w:p><w:r><w:t xml:space="preserve">Before </w:t></w:r><w:r><mc:AlternateContent \(compatibility)>\
        <mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="urn:example:wps">\(box)</wps:txbx></w:drawing></mc:Choice>\
        <mc:Fallback><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml">\(box)</v:textbox></w:pict></mc:Fallback>\
        </mc:AlternateContent></w:r><w:r><w:t>after.</w:t><w:footnoteReference w:id="1"/></w:r></w:p>
        """
        func notes(_ name: String, _ text: String) -> String {
            """
            <w:\(name)s \(Self.wordNamespace)>
            <w:\(name) w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:\(name)>
            <w:\(name) w:type="continuationSeparator" w:id="0"><w:p><w:r><w:t>Continued</w:t></w:r></w:p></w:\(name)>
            <w:\(name) w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> \(text)</w:t></w:r></w:p></w:\(name)>
            </w:\(name)s>
            """
        }
        let prose = try Self.readDocx(body: body, parts: [
            "word/footnotes.xml": notes("footnote", "A footnote."), "word/endnotes.xml": notes("endnote", "An endnote."),
        ])
        #expect(Self.summary(prose) == [
            "1 paragraph: Before after.", "2 paragraph: Box text", "3 paragraph: A footnote.", "4 paragraph: An endnote.",
        ])
    }

    // MARK: OpenDocument corners

    @Test func flatODFSpacesBreaksNotesAndThingsThatAreNotProse() throws {
        let prose = try Self.readFlat("""
        <office:text>
        <text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>Deleted words</text:p></text:deletion></text:changed-region></text:tracked-changes>
        <text:table-of-content><text:index-body><text:p>Contents entry 1</text:p></text:index-body></text:table-of-content>
        <text:h text:outline-level="1">Plan<text:s text:c="3"/>ahead</text:h>
        <text:p>One<text:tab/>two<text:line-break/>three   four
          five<office:annotation><text:p>A reviewer comment</text:p></office:annotation>.</text:p>
        <text:list><text:list-item><text:p>Item<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>\
        <text:note-body><text:p>Note on the item.</text:p></text:note-body></text:note> text</text:p></text:list-item></text:list>
        <text:p>Picture<draw:frame><draw:text-box><text:p>Caption in a box</text:p></draw:text-box></draw:frame> here</text:p>
        <table:table><table:table-row><table:table-cell><text:h>Cell heading</text:h><text:p>Cell text</text:p></table:table-cell></table:table-row></table:table>
        <text:p>   </text:p>
        </office:text>
        """)
        #expect(Self.summary(prose) == [
            "1 heading: Plan ahead",
            "2 paragraph: One two|three four five.",
            "3 listItem: Item text",
            "4 paragraph: Note on the item.",
            "5 paragraph: Picture here",
            "6 paragraph: Caption in a box",
            // A table cell holds running text: its heading and paragraph run on, a line apart.
            "7 tableCell: Cell heading|Cell text",
        ])
    }

    @Test func odtWithoutContentIsNotAnOpenDocumentText() throws {
        let data = try Self.zip(["mimetype": "application/vnd.oasis.opendocument.text", "META-INF/manifest.xml": "<manifest/>"])
        let error = Self.readError { try Self.prose(data: data, format: .odt, file: "empty.odt") }
        #expect(error?.problem.contains("not an OpenDocument text (.odt)") == true)
        #expect(error?.problem.contains("content.xml") == true)
        #expect(error?.advice.contains(".odt") == true)
    }

    @Test func damagedFlatODFPointsToTheLine() throws {
        let data = Data("<?xml version=\"1.0\"?>\n<office:document \(Self.odfNamespaces)>\n<office:body><text:p>Open\n".utf8)
        let error = Self.readError { try Self.prose(data: data, format: .fodt, file: "broken.fodt") }
        #expect(error?.problem == "This flat OpenDocument text is damaged: its text could not be read.")
        #expect(error?.position?.line == 4)
    }

    // MARK: Web page corners

    @Test func webPageRepeatedWordsOnOneLineGetTheirOwnColumns() throws {
        let prose = try Self.prose(data: Data("<table><tr><td>Yes</td><td>Yes</td><td>&amp; no</td></tr></table>\n".utf8), format: .html, file: "t.html")
        #expect(prose.blocks.map { $0.segments.first?.position } == [
            SourcePosition(line: 1, column: 16), SourcePosition(line: 1, column: 28),
            // Text that starts with an entity cannot be found as written: column 1.
            SourcePosition(line: 1, column: 1),
        ])
    }

    @Test func webPageAllowCommentAndCodeAreHandledLikeMarkdown() throws {
        let page = "<body><!-- roundtable: allow ICB, step change --><p>Run <code>ls -l</code> now.</p></body>"
        let prose = try Self.prose(data: Data(page.utf8), format: .html, file: "p.html")
        #expect(prose.allowed == ["ICB", "step change"])
        #expect(Self.summary(prose) == ["1 paragraph: Run | now."])
    }

    @Test func webPageInAnotherEncodingIsDecodedAsItDeclares() throws {
        var page = Data("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf".utf8)
        page.append(0xE9)
        page.append(contentsOf: Array("</p></body></html>".utf8))
        #expect(Self.summary(try Self.prose(data: page, format: .html, file: "p.html")) == ["1 paragraph: Café"])
    }

    @Test func deeplyNestedWebPageIsRefusedWithoutCrashing() {
        let depth = 20_000
        let page = String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth)
        let error = Self.readError { try Self.prose(data: Data(("<p>Top</p>" + page).utf8), format: .html, file: "deep.html") }
        #expect(error?.problem.contains("more than 256 levels deep") == true)
    }

    @Test func unknownExtensionSaysWhichFormatsAreRead() throws {
        let folder = try TemporaryFolder("roundtable-office").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("notes.pdf")
        try Data("%PDF-1.7".utf8).write(to: url)
        let error = Self.readError { try Self.prose(url.path, file: "notes.pdf") }
        #expect(error?.problem.contains(".pdf") == true)
        #expect(error?.advice.contains(".docx") == true && error?.advice.contains(".odt") == true && error?.advice.contains(".html") == true)
        let missing = Self.readError { try Self.prose(folder.appendingPathComponent("gone.docx").path, file: "gone.docx") }
        #expect(missing?.problem == "There is no file with this name.")
        #expect(DocumentFile.Format(fileExtension: "HTM") == .html)
    }

    // MARK: Hostile files

    /// An external entity is neither loaded nor expanded, in Word's XML or a flat OpenDocument file.
    @Test(arguments: ["file:///etc/passwd", "marker"])
    func externalEntityIsNeverRead(target: String) throws {
        let folder = try TemporaryFolder("roundtable-office").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let marker = folder.appendingPathComponent("secret.txt")
        try Data("SECRET-MARKER root:x:0:0".utf8).write(to: marker)
        let system = target == "marker" ? marker.absoluteString : target
        let doctype = #"<!DOCTYPE r [<!ENTITY xxe SYSTEM "\#(system)">]>"#

        let document = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        \(doctype.replacingOccurrences(of: "DOCTYPE r", with: "DOCTYPE w:document"))
        <w:document \(Self.wordNamespace)><w:body><w:p><w:r><w:t>Before &xxe; after</w:t></w:r></w:p></w:body></w:document>
        """
        let docx = try Self.prose(data: Self.zip(["word/document.xml": document]), format: .docx, file: "x.docx")
        let flat = """
        <?xml version="1.0"?>
        \(doctype.replacingOccurrences(of: "DOCTYPE r", with: "DOCTYPE office:document"))
        <office:document \(Self.odfNamespaces)><office:body><office:text><text:p>Before &xxe; after</text:p></office:text></office:body></office:document>
        """
        let fodt = try Self.prose(data: Data(flat.utf8), format: .fodt, file: "x.fodt")
        for prose in [docx, fodt] {
            let text = prose.blocks.map(\.text).joined(separator: "\n")
            #expect(text.contains("Before"))
            #expect(!text.contains("root:"))
            #expect(!text.contains("SECRET-MARKER"))
        }
    }

    @Test func entityExpansionBombIsNotExpanded() throws {
        var entities = #"<!ENTITY l0 "lol lol lol lol lol lol lol lol lol lol">"#
        for level in 1...9 {
            entities += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">"
        }
        let document = """
        <?xml version="1.0"?><!DOCTYPE w:document [\(entities)]>
        <w:document \(Self.wordNamespace)><w:body><w:p><w:r><w:t>Laugh &l9;</w:t></w:r></w:p></w:body></w:document>
        """
        let data = try Self.zip(["word/document.xml": document])
        do {
            let prose = try Self.prose(data: data, format: .docx, file: "lol.docx")
            #expect(prose.blocks.map(\.text).joined().count < 100)
        } catch {
            #expect(error.problem.contains("damaged"))
        }
    }

    @Test(.tags(.slow)) func zipBombIsRefusedFromTheDirectoryWithoutUnpacking() throws {
        let size = 300 * 1024 * 1024
        let archive = try Archive(accessMode: .create)
        try Self.add("word/document.xml", Data(Self.minimalDocument.utf8), to: archive)
        try archive.addEntry(with: "word/media/zeros.bin", type: .file, uncompressedSize: Int64(size),
                             compressionMethod: .deflate, bufferSize: 1024 * 1024) { _, chunk in Data(count: chunk) }
        let data = try #require(archive.data)
        #expect(data.count < 2 * 1024 * 1024)
        let clock = ContinuousClock()
        let start = clock.now
        let error = Self.readError { try Self.prose(data: data, format: .docx, file: "bomb.docx") }
        #expect(clock.now - start < .seconds(5))
        #expect(error?.problem.contains("too large") == true)
        #expect(error?.problem.contains("zip bomb") == true)
        #expect(error?.problem.contains("200 times") == true)
    }

    @Test func partLargerThanItDeclaresStopsUnpacking() throws {
        let text = String(repeating: "<w:p><w:r><w:t>Words and more words.</w:t></w:r></w:p>", count: 4000)
        let document = "<w:document \(Self.wordNamespace)><w:body>\(text)</w:body></w:document>"
        var data = try Self.zip(["word/document.xml": document])
        // Claim in both headers that the part unpacks to 1,000 bytes.
        try Self.patchUncompressedSize(of: "word/document.xml", to: 1000, in: &data)
        let error = Self.readError { try Self.prose(data: data, format: .docx, file: "liar.docx") }
        #expect(error?.problem.contains("unpacks to more than it says it holds") == true)
    }

    @Test func archiveWithTooManyPartsIsRefused() {
        let names = (0...10_000).map { String(format: "part%05d.xml", $0) }
        let error = Self.readError { try Self.prose(data: Self.storedZip(names), format: .docx, file: "many.docx") }
        #expect(error?.problem.contains("more than 10,000 parts") == true)
    }

    /// Truncated, random, empty and corrupted files give a ReadError, never a crash.
    @Test(arguments: ["truncated", "random", "empty", "corrupted", "not xml", "no document"])
    func damagedWordDocumentGivesAReadError(damage: String) throws {
        let good = try Data(contentsOf: Self.fixtures.appendingPathComponent("python-docx.docx"))
        var data: Data
        switch damage {
        case "truncated": data = good.prefix(good.count / 2)
        case "random":
            var state: UInt64 = 0x9E37_79B9_7F4A_7C15
            data = Data((0..<4096).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return UInt8(truncatingIfNeeded: state >> 33)
            })
        case "empty": data = Data()
        case "corrupted":
            data = good
            let document = try #require(data.range(of: Data("word/document.xml".utf8)))
            for index in document.upperBound..<min(document.upperBound + 400, data.count) { data[index] ^= 0x5A }
        case "not xml": data = try Self.zip(["word/document.xml": "<w:document \(Self.wordNamespace)><w:body>\n<w:p>"])
        default: data = try Self.zip(["content.xml": "<office:document-content/>"])
        }
        let error = Self.readError { try Self.prose(data: data, format: .docx, file: "bad.docx") }
        let problem = try #require(error?.problem)
        #expect(problem.contains("Word document"))
        #expect(error?.advice.contains(".docx") == true)
        switch damage {
        case "not xml": #expect(problem == "This Word document is damaged: its text could not be read (line 2 of word/document.xml).")
        case "no document": #expect(problem.contains("word/document.xml"))
        case "truncated", "random", "empty": #expect(problem.hasPrefix("This is not a Word document (.docx)"))
        default: break
        }
    }

    // MARK: Helpers

    static let minimalDocument = "<w:document \(wordNamespace)><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>"

    /// The prose of the file at `path`, named `file`.
    static func prose(_ path: String, file: String) throws(ReadError) -> ProseView {
        ProseView(try DocumentFile.read(path), file: file)
    }

    /// The prose of a whole file held in `data`, read as `format`.
    static func prose(data: Data, format: DocumentFile.Format, file: String) throws(ReadError) -> ProseView {
        ProseView(try DocumentFile.read(data: data, format: format, file: file), file: file)
    }

    /// "paragraph-number kind: text", with line breaks shown as `|`.
    static func summary(_ prose: ProseView) -> [String] {
        prose.blocks.map { "\($0.paragraph) \($0.kind.rawValue): \($0.text.replacingOccurrences(of: "\n", with: "|"))" }
    }

    /// The ReadError `body` throws; any other outcome is recorded as a test failure.
    static func readError(_ body: () throws -> ProseView, sourceLocation: SourceLocation = #_sourceLocation) -> ReadError? {
        do {
            let prose = try body()
            Issue.record("expected a ReadError, got \(summary(prose))", sourceLocation: sourceLocation)
        } catch let error as ReadError {
            return error
        } catch {
            Issue.record("expected a ReadError, got \(error)", sourceLocation: sourceLocation)
        }
        return nil
    }

    static func readDocx(body: String, parts: [String: String] = [:]) throws -> ProseView {
        let document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document \(wordNamespace)><w:body>\(body)</w:body></w:document>"
        let data = try zip(parts.merging(["word/document.xml": document]) { first, _ in first })
        return try Self.prose(data: data, format: .docx, file: "test.docx")
    }

    static func readFlat(_ text: String) throws -> ProseView {
        let xml = "<?xml version=\"1.0\"?>\n<office:document \(odfNamespaces)><office:body>\(text)</office:body></office:document>"
        return try Self.prose(data: Data(xml.utf8), format: .fodt, file: "test.fodt")
    }

    /// A ZIP archive made by ZIPFoundation in memory, its parts deflated.
    static func zip(_ parts: [String: String]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) { try add(path, Data(text.utf8), to: archive) }
        return try #require(archive.data)
    }

    static func add(_ path: String, _ data: Data, to archive: Archive) throws {
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    /// Writes `size` into the uncompressed-size field of `path`'s local header and central directory entry.
    static func patchUncompressedSize(of path: String, to size: UInt32, in data: inout Data) throws {
        let name = Data(path.utf8)
        var patched = 0
        for (signature, nameOffset, sizeOffset) in [([0x50, 0x4B, 0x03, 0x04], 30, 22), ([0x50, 0x4B, 0x01, 0x02], 46, 24)] as [([UInt8], Int, Int)] {
            var searchFrom = data.startIndex
            while let found = data.range(of: Data(signature), in: searchFrom..<data.endIndex) {
                let start = found.lowerBound
                if data.count >= start + nameOffset + name.count, data[(start + nameOffset)..<(start + nameOffset + name.count)] == name {
                    for byte in 0..<4 { data[start + sizeOffset + byte] = UInt8(truncatingIfNeeded: size >> (8 * UInt32(byte))) }
                    patched += 1
                }
                searchFrom = found.upperBound
            }
        }
        try #require(patched == 2)
    }

    /// A ZIP archive of empty, stored parts, written by hand: ZIPFoundation rewrites its whole
    /// directory on every addition, too slow for ten thousand parts.
    static func storedZip(_ names: [String]) -> Data {
        func le(_ value: Int, _ bytes: Int) -> [UInt8] { (0..<bytes).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        var local: [UInt8] = []
        var central: [UInt8] = []
        for name in names {
            let nameBytes = Array(name.utf8)
            let offset = local.count
            local += [0x50, 0x4B, 0x03, 0x04] + le(20, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(0, 4) + le(0, 4) + le(0, 4)
                + le(nameBytes.count, 2) + le(0, 2) + nameBytes
            central += [0x50, 0x4B, 0x01, 0x02] + le(20, 2) + le(20, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(0, 4) + le(0, 4)
                + le(0, 4) + le(nameBytes.count, 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(offset, 4) + nameBytes
        }
        let end: [UInt8] = [0x50, 0x4B, 0x05, 0x06] + le(0, 2) + le(0, 2) + le(names.count, 2) + le(names.count, 2)
            + le(central.count, 4) + le(local.count, 4) + le(0, 2)
        return Data(local + central + end)
    }
}
