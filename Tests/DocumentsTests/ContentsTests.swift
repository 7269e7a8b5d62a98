import Foundation
import Testing
import TestSupport
@testable import Documents

/// The contents list (`WriterOptions.contents`, `--toc`): the body headings of levels 2 and 3 in
/// order, each linked to its heading by one anchor, in the web page, Word and LibreOffice files.
@Suite struct ContentsTests {
    private let notes = """
    ---
    title: Holding effective meetings
    ---
    Before the first heading.[^time]

    ## Before the meeting

    ### Papers

    ### Papers

    #### Who reads them

    ## Café & Ünïcode: what we’ll try

    > ## Said in the room

    ## !!!

    ## Fn 1

    [^time]: A note with a heading of its own.

        ## Inside the note
    """

    private let options = WriterOptions(contents: true)

    /// The entries every format must show, in order: level, words and anchor.
    private let expected: [(level: Int, text: String, anchor: String)] = [
        (2, "Before the meeting", "before-the-meeting"),
        (3, "Papers", "papers"),
        (3, "Papers", "papers-2"),
        (2, "Café & Ünïcode: what we’ll try", "cafe-unicode-what-well-try"),
        (2, "Said in the room", "said-in-the-room"),
        (2, "!!!", "section-6"),
        (2, "Fn 1", "section-fn-1"),
    ]

    private func document() throws -> Document { try MarkdownReader().read(notes) }

