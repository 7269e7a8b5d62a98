import CLibXML2
import Foundation

/// Reads a web page into a `Document` with libxml2's forgiving HTML parser: headings,
/// paragraphs, lists, tables, quotations, code, emphasis and links, with the line and column
/// where each piece of text starts in the file. Loose text in a `div` or the `body` is a
/// paragraph of its own; the page's `<title>` is the document's title.
///
/// Scripts, styles, templates, `noscript`, forms and embedded objects are left out. A comment
/// such as `<!-- roundtable: allow ICB -->` allows those terms in the page, as in Markdown.
enum HTMLReader {
    /// The deepest that elements may be nested in a page: 256 levels, as deep as libxml2 lets
    /// XML go, and far beyond any real page. A deeper page is refused, not half read.
    static let maximumDepth = 256

    static func read(_ data: Data, file: String) throws(ReadError) -> Document {
        let source = String(validating: data, as: UTF8.self)
        // Valid UTF-8 is read as UTF-8; anything else is left to the page's own declaration.
        let text = source ?? String(decoding: data, as: UTF8.self)
        let walked: (document: Document, tooDeepLine: Int?)?
        do {
            walked = try SafeXML.withHTML(data, encoding: source == nil ? nil : "UTF-8") { document in
                var walker = HTMLWalker(lines: LineIndex(text))
                guard let root = XMLNodeView.root(of: document) else { return nil }
                let blocks = walker.blocks(in: root, depth: 0)
                return (Document(metadata: Metadata(title: walker.title, allowedTerms: walker.comments.allowed, keptPhrases: walker.comments.kept), blocks: blocks),
                        walker.tooDeepLine)
            }
        } catch {
            throw DocumentFile.Format.html.damaged(file: file, part: nil, failure: error)
        }
        // libxml2 found no page at all in the file: saying "nothing to report" would hide that.
        guard let walked else {
            throw DocumentFile.Format.html.damaged(file: file, part: nil, failure: SafeXML.Failure())
        }
        if let line = walked.tooDeepLine {
            throw ReadError(file: file, position: SourcePosition(line: line, column: 1),
                            problem: "The parts of this web page are nested here more than \(maximumDepth) levels deep, far deeper than any real page.",
                            advice: "Check that it is the right file, or save the page again from the program that made it.")
        }
        return walked.document
    }
}

/// Walks libxml2's HTML tree, turning block elements into blocks and the text inside them into inlines.
private struct HTMLWalker {
    let lines: LineIndex
    var comments = AuthorComment.Gathered()
    /// The text of the page's `<title>`, if it has one.
    var title: String?
    /// Where the last piece was found in the source, so repeated words on a line are told apart.
    private var cursor = (line: 1, byte: 1)
    /// The line of the first element nested deeper than `HTMLReader.maximumDepth`, if any: the
    /// walk goes no deeper, so it never risks the stack.
    private(set) var tooDeepLine: Int?

    init(lines: LineIndex) { self.lines = lines }

    /// Elements whose content is not shown as text of the page.
    private static let skipped: Set<String> = [
        "script", "style", "template", "noscript", "textarea", "select", "button", "svg", "math",
        "iframe", "object", "embed", "canvas",
    ]
    /// Elements whose text is a paragraph of its own.
    private static let paragraphs: Set<String> = ["p", "figcaption", "caption", "summary", "legend", "address"]
    /// Elements that hold blocks, as opposed to inline text.
    private static let containers: Set<String> = [
        "html", "body", "div", "section", "article", "main", "header", "footer", "nav", "aside", "dt", "dd",
        "form", "fieldset", "figure", "details", "hgroup", "center", "li", "td", "th", "tr", "thead", "tbody", "tfoot",
    ]

    /// Whether `depth` is too deep to go on; the first such place is remembered.
    private mutating func tooDeep(_ node: XMLNodeView, depth: Int) -> Bool {
        guard depth >= HTMLReader.maximumDepth else { return false }
        if tooDeepLine == nil { tooDeepLine = node.line }
        return true
    }

