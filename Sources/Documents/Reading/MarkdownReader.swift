import CCMarkGFM
import Foundation

/// Reads Markdown notes (CommonMark with GitHub's tables, strikethrough, autolinks, task lists
/// and footnotes, plus YAML front matter) into a `Document`, with the line and column of every
/// block, list item and piece of text.
///
/// Raw HTML in the notes never reaches the output as markup: an HTML block keeps only its visible
/// text, a `<br>` becomes a line break, and every other tag is dropped. A comment such as
/// `<!-- roundtable: allow ICB, step change -->` goes into the metadata's allowed terms, and
/// `<!-- roundtable: keep Young people -->` into its kept phrases.
public struct MarkdownReader: Sendable {
    /// The deepest that quotes, lists, emphasis and links may be nested inside each other: 64
    /// levels, far beyond any real notes. Deeper nesting is refused before it is read, so that
    /// no reader or writer can run out of stack on it.
    public static let maximumNestingDepth = 64

    /// Creates a reader.
    public init() {}

    /// Reads `source`, the whole text of a Markdown file; `file` names it in error messages.
    public func read(_ source: String, file: String = "the notes") throws(ReadError) -> Document {
        try read(source, file: file, partSize: MarkdownParts.partSize)
    }

    /// Reads `source` in parts of about `partSize` bytes (see `MarkdownParts`), which give the
    /// same document as reading it whole.
    func read(_ source: String, file: String, partSize: Int) throws(ReadError) -> Document {
        let frontMatter = try FrontMatter.split(source, file: file)
        var converter = NodeConverter(lines: LineIndex(""), lineOffset: 0)
        var body: [Block] = []
        // cmark-gfm puts a part's notes after its body; the notes of every part go at the end.
        var notes: [Block] = []
        let parts = MarkdownParts.parts(of: frontMatter.body, partSize: partSize)
        // cmark-gfm parses the next part on a second thread while this one converts the last.
        let trees = PartTrees(parts)
        defer { trees.stop() }
        for part in parts {
            guard let tree = trees.next() else { continue }
            let lines = LineIndex(part.text)
            let lineOffset = frontMatter.bodyLineOffset + part.lineOffset
            let blocks = try tree.reading { root throws(ReadError) in
                try CMarkTree.checkNesting(of: root, file: file, lines: lines, lineOffset: lineOffset)
                converter.startPart(lines: lines, lineOffset: lineOffset)
                return converter.blocks(of: root, freeingAsItGoes: tree.freesNodeByNode)
            }
            for block in blocks {
                if case .footnoteDefinition = block { notes.append(block) } else { body.append(block) }
            }
        }
        var metadata = frontMatter.metadata
        metadata.allowedTerms += converter.comments.allowed
        metadata.keptPhrases += converter.comments.kept
        return Document(metadata: metadata, blocks: body + notes)
    }
}

/// Parses Markdown with cmark-gfm and GitHub's extensions, and checks how deep its trees nest.
enum CMarkTree {
    /// cmark-gfm's extensions are registered in a global list: do it once, before any parse, on
    /// whatever thread comes first (a static let is initialised exactly once, under a lock).
    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// cmark-gfm switches the extensions' special characters (such as `~` for strikethrough) on
    /// and off in a table shared by every parser while it reads inline text, so two parses at once
    /// can lose each other's strikethrough. Parses take turns.
    private static let parsing = NSLock()

