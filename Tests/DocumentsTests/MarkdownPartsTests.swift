@testable import Documents
import Foundation
import Testing
import TestSupport

/// Reading Markdown in parts gives the same document as reading it whole: the same blocks, notes,
/// positions and allowed terms, wherever the parts are cut.
@Suite struct MarkdownPartsTests {
    /// Reads `text` whole and cut wherever `MarkdownParts` allows (parts of one byte and up).
    static func readBothWays(_ text: String) throws -> (whole: Document, inParts: Document) {
        (try MarkdownReader().read(text, file: "notes", partSize: .max), try MarkdownReader().read(text, file: "notes", partSize: 1))
    }

    @Test func notesReadInPartsAreTheNotesReadWhole() throws {
        let sections = (1...40).map { index in
            """
            ## Part \(index)

            Text with a note[^n\(index)] and *emphasis*, [a link](https://example.org/\(index)) and `code`.

            - [ ] A task
              1. Nested
                 - Deeper ~~old~~ new

            | Who | What |
            |:--|--:|
            | \(index) | Cell[^n\(index)] |

            > A quote
            > over two lines.

            ```text
            ## Not a heading \(index)
            ```

            <!-- roundtable: allow ICB\(index) -->

            [^n\(index)]: The note of part \(index).

            """
        }
        let text = "---\ntitle: Parts\n---\n\n# Parts\n\n" + sections.joined(separator: "\n")
        #expect(MarkdownParts.parts(of: Substring(text), partSize: 1).count == 42)
        let (whole, inParts) = try Self.readBothWays(text)
        #expect(inParts == whole)
        #expect(whole.metadata.allowedTerms.count == 40)
    }

    /// Parts are parsed in `NodeArena`s: text that cmark-gfm gathers a line at a time (growing and
    /// moving its buffers) and pieces larger than an arena block read the same as in one part.
    @Test func longParagraphsAndCodeReadInPartsAreTheSameAsWhole() throws {
        let words = (1...9_000).map { "word\($0)" }
        let sections = (1...3).map { index in
            // A paragraph of many lines, one line of 85 KB with a little emphasis, and a long code block.
            "## Part \(index)\n\n" + words.prefix(3_000).joined(separator: "\n") + "\n\n*é* " + words.joined(separator: " ") + " **é**"
                + "\n\n```\n" + words.prefix(5_000).joined(separator: "\n") + "\n```\n"
        }
        let text = sections.joined(separator: "\n")
        #expect(MarkdownParts.parts(of: Substring(text), partSize: 1).count == 3)
        let (whole, inParts) = try Self.readBothWays(text)
        #expect(inParts == whole)
        #expect(inParts.blocks.count == 12)
    }

    @Test func noCutWhereSomethingStartedBeforeGoesOn() throws {
        let texts = [
            // A note referred to before the cut and written after it.
            "Text[^a].\n\n## Cut\n\n[^a]: The note.\n",
            // A link reference definition, which any part may use.
            "[x]\n\n## Cut\n\n[x]: https://example.org\n",
            // A fence that never closes, and one that closes after a heading.
            "```\ncode\n\n## Not a heading\n",
            "~~~~\n## Inside\n~~~\n\n## Inside too\n~~~~\n\n## Cut\n\nText.\n",
            // A fence that follows a table directly is a row of it, not a fence.
            "| a |\n|---|\n```\n\n## Cut\n\n```\ncode\n\n## Inside\n```\n",
            // HTML blocks that go on over blank lines.
            "<!--\n\n## Inside a comment\n\n-->\n\n## Cut\n",
            "<pre>\n\n## Inside\n\n</pre>\n\n## Cut\n",
            // An indented fence inside a list item.
            "- item\n\n  ```\n  code\n\n## Cut\n\n```\ncode\n\n## Inside\n```\n",
        ]
        for text in texts {
            let (whole, inParts) = try Self.readBothWays(text)
            #expect(inParts == whole, "\(text)")
        }
        #expect(MarkdownParts.parts(of: "Text[^a].\n\n## Cut\n\n[^a]: The note.\n", partSize: 1).count == 1)
        #expect(MarkdownParts.parts(of: "```\ncode\n\n## Not a heading\n", partSize: 1).count == 1)
    }