    /// The blocks inside `node`; loose inline text between them becomes paragraphs.
    mutating func blocks(in node: XMLNodeView, depth: Int) -> [Block] {
        guard !tooDeep(node, depth: depth) else { return [] }
        var blocks: [Block] = []
        var loose = InlineBuilder()
        func flush() {
            if let paragraph = loose.finish().paragraph { blocks.append(paragraph) }
            loose = InlineBuilder()
        }
        for child in node.children {
            guard child.isElement else {
                inline(child, into: &loose, depth: depth + 1)
                continue
            }
            let name = child.name.lowercased()
            switch name {
            case "head":
                title = Self.title(in: child)
            case _ where Self.skipped.contains(name):
                continue
            case "h1", "h2", "h3", "h4", "h5", "h6":
                flush()
                var builder = InlineBuilder()
                inlines(of: child, into: &builder, depth: depth + 1)
                blocks += builder.finish().heading(level: Int(name.dropFirst()) ?? 1).map { [$0] } ?? []
            case _ where Self.paragraphs.contains(name):
                flush()
                var builder = InlineBuilder()
                inlines(of: child, into: &builder, depth: depth + 1)
                blocks += builder.finish().paragraph.map { [$0] } ?? []
            case "ul", "ol", "menu", "dl":
                flush()
                // A description list's terms and descriptions are its items.
                let items = child.children.filter { $0.isElement && ["li", "dt", "dd"].contains($0.name.lowercased()) }
                    .map { ListItem(blocks: self.blocks(in: $0, depth: depth + 2)) }.filter { !$0.blocks.isEmpty }
                let start = child.attribute("start").flatMap { Int($0) } ?? 1
                if !items.isEmpty { blocks.append(.list(ListBlock(kind: name == "ol" ? .ordered(start: start) : .bullet, items: items))) }
            case "table":
                flush()
                for caption in child.children where caption.isElement && caption.name.lowercased() == "caption" {
                    var builder = InlineBuilder()
                    inlines(of: caption, into: &builder, depth: depth + 2)
                    blocks += builder.finish().paragraph.map { [$0] } ?? []
                }
                blocks += table(child, depth: depth + 1).map { [$0] } ?? []
            case "blockquote":
                flush()
                let inner = self.blocks(in: child, depth: depth + 1)
                if !inner.isEmpty { blocks.append(.blockQuote(BlockQuote(inner))) }
            case "pre":
                flush()
                var code = Self.textContent(of: child)
                if code.hasPrefix("\n") { code.removeFirst() }
                if code.hasSuffix("\n") { code.removeLast() }
                if !code.isEmpty { blocks.append(.codeBlock(CodeBlock(text: code))) }
            case "hr":
                flush()
                blocks.append(.thematicBreak(nil))
            case _ where Self.containers.contains(name):
                flush()
                blocks += self.blocks(in: child, depth: depth + 1)
            default:
                inline(child, into: &loose, depth: depth + 1)
            }
        }
        flush()
        return blocks
    }

    /// A table, its first row the header; block elements in a cell run on with line breaks.
    private mutating func table(_ node: XMLNodeView, depth: Int) -> Block? {
        var assembly = TableAssembly()
        for row in rows(in: node, depth: depth) {
            var cells: [InlineBuilder.Built] = []
            for cell in row.children where cell.isElement && ["td", "th"].contains(cell.name.lowercased()) {
                var builder = InlineBuilder()
                inlines(of: cell, into: &builder, depth: depth + 2)
                cells.append(builder.finish())
            }
            assembly.add(row: cells)
        }
        return assembly.table()
    }

    /// The rows of a table, through `thead`, `tbody` and `tfoot`.
    private func rows(in node: XMLNodeView, depth: Int) -> [XMLNodeView] {
        guard depth < HTMLReader.maximumDepth else { return [] }
        return node.children.flatMap { child -> [XMLNodeView] in
            guard child.isElement else { return [] }
            switch child.name.lowercased() {
            case "tr": return [child]
            case "thead", "tbody", "tfoot": return rows(in: child, depth: depth + 1)
            default: return []
            }
        }
    }

    /// Adds the inline content of `node`'s children to `builder`.
    private mutating func inlines(of node: XMLNodeView, into builder: inout InlineBuilder, depth: Int) {
        guard !tooDeep(node, depth: depth) else { return }
        for child in node.children { inline(child, into: &builder, depth: depth + 1) }
    }