    /// Parses `text` into cmark-gfm's tree, in an arena of its own or with the system's
    /// allocator (see `PartTree`); nil when cmark-gfm gives none.
    static func parse(_ text: Substring, inArena: Bool) -> PartTree? {
        guard extensionsRegistered else { return nil }
        let arena = inArena ? NodeArena() : nil
        let parse = { () -> OpaquePointer? in
            let memory = arena == nil ? cmark_get_default_mem_allocator() : NodeArena.memory
            guard let parser = cmark_parser_new_with_mem(CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8, memory) else {
                return nil
            }
            defer { cmark_parser_free(parser) }
            for name in ["table", "strikethrough", "autolink", "tasklist"] {
                if let extensionPointer = cmark_find_syntax_extension(name) {
                    cmark_parser_attach_syntax_extension(parser, extensionPointer)
                }
            }
            var text = text
            parsing.lock()
            defer { parsing.unlock() }
            // Fed from the text's own bytes, not a copy.
            text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { characters in
                    guard let base = characters.baseAddress else { return }
                    cmark_parser_feed(parser, base, characters.count)
                }
            }
            return cmark_parser_finish(parser)
        }
        let root = arena.map { $0.using(parse) } ?? parse()
        return root.map { PartTree(root: $0, arena: arena) }
    }

    /// Refuses a tree with nesting deeper than `MarkdownReader.maximumNestingDepth` before it is
    /// converted; the tree is of the text of `file` that `lines` index, after `lineOffset` lines.
    static func checkNesting(of root: OpaquePointer, file: String, lines: LineIndex, lineOffset: Int) throws(ReadError) {
        guard let node = firstTooDeepNode(in: root) else { return }
        throw ReadError(file: file, position: position(of: node, lines: lines, lineOffset: lineOffset),
                        problem: "Quotes, lists or emphasis are nested here more than \(MarkdownReader.maximumNestingDepth) levels deep, far deeper than any notes need.",
                        advice: "Check this part for stray '>', '-', '*' or '_' marks at the start of the lines, and take out the extra ones.")
    }

    /// The first node nested deeper than `MarkdownReader.maximumNestingDepth`, found with
    /// cmark's iterator, which keeps no stack of its own, so any depth is measured safely.
    private static func firstTooDeepNode(in root: OpaquePointer) -> OpaquePointer? {
        guard let iterator = cmark_iter_new(root) else { return nil }
        defer { cmark_iter_free(iterator) }
        var depth = 0
        while true {
            let event = cmark_iter_next(iterator)
            guard event != CMARK_EVENT_DONE, let node = cmark_iter_get_node(iterator) else { return nil }
            guard nests(node) else { continue }
            if event == CMARK_EVENT_ENTER {
                depth += 1
                if depth > MarkdownReader.maximumNestingDepth { return node }
            } else if event == CMARK_EVENT_EXIT {
                depth -= 1
            }
        }
    }

    /// Whether a node is one of those that can hold another of its kind, level after level;
    /// list items, paragraphs and table cells only ever add a fixed few levels to these.
    private static func nests(_ node: OpaquePointer) -> Bool {
        switch CMarkNodeKind(node) {
        case .blockQuote, .list, .emphasis, .strong, .strikethrough, .link, .image, .footnoteDefinition, .unknown:
            return true
        case .document, .paragraph, .heading, .item, .taskItem, .codeBlock, .htmlBlock, .thematicBreak, .table,
             .tableRow, .tableCell, .text, .softBreak, .lineBreak, .code, .htmlInline, .footnoteReference:
            return false
        }
    }

    /// Where `node` starts in the file, in characters, counting the `lineOffset` lines before the Markdown.
    static func position(of node: OpaquePointer, lines: LineIndex, lineOffset: Int) -> SourcePosition? {
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        guard line > 0 else { return nil }
        return SourcePosition(line: line + lineOffset, column: lines.characterColumn(line: line, byteColumn: column))
    }

    /// The type name cmark-gfm gives a node (`paragraph`, `table_cell`, …).
    static func typeName(_ node: OpaquePointer) -> String { string(cmark_node_get_type_string(node)) }

    /// The text of a text, code or HTML node.
    static func literal(_ node: OpaquePointer) -> String { string(cmark_node_get_literal(node)) }

    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)), as: UTF8.self)
    }
}

/// The kinds of node cmark-gfm builds, behind one type, so the reader handles each on purpose.
enum CMarkNodeKind: Equatable {
    case document, paragraph, heading, list, item, taskItem, blockQuote, codeBlock, htmlBlock, thematicBreak
    case table, tableRow, tableCell, footnoteDefinition
    case text, softBreak, lineBreak, code, htmlInline, emphasis, strong, strikethrough, link, image, footnoteReference
    /// A custom node, or a kind a later cmark-gfm adds: its content is kept, with no meaning added.
    case unknown

