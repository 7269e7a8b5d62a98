@testable import Documents
import Testing

@Suite struct MarkdownReaderTests {
    let reader = MarkdownReader()

    @Test func frontMatterFillsTheMetadata() throws {
        let document = try reader.read("""
        ---
        title: Holding effective meetings
        subtitle: What we learned
        date: 2026-10-14
        organisation: Example CoP
        authors: [Asha, Ben]
        language: en-GB
        summary: Tips for meetings.
        keywords: meetings, ground rules
        ---
        Body text.
        """)
        let metadata = document.metadata
        #expect(metadata.title == "Holding effective meetings")
        #expect(metadata.subtitle == "What we learned")
        #expect(metadata.date == CalendarDate(year: 2026, month: 10, day: 14))
        #expect(metadata.organisation == "Example CoP")
        #expect(metadata.authors == ["Asha", "Ben"])
        #expect(metadata.summary == "Tips for meetings.")
        #expect(metadata.keywords == ["meetings", "ground rules"])
        #expect(document.blocks == [.paragraph(Paragraph([.text("Body text.")], position: SourcePosition(line: 11, column: 1),
                                                         source: SourceMap([.init(text: 0, position: SourcePosition(line: 11, column: 1))])))])
    }

    @Test func positionsCountFromTheTopOfTheFileInCharacters() throws {
        let document = try reader.read("---\ntitle: T\n---\n\nÉté — *x*\n\n  - item\n")
        guard case .paragraph(let paragraph)? = document.blocks.first,
              case .list(let list)? = document.blocks.last,
              case .paragraph(let item)? = list.items.first?.blocks.first else {
            Issue.record("unexpected blocks: \(document.blocks)")
            return
        }
        #expect(paragraph.position == SourcePosition(line: 5, column: 1))
        #expect(item.position == SourcePosition(line: 7, column: 5))
    }

    @Test func brokenFrontMatterNamesItsLine() {
        #expect {
            _ = try reader.read("---\ntitle: ok\nauthors: [a, b\n---\nText\n", file: "notes.md")
        } throws: { error in
            guard let error = error as? ReadError else { return false }
            return error.file == "notes.md" && (error.position?.line ?? 0) >= 3 && error.errorDescription?.contains("notes.md line") == true
        }
    }

    @Test func unknownFrontMatterKeySuggestsTheNearestOne() {
        #expect {
            _ = try reader.read("---\ntitel: Oops\n---\nText\n", file: "notes.md")
        } throws: { error in
            let message = (error as? ReadError)?.errorDescription ?? ""
            return message.contains("line 2, column 1") && message.contains("Did you mean 'title'?")
        }
    }

    @Test func impossibleDateIsRefused() {
        #expect(throws: ReadError.self) { try reader.read("---\ndate: 2026-02-30\n---\nText\n") }
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2026-2-3") == nil)
    }

    @Test func unfinishedFrontMatterIsReported() {
        #expect(throws: ReadError.self) { try reader.read("---\ntitle: Never closed\n\nText\n") }
    }

    @Test func dashesFollowedByTextAreMarkdownNotFrontMatter() throws {
        let document = try reader.read("---\nFoo\n---\nBar\n")
        #expect(document.metadata.title == nil)
        #expect(document.blocks.first == .thematicBreak(SourcePosition(line: 1, column: 1)))
    }

    @Test func rawHTMLKeepsOnlyItsVisibleText() throws {
        let document = try reader.read("<div onclick=\"x()\">\nHello <b>there</b><script>alert(1)</script>\n</div>\n\nA<br>B <span>c</span>\n")
        #expect(document.blocks.count == 2)
        #expect(document.blocks.first == .paragraph(Paragraph([.text("Hello there")], position: SourcePosition(line: 1, column: 1),
                                                              source: SourceMap([.init(text: 0, position: SourcePosition(line: 1, column: 1))]))))
        guard case .paragraph(let second)? = document.blocks.last else {
            Issue.record("no second paragraph")
            return
        }
        #expect(second.inlines == [.text("A"), .lineBreak, .text("B "), .text("c")].merged)
    }

    @Test func extensionsAreRead() throws {
        let document = try reader.read("""
        | a | b |
        |:-|-:|
        | 1 | 2 |

        - [x] done
        - [ ] open

        ~~old~~ https://example.org and a note[^n].

        [^n]: The note.
        """)
        guard case .table(let table) = document.blocks[0], case .list(let list) = document.blocks[1],
              case .paragraph(let paragraph) = document.blocks[2], case .footnoteDefinition(let note) = document.blocks[3] else {
            Issue.record("unexpected blocks: \(document.blocks)")
            return
        }
        #expect(table.alignments == [.left, .right])
        #expect(table.rows == [[[.text("1")], [.text("2")]]])
        #expect(list.items.map(\.task) == [.done, .open])
        #expect(paragraph.inlines.first == .strikethrough([.text("old")]))
        #expect(paragraph.inlines.contains(.link(Link(destination: "https://example.org", [.text("https://example.org")]))))
        #expect(paragraph.inlines.contains(.footnoteReference(note.label)))
        #expect(FootnoteIndex(document).number(for: note.label) == 1)
    }
}

extension Array where Element == Inline {
    /// Adjacent text runs joined, as the reader joins them.
    var merged: [Inline] {
        var result: [Inline] = []
        for inline in self {
            if case .text(let next) = inline, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + next)
            } else {
                result.append(inline)
            }
        }
        return result
    }
}

/// cmark-gfm keeps the extensions' special characters in one table for every parser: reads on
/// many threads at once must still all see strikethrough.
@Test func parallelReadsKeepStrikethrough() async throws {
    let found = await withTaskGroup(of: Bool.self) { group in
        for index in 0..<256 {
            group.addTask {
                let document = try? MarkdownReader().read("Item \(index): ~~old~~ new and *more* text.\n")
                guard case .paragraph(let paragraph)? = document?.blocks.first else { return false }
                return paragraph.inlines.contains(.strikethrough([.text("old")]))
            }
        }
        var all: [Bool] = []
        for await result in group { all.append(result) }
        return all
    }
    #expect(found.count == 256 && found.allSatisfy { $0 })
}
