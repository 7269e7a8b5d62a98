import Foundation
import Testing
import TestSupport
@testable import Documents

/// Page numbers and new pages in the formats that have pages; web pages and text have none.
@Suite struct PagesTests {
    private let notes = """
    # Holding effective meetings

    Before the break.

    <!-- roundtable: new page -->

    After the break.
    """

    @Test func wordPagesCarryPageXOfYInTheFooter() throws {
        let parts = try ZIPParts.unzip(try DOCXWriter().write(MarkdownReader().read(notes)))
        let footer = try #require(parts["word/footer1.xml"].flatMap { XMLProbe($0) })
        #expect(footer.strings("//w:fldSimple/@w:instr").map { $0.trimmingCharacters(in: .whitespaces) } == ["PAGE", "NUMPAGES"])
        #expect(footer.string("//w:p")?.hasPrefix("Page 1 of 1") == true)
        let body = try #require(parts["word/document.xml"].flatMap { XMLProbe($0) })
        let id = try #require(body.string("//w:sectPr/w:footerReference[@w:type='default']/@r:id"))
        let relationships = try #require(parts["word/_rels/document.xml.rels"].flatMap { XMLProbe($0) })
        #expect(relationships.string("//rel:Relationship[@Id='\(id)']/@Target") == "footer1.xml")
        #expect(relationships.string("//rel:Relationship[@Id='\(id)']/@Type")?.hasSuffix("/footer") == true)
        let types = try #require(parts["[Content_Types].xml"].flatMap { XMLProbe($0) })
        #expect(types.string("//ct:Override[@PartName='/word/footer1.xml']/@ContentType")?.hasSuffix("footer+xml") == true)
    }

    @Test func libreOfficePagesCarryPageXOfYInTheFooter() throws {
        let xml = try #require(XMLProbe(FODTWriter().write(MarkdownReader().read(notes))))
        #expect(xml.count("//style:master-page/style:footer/text:p/text:page-number[@text:select-page='current']") == 1)
        #expect(xml.count("//style:master-page/style:footer/text:p/text:page-count") == 1)
        #expect(xml.string("//style:master-page/style:footer/text:p") == "Page 1 of 1")
    }

    @Test func theNewPageCommentStartsANewPageInPrintAndNothingOnTheWeb() throws {
        let document = try MarkdownReader().read(notes)
        #expect(document.blocks.contains(.pageBreak(SourcePosition(line: 5, column: 1))))

        let body = try #require(try ZIPParts.unzip(try DOCXWriter().write(document))["word/document.xml"].flatMap { XMLProbe($0) })
        #expect(body.count("//w:br[@w:type='page']") == 1)
        #expect(body.string("//w:p[w:r/w:br[@w:type='page']]/following-sibling::w:p[1]") == "After the break.")

        let fodt = try #require(XMLProbe(FODTWriter().write(document)))
        let style = try #require(fodt.string("//text:p[following-sibling::text:p[1] = 'After the break.']/@text:style-name"))
        #expect(fodt.string("//style:style[@style:name='\(style)']/style:paragraph-properties/@fo:break-before") == "page")

        let page = String(decoding: try HTMLWriter().write(document), as: UTF8.self)
        #expect(page.contains("<p>Before the break.</p>\n<p>After the break.</p>"))
        let text = String(decoding: try PlainTextWriter().write(document), as: UTF8.self)
        #expect(text.contains("Before the break.\n\nAfter the break."))
        // Markdown keeps the comment, so the notes read back the same.
        let markdown = String(decoding: try MarkdownWriter().write(document), as: UTF8.self)
        #expect(try MarkdownReader().read(markdown).blocks.contains { if case .pageBreak = $0 { true } else { false } })
    }

    @Test func onlyTheExactCommentStartsANewPage() throws {
        for comment in ["<!--roundtable: new page-->", "<!--  Roundtable:  New   Page  -->"] {
            #expect(try MarkdownReader().read("A\n\n\(comment)\n\nB\n").blocks.count == 3, "\(comment)")
        }
        for comment in ["<!-- new page -->", "<!-- roundtable: new pages -->", "<!-- roundtable: allow new page -->"] {
            #expect(try MarkdownReader().read("A\n\n\(comment)\n\nB\n").blocks.count == 2, "\(comment)")
        }
    }
}
