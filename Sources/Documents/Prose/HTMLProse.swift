import CLibXML2
import Foundation

/// Reads the prose of a web page with libxml2's forgiving HTML parser: each paragraph, heading,
/// list item, table cell, quotation and caption is a block, and so is loose text in a `div` or
/// the `body`. Every piece carries the line and column where it starts in the file.
///
/// Scripts, styles, templates, `noscript`, the `head`, code and forms are left out. A comment
/// such as `<!-- roundtable: allow ICB -->` allows those terms in the page, as in Markdown.
enum HTMLProse {
    /// The deepest that elements may be nested in a page: 256 levels, as deep as libxml2 lets
    /// XML go, and far beyond any real page. A deeper page is refused, not half read.
    static let maximumDepth = 256

    static func read(_ data: Data, file: String) throws(ReadError) -> Prose {
        let source = String(validating: data, as: UTF8.self)
        // Valid UTF-8 is read as UTF-8; anything else is left to the page's own declaration.
        let text = source ?? String(decoding: data, as: UTF8.self)
        let result = try? SafeXML.withHTML(data, encoding: source == nil ? nil : "UTF-8") { document in
            var walker = HTMLWalker(lines: LineIndex(text))
            var root = PositionedLines()
            if let element = XMLNodeView.root(of: document) {
                walker.walk(element, kind: .paragraph, into: &root, depth: 0)
            }
            walker.list.add(.paragraph, root.segments)
            return (walker.list.blocks, walker.allowed, walker.tooDeepLine)
        }
        if let line = result?.2 {
            throw ReadError(file: file, position: SourcePosition(line: line, column: 1),
                            problem: "The parts of this web page are nested here more than \(maximumDepth) levels deep, far deeper than any real page.",
                            advice: "Check that it is the right file, or save the page again from the program that made it.")
        }
        return Prose(file: file, blocks: result?.0 ?? [], hasLines: true, allowed: result?.1 ?? [])
    }
}

/// Walks libxml2's HTML tree, gathering inline text into blocks.
private struct HTMLWalker {
    let lines: LineIndex
    var list = ProseBlockList()
    var allowed: [String] = []
    /// Where the last piece was found in the source, so repeated words on a line are told apart.
    private var cursor = (line: 1, byte: 1)

    init(lines: LineIndex) { self.lines = lines }

    /// Elements whose content is not prose, or not shown.
    private static let skipped: Set<String> = [
        "head", "script", "style", "template", "noscript", "title", "pre", "code", "kbd", "samp",
        "textarea", "select", "button", "svg", "math", "iframe", "object", "embed", "canvas", "img",
    ]
    /// Elements that hold whole blocks, as opposed to inline text.
    private static let containers: Set<String> = [
        "html", "body", "div", "section", "article", "main", "header", "footer", "nav", "aside",
        "ul", "ol", "dl", "menu", "table", "thead", "tbody", "tfoot", "tr", "form", "fieldset", "legend",
        "figure", "address", "details", "summary", "hgroup", "center", "hr", "p", "li", "dt", "dd",
        "td", "th", "blockquote", "figcaption", "caption", "h1", "h2", "h3", "h4", "h5", "h6",
    ]
    /// The line of the first element nested deeper than `HTMLProse.maximumDepth`, if any: the
    /// walk goes no deeper, so it never risks the stack.
    private(set) var tooDeepLine: Int?

    /// Walks the children of `node`, adding inline text to `current` and starting a new block
    /// of its own kind at each block element; `kind` is what loose text here is.
    mutating func walk(_ node: XMLNodeView, kind: ProseBlock.Kind, into current: inout PositionedLines, depth: Int) {
        guard depth < HTMLProse.maximumDepth else {
            if tooDeepLine == nil { tooDeepLine = node.line }
            return
        }
        for child in node.children {
            if child.isText {
                text(child, into: &current)
                continue
            }
            if child.isComment {
                if let terms = MarkdownProse.allowedTerms(inComment: "<!--" + child.content + "-->") { allowed += terms }
                continue
            }
            guard child.isElement else { continue }
            let name = child.name.lowercased()
            if name == "br" || Self.skipped.contains(name) {
                // A line break, or something that is not prose: the next text starts a new piece.
                current.breakLine()
            } else if Self.containers.contains(name) {
                list.add(kind, current.segments)
                current = PositionedLines()
                var inner = PositionedLines()
                let innerKind = Self.kind(of: name, inside: kind)
                walk(child, kind: innerKind, into: &inner, depth: depth + 1)
                list.add(innerKind, inner.segments)
            } else {
                walk(child, kind: kind, into: &current, depth: depth + 1)
            }
        }
    }

    /// The kind of the block an element starts; a paragraph or box takes the kind of where it is,
    /// so a paragraph in a list item is a list item.
    private static func kind(of name: String, inside kind: ProseBlock.Kind) -> ProseBlock.Kind {
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6": .heading
        case "li", "dt", "dd": .listItem
        case "td", "th": .tableCell
        case "blockquote": .quote
        case "figcaption", "caption": .paragraph
        default: kind
        }
    }

    /// Adds a text node, one piece per source line, each with the place it starts.
    private mutating func text(_ node: XMLNodeView, into current: inout PositionedLines) {
        let content = node.content
        let pieces = content.split(separator: "\n", omittingEmptySubsequences: false)
        // libxml2 records the line where a text node ends, and none past line 65535: there, the
        // search starts from the last place found.
        let recorded = node.line
        var line = recorded > 0 && recorded < 65535 ? max(recorded - (pieces.count - 1), 1) : cursor.line
        for (index, piece) in pieces.enumerated() {
            if index > 0 {
                current.breakLine()
                line += 1
            }
            for run in Self.runs(in: piece) {
                if run.spaceBefore { current.space() }
                let (position, foundLine) = locate(run.text, near: line)
                line = foundLine
                current.add(run.text, at: position)
            }
            if piece.last.map(Self.isSpace) == true { current.space() }
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

/// The pieces of one HTML block as they are gathered, each with its place in the source.
private struct PositionedLines {
    private(set) var segments: [ProseBlock.Segment] = []
    private var pendingSpace = false
    private var newLine = true

    /// Adds a run of words that starts at `position`.
    mutating func add(_ text: String, at position: SourcePosition) {
        if newLine || segments.isEmpty {
            segments.append(.init(text: text, position: position))
        } else {
            if pendingSpace { segments[segments.count - 1].text += " " }
            segments.append(.init(text: text, position: position, continuesPrevious: true))
        }
        pendingSpace = false
        newLine = false
    }

    /// Notes white space: a space comes before the next run, unless a line starts there.
    mutating func space() { pendingSpace = true }

    /// Starts a new line: the next run is a new piece.
    mutating func breakLine() {
        newLine = true
        pendingSpace = false
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
