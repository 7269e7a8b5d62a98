import CCMarkGFM

/// Reads the prose of Markdown notes block by block, with the line and column of every piece.
///
/// Code, web and e-mail addresses written as links, pictures and raw HTML are left out. An HTML
/// comment such as `<!-- roundtable: allow ICB, step change -->` allows those terms in the file.
public enum MarkdownProse {
    /// The prose of `source`, the whole text of a Markdown file named `file`.
    public static func read(_ source: String, file: String) throws(ReadError) -> Prose {
        let frontMatter = try FrontMatter.split(source, file: file)
        let result = try CMarkTree.parse(String(frontMatter.body), file: file, lineOffset: frontMatter.bodyLineOffset) { root, lines in
            var walker = ProseWalker(lines: lines, lineOffset: frontMatter.bodyLineOffset)
            walker.visit(root, kind: .paragraph)
            return (walker.blocks, walker.allowed)
        }
        return Prose(file: file, blocks: result?.0 ?? [], hasLines: true, allowed: result?.1 ?? [])
    }

    /// The terms of a `roundtable: allow` comment, or nil when `html` is not one.
    static func allowedTerms(inComment html: String) -> [String]? {
        let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") else { return nil }
        let inside = trimmed.dropFirst(4).dropLast(3).trimmingCharacters(in: .whitespacesAndNewlines)
        let prefix = "roundtable: allow "
        guard inside.lowercased().hasPrefix(prefix) else { return nil }
        return inside.dropFirst(prefix.count).split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// Walks cmark-gfm's tree, gathering the text of each leaf block.
private struct ProseWalker {
    let lines: LineIndex
    let lineOffset: Int
    var blocks: [ProseBlock] = []
    var allowed: [String] = []
    private var segments: [ProseBlock.Segment] = []
    /// Whether the next text continues the last segment (no break between them).
    private var joinNext = false

    init(lines: LineIndex, lineOffset: Int) {
        self.lines = lines
        self.lineOffset = lineOffset
    }

    mutating func visit(_ node: OpaquePointer, kind: ProseBlock.Kind) {
        switch CMarkTree.typeName(node) {
        case "paragraph":
            collect(node, kind: kind)
        case "heading":
            collect(node, kind: .heading)
        case "table_cell":
            collect(node, kind: .tableCell)
        case "code_block", "thematic_break":
            return
        case "html_block":
            if let terms = MarkdownProse.allowedTerms(inComment: CMarkTree.literal(node)) { allowed += terms }
        case "item", "tasklist":
            children(of: node, kind: .listItem)
        case "block_quote":
            children(of: node, kind: .quote)
        default:
            children(of: node, kind: kind)
        }
    }

    private mutating func children(of node: OpaquePointer, kind: ProseBlock.Kind) {
        var child = cmark_node_first_child(node)
        while let current = child {
            visit(current, kind: kind)
            child = cmark_node_next(current)
        }
    }

    private mutating func collect(_ node: OpaquePointer, kind: ProseBlock.Kind) {
        segments = []
        joinNext = false
        inlines(of: node)
        if !segments.isEmpty {
            blocks.append(ProseBlock(kind: kind, segments: segments, paragraph: blocks.count + 1))
        }
    }

    private mutating func inlines(of node: OpaquePointer) {
        var child = cmark_node_first_child(node)
        while let current = child {
            inline(current)
            child = cmark_node_next(current)
        }
    }

    private mutating func inline(_ node: OpaquePointer) {
        switch CMarkTree.typeName(node) {
        case "text":
            append(CMarkTree.literal(node), node: node)
        case "softbreak", "linebreak", "code", "image":
            // A line break, or something that is not prose: the next text starts a new piece.
            joinNext = false
        case "html_inline":
            if let terms = MarkdownProse.allowedTerms(inComment: CMarkTree.literal(node)) { allowed += terms }
            joinNext = false
        case "link":
            let destination = CMarkTree.string(cmark_node_get_url(node))
            var text = ""
            var child = cmark_node_first_child(node)
            while let current = child {
                text += CMarkTree.literal(current)
                child = cmark_node_next(current)
            }
            // A bare address (autolink) is not prose.
            if destination == text || destination == "mailto:" + text || destination == "http://" + text {
                joinNext = false
            } else {
                inlines(of: node)
            }
        default:
            inlines(of: node)
        }
    }

    private mutating func append(_ text: String, node: OpaquePointer) {
        guard !text.isEmpty else { return }
        let line = Int(cmark_node_get_start_line(node))
        var position: SourcePosition?
        if line > 0 {
            let byteColumn = lines.byteColumn(of: text, line: line, reported: Int(cmark_node_get_start_column(node)))
            position = SourcePosition(line: line + lineOffset, column: lines.characterColumn(line: line, byteColumn: byteColumn))
        }
        segments.append(.init(text: text, position: position, continuesPrevious: joinNext && !segments.isEmpty))
        joinNext = true
    }
}
