import Foundation

/// Writes a document as plain text for the body of an e-mail: paragraphs wrapped at 72
/// characters, headings underlined, lists indented, links followed by their address and
/// footnotes gathered at the end.
public struct PlainTextWriter: DocumentWriter {
    /// Creates a writer; it wraps lines at the width the options give.
    public init() {}

    public var fileExtension: String { "txt" }

    public func write(_ document: Document, options: WriterOptions) throws -> Data {
        let prepared = PreparedDocument(document, options: options)
        let text = PlainTextBlocks(footnotes: prepared.footnotes, width: options.lineWidth)
        var sections = [prepared.title + "\n" + String(repeating: "=", count: max(3, prepared.title.count))]
        for line in prepared.titleBlock.lines {
            switch line.kind {
            case .subtitle: sections.append(line.text)
            case .details, .summary: sections.append(text.wrap(line.text, indent: ""))
            }
        }
        let body = text.render(prepared.blocks, indent: "")
        if !body.isEmpty { sections.append(body) }
        if !prepared.footnotes.notes.isEmpty {
            var notes = ["Notes\n-----"]
            for note in prepared.footnotes.notes {
                let marker = "[\(note.number)] "
                let content = text.render(note.blocks, indent: String(repeating: " ", count: marker.count))
                notes.append(marker + content.drop(while: { $0 == " " }))
            }
            sections.append(notes.joined(separator: "\n\n"))
        }
        return Data((sections.joined(separator: "\n\n") + "\n").utf8)
    }
}

/// Renders blocks as indented, wrapped plain text.
private struct PlainTextBlocks {
    let footnotes: FootnoteIndex
    let width: Int

    func render(_ blocks: [Block], indent: String, tight: Bool = false) -> String {
        blocks.compactMap { render($0, indent: indent) }.joined(separator: tight ? "\n" : "\n\n")
    }

    private func render(_ block: Block, indent: String) -> String? {
        switch block {
        case .paragraph(let paragraph):
            return wrap(inlineText(paragraph.inlines), indent: indent)
        case .heading(let heading):
            let title = inlineText(heading.inlines).replacingOccurrences(of: "\n", with: " ")
            let underline = heading.level <= 2 ? "-" : "·"
            return indent + title + "\n" + indent + String(repeating: underline, count: max(3, title.count))
        case .list(let list):
            var items: [String] = []
            for (index, item) in list.items.enumerated() {
                var marker: String
                switch list.kind {
                case .bullet: marker = "* "
                case .ordered(let start): marker = "\(start + index). "
                }
                switch item.task {
                case .done?: marker += "[x] "
                case .open?: marker += "[ ] "
                case nil: break
                }
                let hanging = indent + String(repeating: " ", count: marker.count)
                let inner = render(item.blocks, indent: hanging, tight: list.isTight)
                items.append(indent + marker + (inner.hasPrefix(hanging) ? inner.dropFirst(hanging.count) : inner[...]))
            }
            return items.joined(separator: list.isTight ? "\n" : "\n\n")
        case .blockQuote(let quote):
            return render(quote.blocks, indent: indent + "> ")
        case .codeBlock(let code):
            return code.text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { indent + "    " + $0 }.joined(separator: "\n")
        case .table(let table):
            return tableText(table, indent: indent)
        case .thematicBreak:
            return indent + String(repeating: "-", count: 20)
        case .pageBreak:
            // Text for an e-mail has no pages.
            return nil
        case .barChart(let chart):
            let table = Table(alignments: [.left, .right, .left],
                              header: [[.text(chart.labelHeading)], [.text(chart.valueHeading)], [.text("")]],
                              rows: chart.bars.map { [[.text($0.label)], [.text($0.value)], [.text(BarChart.textBar($0.share))]] })
            return wrap(chart.caption, indent: indent) + "\n\n" + tableText(table, indent: indent)
        case .footnoteDefinition:
            // Gathered at the end under "Notes".
            return nil
        }
    }

    private func tableText(_ table: Table, indent: String) -> String {
        // A cell is one line: its line breaks become spaces.
        let cell = { (inlines: [Inline]) in self.inlineText(inlines).replacingOccurrences(of: "\n", with: " ") }
        let rows = [table.header.map(cell)] + table.rows.map { $0.map(cell) }
        var widths = Array(repeating: 0, count: table.columnCount)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { column, cell in
                cell + String(repeating: " ", count: widths[column] - cell.count)
            }
            return indent + padded.joined(separator: " | ").trimmingCharacters(in: .whitespaces)
        }
        let rule = indent + widths.map { String(repeating: "-", count: max($0, 1)) }.joined(separator: "-+-")
        return ([line(rows[0]), rule] + rows.dropFirst().map(line)).joined(separator: "\n")
    }

    private func inlineText(_ inlines: [Inline]) -> String {
        var result = ""
        for inline in inlines {
            switch inline {
            case .text(let text), .code(let text): result += text
            case .emphasis(let children), .strong(let children), .strikethrough(let children):
                result += inlineText(children)
            case .link(let link):
                let text = inlineText(link.inlines)
                result += text
                if LinkPolicy.isSafe(link.destination), link.destination != text,
                   "mailto:" + text != link.destination {
                    result += " <" + link.destination + ">"
                }
            case .image(let image):
                result += "[Picture: " + image.alternative + "]"
            case .lineBreak: result += "\n"
            case .softBreak: result += " "
            case .footnoteReference(let label):
                if let number = footnotes.number(for: label) { result += "[\(number)]" }
            }
        }
        return result
    }

    /// Wraps `text` into lines of at most `width` characters where it can, keeping explicit line breaks.
    func wrap(_ text: String, indent: String) -> String {
        var lines: [String] = []
        for hardLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = indent
            for word in hardLine.split(separator: " ", omittingEmptySubsequences: true) {
                if current.count > indent.count && current.count + 1 + word.count > width {
                    lines.append(current)
                    current = indent
                }
                current += (current.count > indent.count ? " " : "") + word
            }
            lines.append(current)
        }
        return lines.joined(separator: "\n")
    }
}