    init(_ node: OpaquePointer) {
        // A node no extension made or took over is one of cmark's own kinds.
        guard cmark_node_get_syntax_extension(node) != nil else {
            self = Self.core(cmark_node_get_type(node))
            return
        }
        // The extensions' kinds are registered at run time: they are known by name.
        switch CMarkTree.typeName(node) {
        case "table": self = .table
        case "table_row", "table_header": self = .tableRow
        case "table_cell": self = .tableCell
        case "strikethrough": self = .strikethrough
        case "tasklist": self = .taskItem
        default: self = Self.core(cmark_node_get_type(node))
        }
    }

    private static func core(_ type: cmark_node_type) -> CMarkNodeKind {
        switch type {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION: .footnoteDefinition
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        case CMARK_NODE_FOOTNOTE_REFERENCE: .footnoteReference
        default: .unknown
        }
    }
}

/// Turns cmark-gfm's node tree into the document model in one walk, recording where each piece
/// of text starts and gathering the terms that `roundtable: allow` comments allow.
struct NodeConverter {
    private(set) var lines: LineIndex
    private(set) var lineOffset: Int
    /// Terms allowed and phrases kept by comments met so far.
    private(set) var comments = AuthorComment.Gathered()
    /// The `Inline.text` pieces made so far in the current block, and where they start.
    private var textCount = 0
    private var anchors: [SourceMap.Anchor] = []
    /// The footnotes numbered so far, in this part and the parts before.
    private var footnoteCount = 0
    /// The footnotes numbered in the parts before this one; cmark-gfm numbers each part's from 1.
    private var footnotesBefore = 0

    init(lines: LineIndex, lineOffset: Int) {
        self.lines = lines
        self.lineOffset = lineOffset
    }

    /// Gets ready for the tree of the next part of the text, which has its own `lines` and starts after `lineOffset` lines.
    mutating func startPart(lines: LineIndex, lineOffset: Int) {
        self.lines = lines
        self.lineOffset = lineOffset
        footnotesBefore = footnoteCount
    }