    @Test func anchorsAreLowerCaseWordsMadeUniqueAndNeverEmpty() throws {
        let contents = try #require(PreparedDocument(try document(), options: WriterOptions(contents: true)).contents)
        #expect(contents.entries.map(\.level) == expected.map(\.level))
        #expect(contents.entries.map(\.text) == expected.map(\.text))
        #expect(contents.entries.map(\.anchor) == expected.map(\.anchor))
        let anchors = try #require(Contents([Block.heading(Heading(level: 2, [.text(String(repeating: "Word ", count: 20))])),
                                             .heading(Heading(level: 2, [.text(String(repeating: "Word ", count: 20))]))])).entries.map(\.anchor)
        #expect(anchors == ["word-word-word-word-word-word-word", "word-word-word-word-word-word-wor-2"])
        #expect(anchors.allSatisfy { $0.count <= Contents.longestAnchor && DOCXContents.bookmarkName($0).count <= 40 })
    }

    @Test func theWebPageListsTheHeadingsInOrderWithPartsNestedAndLinked() throws {
        let page = try #require(XMLProbe(try HTMLWriter().write(try document(), options: options)))
        #expect(page.string("//nav[@aria-labelledby='contents-heading']/h2[@id='contents-heading']") == "Contents")
        // The list comes after the title block and before the body.
        #expect(page.string("//nav/preceding-sibling::*[1]") == "Holding effective meetings")
        #expect(page.string("//nav/following-sibling::*[1]")?.hasPrefix("Before the first heading.") == true)
        #expect(page.strings("//nav//a") == expected.map(\.text))
        #expect(page.strings("//nav//a/@href") == expected.map { "#" + $0.anchor })
        #expect(page.strings("//nav/ol/li/ol/li/a") == ["Papers", "Papers"])
        #expect(page.strings("//nav/ol/li[1]/a") == ["Before the meeting"])
        for entry in expected {
            #expect(page.count("//*[@id='\(entry.anchor)']") == 1, "\(entry.anchor)")
            #expect(page.string("//h\(entry.level)[@id='\(entry.anchor)']") == entry.text)
        }
        let ids = page.strings("//@id")
        #expect(Set(ids).count == ids.count)
        #expect(page.count("//h4[@id]") == 0)
        #expect(page.count("//section[@class='footnotes']//h2[@id]") == 1)
    }

    @Test func wordHasAFilledInTOCFieldLinkedToBookmarksAroundTheHeadings() throws {
        let parts = try ZIPParts.unzip(try DOCXWriter().write(try document(), options: options))
        let body = try #require(parts["word/document.xml"].flatMap { XMLProbe($0) })
        let control = "//w:body/w:sdt[w:sdtPr/w:docPartObj/w:docPartGallery/@w:val='Table of Contents']/w:sdtContent"
        #expect(body.string("\(control)/w:p[1][w:pPr/w:pStyle/@w:val='TOCHeading']") == "Contents")
        let entries = "\(control)/w:p[position() > 1]"
        #expect(body.strings("\(entries)/w:hyperlink") == expected.map(\.text))
        #expect(body.strings("\(entries)/w:pPr/w:pStyle/@w:val") == expected.map { "TOC\($0.level)" })
        #expect(body.strings("\(entries)/w:hyperlink/@w:anchor") == expected.map { DOCXContents.bookmarkName($0.anchor) })
        #expect(body.strings("\(control)//w:fldChar/@w:fldCharType") == ["begin", "separate", "end"])
        #expect(body.string("\(entries)[1]/w:r/w:instrText") == #" TOC \o "2-3" \h \z \u "#)
        #expect(body.count("\(entries)[last()]/w:r/w:fldChar[@w:fldCharType='end']") == 1)
        // The list comes after the title block and before the body.
        #expect(body.string("//w:body/w:sdt/preceding-sibling::w:p[1]") == "Holding effective meetings")
        #expect(body.string("//w:body/w:sdt/following-sibling::w:p[1]")?.hasPrefix("Before the first heading.") == true)
        for entry in expected {
            let name = DOCXContents.bookmarkName(entry.anchor)
            #expect(body.string("//w:p[w:pPr/w:pStyle/@w:val='Heading\(entry.level)'][w:bookmarkStart/@w:name='\(name)']") == entry.text)
            let id = try #require(body.string("//w:bookmarkStart[@w:name='\(name)']/@w:id"))
            #expect(body.count("//w:p[w:bookmarkStart/@w:name='\(name)']/w:bookmarkEnd[@w:id='\(id)']") == 1)
        }
        let names = body.strings("//w:bookmarkStart/@w:name")
        let ids = body.strings("//w:bookmarkStart/@w:id")
        #expect(names.count == expected.count && Set(names).count == names.count && Set(ids).count == ids.count)
        let notes = try #require(parts["word/footnotes.xml"].flatMap { XMLProbe($0) })
        #expect(notes.count("//w:bookmarkStart") == 0)

        let styles = try #require(parts["word/styles.xml"].flatMap { XMLProbe($0) })
        #expect(styles.string("//w:style[@w:styleId='TOCHeading']/w:name/@w:val") == "TOC Heading")
        #expect(styles.string("//w:style[@w:styleId='TOCHeading']/w:basedOn/@w:val") == "Heading1")
        #expect(styles.string("//w:style[@w:styleId='TOCHeading']/w:pPr/w:outlineLvl/@w:val") == "9")
        #expect(styles.strings("//w:style[starts-with(@w:styleId, 'TOC') and @w:styleId != 'TOCHeading']/w:name/@w:val") == ["toc 2", "toc 3"])
    }

    @Test func libreOfficeHasAFilledInTableOfContentLinkedToBookmarksAroundTheHeadings() throws {
        let fodt = try #require(XMLProbe(FODTWriter().write(try document(), options: options)))
        let index = "//office:text/text:table-of-content"
        #expect(fodt.string("\(index)/text:table-of-content-source/@text:outline-level") == "3")
        #expect(fodt.strings("\(index)/text:table-of-content-source/text:table-of-content-entry-template/@text:style-name")
                == ["Contents_20_2", "Contents_20_3"])
        #expect(fodt.string("\(index)/text:index-body/text:index-title/text:p") == "Contents")
        #expect(fodt.strings("\(index)/text:index-body/text:p") == expected.map(\.text))
        #expect(fodt.strings("\(index)/text:index-body/text:p/@text:style-name") == expected.map { "Contents_20_\($0.level)" })
        #expect(fodt.strings("\(index)/text:index-body/text:p/text:a/@xlink:href") == expected.map { "#" + $0.anchor })
        #expect(fodt.string("\(index)/preceding-sibling::text:p[1]") == "Holding effective meetings")
        for entry in expected {
            #expect(fodt.string("//text:h[@text:outline-level='\(entry.level)'][text:bookmark-start/@text:name='\(entry.anchor)']") == entry.text)
            #expect(fodt.count("//text:h/text:bookmark-end[@text:name='\(entry.anchor)']") == 1)
        }
        #expect(fodt.count("//text:bookmark-start") == expected.count)
        for style in ["Contents_20_Heading", "Contents_20_2", "Contents_20_3"] {
            #expect(fodt.count("//office:styles/style:style[@style:name='\(style)']") == 1, "\(style)")
        }
        #expect(fodt.count("//office:styles/style:style[@style:name='Contents_20_Heading']/@style:default-outline-level") == 0)
    }

    @Test(arguments: ["## Only one\n\nText.", "Text without headings.", "# The title\n\n## Only one"])
    func fewerThanTwoHeadingsGiveNoContentsList(_ markdown: String) throws {
        let document = try MarkdownReader().read(markdown)
        #expect(PreparedDocument(document, options: WriterOptions(contents: true)).contents == nil)
        #expect(try HTMLWriter().write(document, options: options) == (try HTMLWriter().write(document)))
        #expect(FODTWriter().write(document, options: options) == FODTWriter().write(document))
        #expect(try DOCXWriter().write(document, options: options) == (try DOCXWriter().write(document)))
    }

    @Test func withoutTheOptionNothingChanges() throws {
        let document = try document()
        let page = String(decoding: try HTMLWriter().write(document), as: UTF8.self)
        #expect(!page.contains("<nav") && !page.contains("<h2 id=\"before"))
        let fodt = String(decoding: FODTWriter().write(document), as: UTF8.self)
        #expect(!fodt.contains("table-of-content") && !fodt.contains("bookmark") && !fodt.contains("Contents_20"))
        let parts = try ZIPParts.unzip(try DOCXWriter().write(document))
        #expect(!String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self).contains("w:sdt"))
        #expect(!String(decoding: try #require(parts["word/styles.xml"]), as: UTF8.self).contains("TOC"))
    }

    @Test func theSameNotesGiveTheSameBytes() throws {
        let first = try document(), second = try document()
        #expect(try HTMLWriter().write(first, options: options) == (try HTMLWriter().write(second, options: options)))
        #expect(FODTWriter().write(first, options: options) == FODTWriter().write(second, options: options))
        #expect(try DOCXWriter().write(first, options: options) == (try DOCXWriter().write(second, options: options)))
    }

    @Test func markdownAndPlainTextHaveNoContentsListAndLoseNothing() throws {
        let document = try document()
        #expect(try MarkdownWriter().write(document, options: options) == (try MarkdownWriter().write(document)))
        #expect(try PlainTextWriter().write(document, options: options) == (try PlainTextWriter().write(document)))
    }

    /// pandoc, which nobody here wrote, reads Word's contents entries as links to the headings.
    @Test(.enabled(if: Self.pandocIsInstalled, "needs pandoc")) func pandocReadsTheWordContentsEntriesAsLinks() throws {
        let folder = try TemporaryFolder("contents-pandoc")
        defer { folder.remove() }
        let file = folder.appendingPathComponent("notes.docx")
        try DOCXWriter().write(try document(), options: options).write(to: file)
        let markdown = try Self.pandoc(["-f", "docx", "-t", "gfm", "--wrap=none", file.path])
        var position = markdown.startIndex
        for entry in expected {
            let link = "[\(entry.text)](#"
            let found = try #require(markdown.range(of: link, range: position..<markdown.endIndex), "\(link) in:\n\(markdown)")
            position = found.upperBound
        }
    }

    private static let pandocIsInstalled = (try? pandoc(["--version"]))?.hasPrefix("pandoc") == true

    private static func pandoc(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pandoc"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