    /// The parts are parsed on a second thread ahead of their conversion: a part that cannot be
    /// read stops the reading with its own error, the first in the text, as reading whole does,
    /// and parts before and after it change nothing.
    @Test func theFirstPartThatCannotBeReadGivesTheError() throws {
        let tooDeep = String(repeating: "> ", count: MarkdownReader.maximumNestingDepth + 1) + "Deep."
        let sections = (1...12).map { index in
            "## Part \(index)\n\nText of part \(index).\n\n" + (index == 5 || index == 9 ? tooDeep + "\n\n" : "")
        }
        let text = sections.joined()
        #expect(MarkdownParts.parts(of: Substring(text), partSize: 1).count == 12)
        var errors: [ReadError] = []
        for partSize in [.max, 1] {
            do {
                _ = try MarkdownReader().read(text, file: "notes", partSize: partSize)
            } catch {
                errors.append(error)
            }
        }
        #expect(errors.count == 2)
        #expect(errors.first == errors.last)
        #expect(errors.first?.position?.line == 21)
    }

    /// Reading the same long notes again and again gives the same document, however the two
    /// threads' work interleaves.
    @Test func readingInPartsGivesTheSameDocumentEveryTime() throws {
        let text = (1...60).map { "## Part \($0)\n\nText[^n\($0)] of part \($0).\n\n[^n\($0)]: Note \($0).\n\n" }.joined()
        let first = try MarkdownReader().read(text, file: "notes", partSize: 1)
        for _ in 1...20 {
            #expect(try MarkdownReader().read(text, file: "notes", partSize: 1) == first)
        }
        #expect(first == (try MarkdownReader().read(text, file: "notes", partSize: .max)))
    }

    /// `blocks` without the source maps of paragraphs that have no position of their own.
    ///
    /// cmark-gfm gives no line to the paragraph it splits off a table that follows text without a
    /// blank line, and gives the text in it lines counted from 1 within that paragraph, not within
    /// the file (spec extension example 16); read in parts, those wrong lines move with the part.
    static func placedText(_ blocks: [Block]) -> [Block] {
        blocks.map { block in
            switch block {
            case .paragraph(var paragraph) where paragraph.position == nil:
                paragraph.source = SourceMap()
                return .paragraph(paragraph)
            case .list(var list):
                list.items = list.items.map { item in
                    var item = item
                    item.blocks = placedText(item.blocks)
                    return item
                }
                return .list(list)
            case .blockQuote(var quote):
                quote.blocks = placedText(quote.blocks)
                return .blockQuote(quote)
            case .footnoteDefinition(var definition):
                definition.blocks = placedText(definition.blocks)
                return .footnoteDefinition(definition)
            case .paragraph, .heading, .codeBlock, .table, .thematicBreak, .pageBreak, .barChart:
                return block
            }
        }
    }

    /// Every example of the GitHub Flavored Markdown spec, with a heading after it and the
    /// example again: whatever the example leaves open must not let a cut change the document.
    @Test(.enabled(if: ProjectFiles.sharedCorpusIsPresent || ProjectFiles.isCI, "needs ../shared/corpus beside the project"))
    func everySpecExampleReadsTheSameInParts() throws {
        let examples = try CorpusConformanceTests.files.flatMap { try CorpusConformanceTests.examples($0) }
        var failures: [String] = []
        for example in examples {
            let text = example.markdown + "\n\n## Cut\n\n" + example.markdown + "\n\n## Cut again\n\nText.\n"
            do {
                let (whole, inParts) = try Self.readBothWays(text)
                if Self.placedText(inParts.blocks) != Self.placedText(whole.blocks) { failures.append(example.description) }
            } catch {
                // Both ways must refuse the same text (too deep nesting) in the same words.
                let wholeError = (try? MarkdownReader().read(text, file: "notes", partSize: .max)) == nil
                if !wholeError { failures.append("\(example): \(error)") }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) examples differ in parts, for example:\n\(failures.prefix(15).joined(separator: "\n"))")
    }
}
