import Foundation
import Testing
import TestSupport
@testable import Documents

/// `--reference-doc`: a Word file made from an organisation's template (made with python-docx's
/// own template: Georgia body text, green Trebuchet MS title and headings, letter paper with
/// three-quarter-inch margins) gives Word documents its look.
@Suite struct ReferenceDocumentTests {
    private let template = ProjectFiles.documentFixture("reference/organisation-template.docx")
    private let notes = """
        ---
        title: Holding effective meetings
        summary: What works when people with lived experience and staff meet as equals.
        ---

        ## Before the meeting

        Send the papers a week ahead. See [the guide](https://example.org/guide).

        ```
        code
        ```
        """

    private func written() throws -> [String: Data] {
        let options = WriterOptions(referenceDocument: try ReferenceDocument.read(template.path))
        let data = try DOCXWriter().write(MarkdownReader().read(notes), options: options)
        #expect(try DOCXWriter().write(MarkdownReader().read(notes), options: options) == data, "the same bytes every time")
        return try ZIPParts.unzip(data)
    }

    @Test func theTemplatesStylesThemeAndPageAreUsed() throws {
        let parts = try written()
        let templateParts = try ZIPParts.unzip(try Data(contentsOf: template))
        let styles = try #require(parts["word/styles.xml"].flatMap { XMLProbe($0) })
        #expect(styles.string("//w:style[@w:styleId='Normal']//w:rFonts/@w:ascii") == "Georgia")
        #expect(styles.string("//w:style[@w:styleId='Title']//w:color/@w:val") == "005A32")
        #expect(styles.string("//w:style[@w:styleId='Heading2']//w:rFonts/@w:ascii") == "Trebuchet MS")
        #expect(parts["word/theme/theme1.xml"] == templateParts["word/theme/theme1.xml"])
        #expect(parts["word/fontTable.xml"] == templateParts["word/fontTable.xml"])
        let body = try #require(parts["word/document.xml"].flatMap { XMLProbe($0) })
        #expect(body.strings("//w:sectPr/w:pgSz/@w:w") + body.strings("//w:sectPr/w:pgSz/@w:h") == ["12240", "15840"])
        #expect(body.strings("//w:sectPr/w:pgMar/@w:left") == ["1080"])
    }

    @Test func stylesTheTemplateLacksAreAddedOnceAndEveryStyleTheContentUsesIsDefined() throws {
        let parts = try written()
        let styles = try #require(parts["word/styles.xml"].flatMap { XMLProbe($0) })
        let ids = styles.strings("//w:style/@w:styleId")
        #expect(ids.count == Set(ids).count, "no style is defined twice")
        for added in ["Byline", "Summary", "SourceCode"] { #expect(ids.filter { $0 == added }.count == 1, "\(added)") }
        let body = try #require(parts["word/document.xml"].flatMap { XMLProbe($0) })
        let used = Set(body.strings("//w:pStyle/@w:val") + body.strings("//w:rStyle/@w:val"))
        #expect(!used.isEmpty && used.isSubset(of: Set(ids)), "\(used.subtracting(ids))")
    }

    @Test func aFileThatIsNotAWordFileIsRefused() throws {
        let folder = try TemporaryFolder("reference")
        defer { folder.remove() }
        let notWord = folder.appendingPathComponent("template.docx")
        try "# Not a Word file".write(to: notWord, atomically: true, encoding: .utf8)
        #expect(throws: ReadError.self) { try ReferenceDocument.read(notWord.path) }
        #expect(throws: ReadError.self) { try ReferenceDocument.read(folder.appendingPathComponent("missing.docx").path) }
    }
}