    /// The blocks inside `parent`. With `freeingAsItGoes`, each child is freed once converted, so
    /// cmark's tree and the model never both hold the whole of a long document at once.
    mutating func blocks(of parent: OpaquePointer, freeingAsItGoes: Bool = false) -> [Block] {
        var result: [Block] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            defer {
                if freeingAsItGoes {
                    cmark_node_unlink(node)
                    cmark_node_free(node)
                }
            }
            if CMarkNodeKind(node) == .footnoteDefinition {
                // cmark-gfm moves referenced definitions to the end in the order they are first
                // referred to, drops the rest, and gives each reference the number of its note.
                footnoteCount += 1
                result.append(.footnoteDefinition(FootnoteDefinition(label: String(footnoteCount), blocks: blocks(of: node),
                                                                     position: position(node))))
            } else {
                result.append(contentsOf: block(node))
            }
            child = cmark_node_next(node)
        }
        return result
    }

    private mutating func block(_ node: OpaquePointer) -> [Block] {
        let position = self.position(node)
        switch CMarkNodeKind(node) {
        case .paragraph:
            let (content, source) = sourcedInlines(of: node)
            return content.isEmpty ? [] : [.paragraph(Paragraph(content, position: position, source: source))]
        case .heading:
            let (content, source) = sourcedInlines(of: node)
            return [.heading(Heading(level: Int(cmark_node_get_heading_level(node)), content, position: position, source: source))]
        case .list:
            return [.list(list(node, position: position))]
        case .blockQuote:
            return [.blockQuote(BlockQuote(blocks(of: node), position: position))]
        case .codeBlock:
            var code = literal(node)
            if code.hasSuffix("\n") { code.removeLast() }
            let info = string(cmark_node_get_fence_info(node))
            let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init)
            return [.codeBlock(CodeBlock(language: language, text: code, position: position))]
        case .htmlBlock:
            let html = literal(node)
            if AuthorComment.isNewPage(html) { return [.pageBreak(position)] }
            _ = comments.add(html)
            let visible = HTMLText.visibleText(of: html)
            let source = SourceMap(position.map { [SourceMap.Anchor(text: 0, position: $0)] } ?? [])
            return visible.isEmpty ? [] : [.paragraph(Paragraph([.text(visible)], position: position, source: source))]
        case .thematicBreak:
            return [.thematicBreak(position)]
        case .table:
            return [.table(table(node, position: position))]
        case .document, .item, .taskItem, .tableRow, .tableCell, .footnoteDefinition, .text, .softBreak, .lineBreak,
             .code, .htmlInline, .emphasis, .strong, .strikethrough, .link, .image, .footnoteReference, .unknown:
            // Not a block cmark-gfm puts here, or one the model does not know: keep its content.
            return blocks(of: node)
        }
    }

    private mutating func list(_ node: OpaquePointer, position: SourcePosition?) -> ListBlock {
        let kind: ListBlock.Kind = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            ? .ordered(start: Int(cmark_node_get_list_start(node))) : .bullet
        var items: [ListItem] = []
        var child = cmark_node_first_child(node)
        while let item = child {
            let task: ListItem.Task? = CMarkNodeKind(item) == .taskItem
                ? (cmark_gfm_extensions_get_tasklist_item_checked(item) ? .done : .open) : nil
            items.append(ListItem(task: task, blocks: blocks(of: item), position: self.position(item)))
            child = cmark_node_next(item)
        }
        return ListBlock(kind: kind, isTight: cmark_node_get_list_tight(node) != 0, items: items, position: position)
    }

    private mutating func table(_ node: OpaquePointer, position: SourcePosition?) -> Table {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [Table.Alignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for index in 0..<columns {
                switch raw[index] {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        textCount = 0
        anchors = []
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        var rowNode = cmark_node_first_child(node)
        while let row = rowNode {
            var cells: [[Inline]] = []
            var cellNode = cmark_node_first_child(row)
            // Only as many cells as the table has columns, so the source map counts the text kept.
            while let cell = cellNode, cells.count < columns {
                cells.append(inlines(of: cell))
                cellNode = cmark_node_next(cell)
            }
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 {
                header = cells
            } else {
                rows.append(cells)
            }
            rowNode = cmark_node_next(row)
        }
        if header.isEmpty { header = Array(repeating: [], count: columns) }
        return Table(alignments: alignments, header: header, rows: rows, position: position, source: SourceMap(anchors))
    }

    /// The inlines of a paragraph or heading, and where their text starts.
    private mutating func sourcedInlines(of node: OpaquePointer) -> ([Inline], SourceMap) {
        textCount = 0
        anchors = []
        let content = inlines(of: node)
        return (content, SourceMap(anchors))
    }

    mutating func inlines(of parent: OpaquePointer) -> [Inline] {
        var result: [Inline] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            append(node, to: &result)
            child = cmark_node_next(node)
        }
        return result
    }

    private mutating func append(_ node: OpaquePointer, to result: inout [Inline]) {
        switch CMarkNodeKind(node) {
        case .text: appendText(literal(node), from: node, to: &result)
        case .softBreak: result.append(.softBreak)
        case .lineBreak: result.append(.lineBreak)
        case .code: result.append(.code(literal(node)))
        case .emphasis: result.append(.emphasis(inlines(of: node)))
        case .strong: result.append(.strong(inlines(of: node)))
        case .strikethrough: result.append(.strikethrough(inlines(of: node)))
        case .footnoteReference:
            // The number of its note, counting the notes of the parts before.
            let number = literal(node)
            result.append(.footnoteReference(Int(number).map { String($0 + footnotesBefore) } ?? number))
        case .link:
            let title = string(cmark_node_get_title(node))
            result.append(.link(Link(destination: string(cmark_node_get_url(node)),
                                     title: title.isEmpty ? nil : title, inlines(of: node))))
        case .image:
            // The text alternative is a plain string, not text of the block: it is not counted.
            let (savedCount, savedAnchors) = (textCount, anchors)
            let alternative = inlines(of: node).plainText
            (textCount, anchors) = (savedCount, savedAnchors)
            let title = string(cmark_node_get_title(node))
            result.append(.image(Image(source: string(cmark_node_get_url(node)), title: title.isEmpty ? nil : title,
                                       alternative: alternative, position: position(node))))
        case .htmlInline:
            let html = literal(node)
            if !comments.add(html), HTMLText.isLineBreakTag(html) {
                result.append(.lineBreak)
            }
        case .document, .paragraph, .heading, .list, .item, .taskItem, .blockQuote, .codeBlock, .htmlBlock,
             .thematicBreak, .table, .tableRow, .tableCell, .footnoteDefinition, .unknown:
            // A kind the model does not know here: its text stays, with no meaning made up for it.
            var child = cmark_node_first_child(node)
            while let inner = child {
                append(inner, to: &result)
                child = cmark_node_next(inner)
            }
        }
    }

    /// Adds a text node, joined to text just before it (cmark splits text at brackets and
    /// entities), and records where it starts.
    private mutating func appendText(_ text: String, from node: OpaquePointer, to result: inout [Inline]) {
        guard !text.isEmpty else { return }
        let anchor: (text: Int, offset: Int)
        if case .text(let previous)? = result.last {
            result[result.count - 1] = .text(previous + text)
            anchor = (textCount - 1, previous.utf8.count)
        } else {
            result.append(.text(text))
            anchor = (textCount, 0)
            textCount += 1
        }
        let line = Int(cmark_node_get_start_line(node))
        guard line > 0 else { return }
        let byteColumn = lines.byteColumn(of: text, line: line, reported: Int(cmark_node_get_start_column(node)))
        anchors.append(SourceMap.Anchor(text: anchor.text, offset: anchor.offset, position: SourcePosition(
            line: line + lineOffset, column: lines.characterColumn(line: line, byteColumn: byteColumn))))
    }

    private func position(_ node: OpaquePointer) -> SourcePosition? {
        CMarkTree.position(of: node, lines: lines, lineOffset: lineOffset)
    }

    private func literal(_ node: OpaquePointer) -> String { CMarkTree.literal(node) }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String { CMarkTree.string(pointer) }
}

/// Where each line of a text starts, to turn cmark's byte columns into character columns.
struct LineIndex: Sendable {
    let utf8: [UInt8]
    let starts: [Int]

    init(_ text: some StringProtocol) {
        // Copied in one go where the text is contiguous (always, for text read from a file), not byte by byte.
        utf8 = text.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(text.utf8)
        var starts = [0]
        utf8.withUnsafeBufferPointer { bytes in
            for offset in bytes.indices where bytes[offset] == UInt8(ascii: "\n") { starts.append(offset + 1) }
        }
        self.starts = starts
    }

    /// The column in characters of the byte column `byteColumn` (both from 1) on line `line` (from 1).
    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= starts.count, byteColumn > 1 else { return max(byteColumn, 1) }
        let start = starts[line - 1]
        let end = min(start + byteColumn - 1, utf8.count)
        // Count the bytes that begin a character (every byte that is not a UTF-8 continuation byte).
        return utf8.withUnsafeBufferPointer { bytes in
            var count = 0
            for index in start..<end where bytes[index] & 0xC0 != 0x80 { count += 1 }
            return count + 1
        }
    }
}

extension LineIndex {
    /// The byte column (from 1) where `literal` really starts on `line`, at or after `reported`.
    ///
    /// cmark-gfm reports column 1 for text on an indented continuation line; searching the line
    /// for the text itself gives the true place. When the text is not found as written (it held
    /// an entity or an escape), the reported column stands.
    func byteColumn(of literal: String, line: Int, reported: Int) -> Int {
        guard line >= 1, line <= starts.count, let first = literal.utf8.first else { return reported }
        let lineStart = starts[line - 1]
        let lineEnd = line < starts.count ? starts[line] - 1 : utf8.count
        var literal = literal
        return literal.withUTF8 { text in
            utf8.withUnsafeBufferPointer { bytes in
                guard let textStart = text.baseAddress, let linesStart = bytes.baseAddress else { return reported }
                let length = min(text.count, 16)
                var index = lineStart + max(reported - 1, 0)
                while index + length <= lineEnd {
                    if bytes[index] == first && memcmp(linesStart + index, textStart, length) == 0 {
                        return index - lineStart + 1
                    }
                    index += 1
                }
                return reported
            }
        }
    }
}
