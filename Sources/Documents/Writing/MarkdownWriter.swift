import Foundation

/// Writes a document back as GitHub Flavored Markdown with YAML front matter, escaping text so
/// that it reads back as the same words.
public struct MarkdownWriter: DocumentWriter {
    /// Creates a writer.
    public init() {}

    public var fileExtension: String { "md" }

    public func write(_ document: Document, options: WriterOptions) throws -> Data {
        let prepared = PreparedDocument(document, options: options)
        var writer = MarkdownBlocks(footnotes: prepared.footnotes)
        writer.frontMatter(prepared.metadata)
        writer.out += "# " + MarkdownBlocks.escape(prepared.title, atLineStart: false) + "\n"
        writer.out += "\n" + writer.render(prepared.blocks) + "\n"
        return Data(writer.out.utf8)
    }
}

/// Writes blocks as Markdown lines, each line starting with the prefix of its containers.
private struct MarkdownBlocks {
    var out = ""
    let footnotes: FootnoteIndex

    init(footnotes: FootnoteIndex) {
        self.footnotes = footnotes
    }

    mutating func frontMatter(_ metadata: Metadata) {
        var lines: [String] = []
        func add(_ key: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            lines.append("\(key): \(YAMLText.quoted(value))")
        }
        add("title", metadata.title)
        add("subtitle", metadata.subtitle)
        add("date", metadata.date?.iso)
        add("organisation", metadata.organisation)
        if !metadata.authors.isEmpty {
            lines.append("authors: [" + metadata.authors.map(YAMLText.quoted).joined(separator: ", ") + "]")
        }
        add("language", metadata.language)
        add("summary", metadata.summary)
        if !metadata.keywords.isEmpty {
            lines.append("keywords: [" + metadata.keywords.map(YAMLText.quoted).joined(separator: ", ") + "]")
        }
        out += "---\n" + lines.joined(separator: "\n") + "\n---\n\n"
    }

    /// Blocks as Markdown, separated by blank lines, with no line break at the end.
    func render(_ blocks: [Block]) -> String {
        blocks.compactMap(render).joined(separator: "\n\n")
    }

    private func render(_ block: Block) -> String? {
        switch block {
        case .paragraph(let paragraph):
            return inlineText(paragraph.inlines)
        case .heading(let heading):
            return String(repeating: "#", count: heading.level) + " " + Self.keepingClosingHashes(inlineText(heading.inlines, breaks: false))
        case .list(let list):
            return listText(list)
        case .blockQuote(let quote):
            return Self.indent(render(quote.blocks), first: "> ", rest: "> ")
        case .codeBlock(let code):
            let fence = String(repeating: "`", count: max(3, Self.longestRun(of: "`", in: code.text) + 1))
            return fence + (code.language ?? "") + "\n" + code.text + "\n" + fence
        case .table(let table):
            return tableText(table)
        case .thematicBreak:
            return "---"
        case .pageBreak:
            return AuthorComment.newPage
        case .barChart(let chart):
            let table = Table(alignments: [.left, .right, .left],
                              header: [[.text(chart.labelHeading)], [.text(chart.valueHeading)], [.text("Chart")]],
                              rows: chart.bars.map { [[.text($0.label)], [.text($0.value)], [.code(BarChart.textBar($0.share))]] })
            return "*" + Self.escape(chart.caption, atLineStart: false) + "*\n\n" + tableText(table)
        case .footnoteDefinition(let definition):
            guard let number = footnotes.number(for: definition.label) else { return nil }
            return Self.indent(render(definition.blocks), first: "[^\(number)]: ", rest: "    ")
        }
    }

    /// Puts `first` before the first line of `text` and `rest` before every other non-empty line.
    private static func indent(_ text: String, first: String, rest: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().map { index, line in
            if index == 0 { return first + line }
            return line.isEmpty && rest.allSatisfy({ $0 == " " }) ? "" : rest + line
        }.joined(separator: "\n")
    }

    private func listText(_ list: ListBlock) -> String {
        var items: [String] = []
        for (index, item) in list.items.enumerated() {
            let marker: String
            switch list.kind {
            case .bullet: marker = "- "
            case .ordered(let start): marker = "\(start + index). "
            }
            var content = render(item.blocks)
            switch item.task {
            case .done?: content = "[x] " + content
            case .open?: content = "[ ] " + content
            case nil: break
            }
            if list.isTight {
                content = content.replacingOccurrences(of: "\n\n", with: "\n")
            }
            items.append(Self.indent(content, first: marker, rest: String(repeating: " ", count: marker.count)))
        }
        return items.joined(separator: list.isTight ? "\n" : "\n\n")
    }

    private func tableText(_ table: Table) -> String {
        func row(_ cells: [[Inline]]) -> String {
            "| " + cells.map { inlineText($0, breaks: false, inTable: true) }.joined(separator: " | ") + " |"
        }
        let rule = "|" + table.alignments.map { alignment -> String in
            switch alignment {
            case .none: return " --- "
            case .left: return " :-- "
            case .center: return " :-: "
            case .right: return " --: "
            }
        }.joined(separator: "|") + "|"
        return ([row(table.header), rule] + table.rows.map(row)).joined(separator: "\n")
    }

