import Documents
import Foundation
import Testing

@Suite struct TextWritersTests {
    let sample = """
    ---
    title: Tools for co-production
    date: 2026-07-15
    authors: [Organising group]
    ---
    ## Ideas

    Use *plain* words[^1] and see [the guide](https://example.org).

    1. First
       - nested
    2. Second

    | A | B |
    |---|---|
    | 1 \\| 2 | `x|y` |

    [^1]: Short ones.
    """

    @Test func markdownReadsBackToTheSameDocument() throws {
        let original = try MarkdownReader().read(sample)
        let written = String(decoding: try MarkdownWriter().write(original), as: UTF8.self)
        let again = try MarkdownReader().read(written)
        #expect(again.metadata == original.metadata)
        let html1 = try HTMLWriter().write(original)
        let html2 = try HTMLWriter().write(again)
        #expect(html1 == html2, "written Markdown:\n\(written)")
    }

    @Test func markdownAndPlainTextHaveNoPagesSoIgnoreThePaperSize() throws {
        let document = try MarkdownReader().read(sample)
        let letter = WriterOptions(pageSize: .letter)
        #expect(try MarkdownWriter().write(document, options: letter) == MarkdownWriter().write(document))
        #expect(try PlainTextWriter().write(document, options: letter) == PlainTextWriter().write(document))
    }

    @Test func plainTextHasTitleListsLinksAndNotes() throws {
        let text = String(decoding: try PlainTextWriter().write(try MarkdownReader().read(sample)), as: UTF8.self)
        #expect(text.hasPrefix("Tools for co-production\n=======================\n"))
        #expect(text.contains("15 July 2026"))
        #expect(text.contains("1. First\n   * nested\n2. Second"))
        #expect(text.contains("the guide <https://example.org>"))
        #expect(text.contains("words[1]"))
        #expect(text.contains("Notes\n-----\n\n[1] Short ones."))
    }

    @Test func plainTextWrapsLongParagraphs() throws {
        let long = String(repeating: "word ", count: 60)
        let text = String(decoding: try PlainTextWriter().write(try MarkdownReader().read(long), options: WriterOptions(lineWidth: 40)), as: UTF8.self)
        let lines = text.split(separator: "\n")
        #expect(lines.count > 5)
        #expect(lines.allSatisfy { $0.count <= 40 })
    }
    /// Links that would run code or carry a page inside them keep their text and lose their
    /// address in Markdown and plain text, as in HTML, DOCX and FODT.
    @Test func dangerousLinksAreDroppedFromMarkdownAndPlainText() throws {
        let dangerous = ["javascript:alert(1)", "VBScript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=",
                         "java\tscript:alert(2)", " \u{1}javascript:alert(3)", "file:///etc/passwd"]
        var inlines: [Inline] = dangerous.enumerated().flatMap { index, destination -> [Inline] in
            [.link(Link(destination: destination, [.text("trap\(index)")])), .text(" ")]
        }
        inlines += [.image(Image(source: "javascript:alert(4)", alternative: "picture trap")), .text(" "),
                    .link(Link(destination: "https://example.org/guide", [.text("the guide")]))]
        let document = Document(blocks: [.paragraph(Paragraph(inlines))])
        let markdown = String(decoding: try MarkdownWriter().write(document), as: UTF8.self)
        let text = String(decoding: try PlainTextWriter().write(document), as: UTF8.self)
        for output in [markdown, text] {
            let lower = output.lowercased()
            for scheme in ["javascript", "vbscript", "data:", "script:", "file:"] {
                #expect(!lower.contains(scheme), "\(scheme) kept in:\n\(output)")
            }
            #expect((0..<dangerous.count).allSatisfy { output.contains("trap\($0)") }, "\(output)")
            #expect(output.contains("picture trap"))
            #expect(output.contains("https://example.org/guide"))
        }
        #expect(markdown.contains("[the guide](<https://example.org/guide>)"))
        // What Markdown keeps reads back as text, not as a link.
        let again = try MarkdownReader().read(markdown)
        #expect(String(decoding: try HTMLWriter().write(again), as: UTF8.self).components(separatedBy: "<a ").count == 2)
    }
}