    /// Adds one node of running text to `builder`: text, a comment, or an inline element.
    private mutating func inline(_ node: XMLNodeView, into builder: inout InlineBuilder, depth: Int) {
        if node.isText {
            text(node, into: &builder)
            return
        }
        if node.isComment {
            _ = comments.add("<!--" + node.content + "-->")
            return
        }
        guard node.isElement else { return }
        let name = node.name.lowercased()
        switch name {
        case "br":
            builder.append(.lineBreak)
        case "em", "i", "cite", "dfn":
            let mark = builder.begin()
            inlines(of: node, into: &builder, depth: depth)
            builder.end(mark) { .emphasis($0) }
        case "strong", "b":
            let mark = builder.begin()
            inlines(of: node, into: &builder, depth: depth)
            builder.end(mark) { .strong($0) }
        case "s", "del", "strike":
            let mark = builder.begin()
            inlines(of: node, into: &builder, depth: depth)
            builder.end(mark) { .strikethrough($0) }
        case "code", "kbd", "samp", "tt":
            let code = Self.textContent(of: node).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !code.isEmpty { builder.append(.code(code)) }
        case "a":
            let mark = builder.begin()
            inlines(of: node, into: &builder, depth: depth)
            if let destination = node.attribute("href") {
                builder.end(mark) { .link(Link(destination: destination, $0)) }
            }
        case "img":
            if let alternative = node.attribute("alt"), !alternative.isEmpty {
                builder.append(.image(Image(source: node.attribute("src") ?? "", alternative: alternative)))
            }
        case "head":
            title = Self.title(in: node)
        case _ where Self.skipped.contains(name):
            return
        case _ where Self.paragraphs.contains(name) || Self.containers.contains(name)
            || ["h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "menu", "dl", "table", "blockquote", "pre", "hr"].contains(name):
            // A block inside running text (a paragraph in a table cell, say) starts a new line.
            builder.append(.lineBreak)
            inlines(of: node, into: &builder, depth: depth)
            builder.append(.lineBreak)
        default:
            inlines(of: node, into: &builder, depth: depth)
        }
    }

    /// The title in a page's `head`, with white space folded.
    private static func title(in head: XMLNodeView) -> String? {
        guard let title = head.children.first(where: { $0.isElement && $0.name.lowercased() == "title" }) else { return nil }
        let text = textContent(of: title).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    /// All the text under `node`, as written.
    private static func textContent(of node: XMLNodeView, depth: Int = 0) -> String {
        guard depth < HTMLReader.maximumDepth else { return "" }
        var text = ""
        for child in node.children {
            if child.isText {
                text += child.content
            } else if child.isElement {
                text += child.name.lowercased() == "br" ? "\n" : textContent(of: child, depth: depth + 1)
            }
        }
        return text
    }

    /// Adds a text node, one run at a time, each with the place it starts.
    private mutating func text(_ node: XMLNodeView, into builder: inout InlineBuilder) {
        let content = node.content
        let pieces = content.split(separator: "\n", omittingEmptySubsequences: false)
        // libxml2 records the line where a text node ends, and none past line 65535: there, the
        // search starts from the last place found.
        let recorded = node.line
        var line = recorded > 0 && recorded < 65535 ? max(recorded - (pieces.count - 1), 1) : cursor.line
        for (index, piece) in pieces.enumerated() {
            if index > 0 {
                builder.space()
                line += 1
            }
            for run in Self.runs(in: piece) {
                if run.spaceBefore { builder.space() }
                let (position, foundLine) = locate(run.text, near: line)
                line = foundLine
                builder.text(run.text, at: position)
            }
            if piece.last.map(Self.isSpace) == true { builder.space() }
        }
    }

    /// The words of one line, in runs separated by single spaces; a wider gap starts a new run,
    /// so each run can be found in the source as written.
    private static func runs(in piece: Substring) -> [(text: String, spaceBefore: Bool)] {
        var runs: [(text: String, spaceBefore: Bool)] = []
        var current = ""
        var gap = ""
        var spaceBefore = false
        for character in piece {
            if isSpace(character) {
                gap.append(character)
                continue
            }
            if !gap.isEmpty {
                if gap == " " && !current.isEmpty {
                    current += " "
                } else {
                    if !current.isEmpty { runs.append((current, spaceBefore)) }
                    current = ""
                    spaceBefore = true
                }
                gap = ""
            }
            current.append(character)
        }
        if !current.isEmpty { runs.append((current, spaceBefore)) }
        return runs
    }

    private static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\r" || character == "\r\n" || character == "\u{0C}"
    }

    /// Where `run` starts in the source: searched for on `line` (after the last piece found there)
    /// and the two lines after it; when it is not found as written (it held an entity such as
    /// `&amp;`), at column 1 of `line`. Returns the line to look on for what follows.
    private mutating func locate(_ run: String, near line: Int) -> (SourcePosition, Int) {
        // Search for the start of the run, up to the first character that may have been escaped.
        let needle = Array(run.utf8.prefix { !"&<>\"'".utf8.contains($0) }.prefix(32))
        if !needle.isEmpty {
            for candidate in line..<(line + 3) {
                let from = candidate == cursor.line ? cursor.byte : 1
                if let byte = lines.findText(needle, line: candidate, from: from) {
                    cursor = (candidate, byte + needle.count)
                    return (SourcePosition(line: candidate, column: lines.characterColumn(line: candidate, byteColumn: byte)), candidate)
                }
            }
        }
        return (SourcePosition(line: line, column: 1), line)
    }
}

extension LineIndex {
    /// The byte column (from 1) where `needle` first occurs as text on `line`, at or after byte
    /// column `from`; tags on the line are stepped over, so a word in an attribute (`href="…minutes"`)
    /// is not taken for the same word shown as text.
    func findText(_ needle: [UInt8], line: Int, from: Int) -> Int? {
        guard line >= 1, line <= starts.count, let first = needle.first else { return nil }
        let lineStart = starts[line - 1]
        let lineEnd = line < starts.count ? starts[line] - 1 : utf8.count
        var index = lineStart + max(from - 1, 0)
        while index + needle.count <= lineEnd {
            if utf8[index] == UInt8(ascii: "<") {
                guard let close = utf8[index..<lineEnd].firstIndex(of: UInt8(ascii: ">")) else { return nil }
                index = close + 1
                continue
            }
            if utf8[index] == first && utf8[index..<index + needle.count].elementsEqual(needle) {
                return index - lineStart + 1
            }
            index += 1
        }
        return nil
    }
}
