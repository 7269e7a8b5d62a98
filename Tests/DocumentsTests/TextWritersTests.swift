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
        let text = String(decoding: try PlainTextWriter(lineWidth: 40).write(try MarkdownReader().read(long)), as: UTF8.self)
        let lines = text.split(separator: "\n")
        #expect(lines.count > 5)
        #expect(lines.allSatisfy { $0.count <= 40 })
    }
}
