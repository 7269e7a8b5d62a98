import Documents
import Foundation
import PropertyBased
import Testing

/// Reading what the Markdown writer wrote gives back the document it was given, positions aside.
@Suite struct MarkdownRoundTripPropertyTests {
    /// Words of letters, digits and the characters Markdown reads as syntax.
    static let word = zip(Gen.int(in: 0...2), Gen.int(in: 0...(syntax.count - 1)), Gen<Character>.letterOrNumber)
        .map { kind, index, letter -> Character in kind == 0 ? syntax[index] : letter }
        .array(of: 1...6).map { String($0) }
    static let syntax = Array("*_`[]()<>#|\\!&~-+=.:\"'{}1")

    /// Text of one to four words with single spaces: Markdown keeps no leading, trailing or double spaces.
    static let words = word.array(of: 1...4).map { $0.joined(separator: " ") }

    /// Running text: plain words alternating with styled pieces, a space on each side of every
    /// styled piece, so that each can be told apart from the next.
    static let inlines = zip(words.array(of: 2...4), Gen.int(in: 0...4).array(of: 3), words.array(of: 3))
        .map { plain, kinds, styled -> [Inline] in
            var result: [Inline] = [.text(plain[0])]
            for index in 1..<plain.count {
                let inner = styled[index - 1]
                let piece: Inline
                switch kinds[index - 1] {
                case 0: piece = .emphasis([.text(inner)])
                case 1: piece = .strong([.text(inner)])
                case 2: piece = .code(inner)
                case 3: piece = .strikethrough([.text(inner)])
                default: piece = .link(Link(destination: "https://example.org/a_b", title: inner, [.text(inner)]))
                }
                result += [.text(" "), piece, .text(" " + plain[index])]
            }
            return merged(result)
        }

    /// Adjacent text runs joined, as the reader gives them.
    static func merged(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            if case .text(let next) = inline, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + next)
            } else {
                result.append(inline)
            }
        }
        return result
    }

    static let block = zip(Gen.int(in: 0...5), inlines, words.array(of: 2...3), Gen.int(in: 1...6))
        .map { kind, inlines, cells, level -> Block in
            switch kind {
            // Level 2: the writer puts the title at level 1 and closes gaps between levels.
            case 0: return .heading(Heading(level: 2, inlines))
            case 1: return .list(ListBlock(kind: level.isMultiple(of: 2) ? .bullet : .ordered(start: level),
                                           items: cells.map { ListItem(blocks: [.paragraph(Paragraph([.text($0)]))]) }))
            case 2: return .codeBlock(CodeBlock(language: "text", text: cells.joined(separator: "\n")))
            case 3: return .table(Table(alignments: [.left, .center, .right].prefix(cells.count).map { $0 },
                                        header: cells.map { [.text($0)] },
                                        rows: [cells.reversed().map { [.strong([.text($0)])] }]))
            default: return .paragraph(Paragraph(inlines))
            }
        }

    /// A paragraph between every two blocks, so that two lists never run into one.
    static let document = block.array(of: 1...5).map { blocks in
        Document(metadata: Metadata(title: "Notes"), blocks: blocks.flatMap { [$0, .paragraph(Paragraph([.text("Next")]))] })
    }

    @Test func readingWhatTheMarkdownWriterWroteGivesTheSameDocument() async {
        await propertyCheck(count: 300, input: Self.document) { document in
            do {
                let markdown = String(decoding: try MarkdownWriter().write(document), as: UTF8.self)
                let read = try MarkdownReader().read(markdown, file: "written.md")
                // The title comes back as the front matter's title and as the first heading.
                #expect(read.metadata.title == document.metadata.title)
                #expect(read.blocks.map(Self.withoutPosition) == [.heading(Heading(level: 1, [.text("Notes")]))] + document.blocks,
                        "written as:\n\(markdown)")
            } catch {
                Issue.record("\(document) could not be written and read: \(error)")
            }
        }
    }

    @Test func headingsEndingInHashesKeepThem() throws {
        for text in ["Room #", "C#", "#", "a ##"] {
            let document = Document(metadata: Metadata(title: "Notes"), blocks: [.heading(Heading(level: 2, [.text(text)]))])
            let read = try MarkdownReader().read(String(decoding: try MarkdownWriter().write(document), as: UTF8.self))
            #expect(read.blocks.map(Self.withoutPosition).dropFirst().first == .heading(Heading(level: 2, [.text(text)])), "\(text)")
        }
    }

    /// `block` without the places in the file it was read from (positions and source maps).
    static func withoutPosition(_ block: Block) -> Block {
        switch block {
        case .paragraph(var paragraph): paragraph.position = nil; paragraph.source = SourceMap(); return .paragraph(paragraph)
        case .heading(var heading): heading.position = nil; heading.source = SourceMap(); return .heading(heading)
        case .list(var list):
            list.position = nil
            list.items = list.items.map { ListItem(task: $0.task, blocks: $0.blocks.map(withoutPosition)) }
            return .list(list)
        case .blockQuote(var quote): quote.position = nil; quote.blocks = quote.blocks.map(withoutPosition); return .blockQuote(quote)
        case .codeBlock(var code): code.position = nil; return .codeBlock(code)
        case .table(var table): table.position = nil; table.source = SourceMap(); return .table(table)
        case .thematicBreak: return .thematicBreak(nil)
        case .pageBreak: return .pageBreak(nil)
        case .footnoteDefinition(var definition):
            definition.position = nil
            definition.blocks = definition.blocks.map(withoutPosition)
            return .footnoteDefinition(definition)
        case .barChart: return block
        }
    }
}