    /// Inline content as Markdown. In a table cell every `|` is escaped, even inside code, as
    /// GitHub's table syntax requires.
    private func inlineText(_ inlines: [Inline], breaks: Bool = true, inTable: Bool = false) -> String {
        var result = ""
        for inline in inlines {
            switch inline {
            case .text(let text):
                result += Self.escape(text, atLineStart: result.isEmpty || result.hasSuffix("\n"))
            case .emphasis(let children): result += "*" + inlineText(children, breaks: breaks, inTable: inTable) + "*"
            case .strong(let children): result += "**" + inlineText(children, breaks: breaks, inTable: inTable) + "**"
            case .strikethrough(let children): result += "~~" + inlineText(children, breaks: breaks, inTable: inTable) + "~~"
            case .code(let code):
                let ticks = String(repeating: "`", count: Self.longestRun(of: "`", in: code) + 1)
                let padding = code.hasPrefix("`") || code.hasSuffix("`") || code.hasPrefix(" ") && code.hasSuffix(" ") ? " " : ""
                let content = code.replacingOccurrences(of: "\n", with: " ")
                result += ticks + padding + (inTable ? content.replacingOccurrences(of: "|", with: "\\|") : content) + padding + ticks
            case .link(let link) where !LinkPolicy.isSafe(link.destination):
                // A link that could run code keeps its words and loses its address, as in every writer.
                result += inlineText(link.inlines, breaks: breaks, inTable: inTable)
            case .link(let link):
                if result.hasSuffix("!") { result.insert("\\", at: result.index(before: result.endIndex)) }
                result += "[" + inlineText(link.inlines, breaks: breaks, inTable: inTable) + "](<" + Self.escapeDestination(link.destination) + ">"
                if let title = link.title { result += " \"" + Self.escapeTitle(title) + "\"" }
                result += ")"
            case .image(let image) where !LinkPolicy.isSafe(image.source) && !LinkPolicy.isLocalPicture(image.source):
                result += Self.escape(image.alternative.isEmpty ? "[Picture]" : "[Picture: \(image.alternative)]", atLineStart: result.isEmpty)
            case .image(let image):
                if result.hasSuffix("!") { result.insert("\\", at: result.index(before: result.endIndex)) }
                result += "![" + Self.escape(image.alternative, atLineStart: false) + "](<" + Self.escapeDestination(image.source) + ">)"
            case .lineBreak: result += breaks ? "\\\n" : " "
            case .softBreak: result += breaks ? "\n" : " "
            case .footnoteReference(let label):
                if let number = footnotes.number(for: label) { result += "[^\(number)]" }
            }
        }
        return result
    }

    /// A link title between double quotes. A quote and an ampersand are written as character
    /// references, and a backslash is escaped, except at the end, where `\\"` would let cmark-gfm
    /// read on to a later quote on the line and lose the link: there it is a character reference
    /// too (cmark-gfm decodes references before escapes, so only there is that safe).
    private static func escapeTitle(_ title: String) -> String {
        var result = ""
        for (index, character) in zip(title.indices, title) {
            switch character {
            case "\\": result += title.index(after: index) == title.endIndex ? "&#92;" : "\\\\"
            case "\"": result += "&quot;"
            case "&": result += "&amp;"
            default: result.append(character)
            }
        }
        return result
    }

    private static func escapeDestination(_ destination: String) -> String {
        destination.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "<", with: "\\<")
            .replacingOccurrences(of: ">", with: "\\>").replacingOccurrences(of: "\n", with: "")
    }

    /// Heading text whose final `#`s stay text: Markdown would read them as the heading's
    /// optional closing sequence and drop them, so the first of them is escaped.
    static func keepingClosingHashes(_ text: String) -> String {
        let hashes = text.reversed().prefix(while: { $0 == "#" }).count
        guard hashes > 0 else { return text }
        let start = text.index(text.endIndex, offsetBy: -hashes)
        guard text[..<start].last != "\\" else { return text }  // already escaped at the line's start
        return text[..<start] + "\\" + text[start...]
    }

    /// Escapes the characters Markdown would read as formatting.
    static func escape(_ text: String, atLineStart: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&":
                result.append("\\")
            default: break
            }
            result.append(character)
        }
        if atLineStart, let first = result.first, "-+=#".contains(first) || first.isNumber && Self.looksLikeListNumber(result) {
            if first.isNumber, let dot = result.firstIndex(where: { $0 == "." || $0 == ")" }) {
                result.insert("\\", at: dot)
            } else {
                result.insert("\\", at: result.startIndex)
            }
        }
        return result
    }

    private static func looksLikeListNumber(_ text: String) -> Bool {
        let digits = text.prefix(while: \.isNumber)
        guard digits.count <= 9, let next = text.dropFirst(digits.count).first else { return false }
        return next == "." || next == ")"
    }

    static func longestRun(of character: Character, in text: String) -> Int {
        var longest = 0
        var current = 0
        for scalar in text {
            current = scalar == character ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
