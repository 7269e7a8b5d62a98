import CLibXML2
import Foundation

/// Reads an OpenDocument text into a `Document`: `content.xml` in an .odt package, or the
/// single XML file of a flat .fodt, with headings, lists, tables, emphasis, links and notes.
///
/// A footnote's or endnote's text becomes a footnote after the paragraph that refers to it, so
/// it is never read as part of that paragraph's sentence. Note numbers, comments, tracked
/// deletions and generated indexes (tables of contents) are left out. OpenDocument files have
/// no lines: the wording check finds their words by paragraph and character.
enum ODFReader {
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let drawing = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    static let formatting = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
    static let xlink = "http://www.w3.org/1999/xlink"

    static func read(package: SafeZip, file: String) throws(ReadError) -> Document {
        guard let content = try package.read("content.xml") else {
            throw DocumentFile.Format.odt.notThisFormat(
                file: file, reason: "the part that holds its text (content.xml) is missing")
        }
        return try read(content, format: .odt, part: "content.xml", file: file)
    }

    static func read(flat data: Data, file: String) throws(ReadError) -> Document {
        try read(data, format: .fodt, part: nil, file: file)
    }

    private static func read(_ data: Data, format: DocumentFile.Format, part: String?, file: String) throws(ReadError) -> Document {
        let blocks: [Block]?
        do {
            blocks = try SafeXML.withXML(data) { document -> [Block]? in
                guard let root = XMLNodeView.root(of: document), root.namespace == office else { return nil }
                let walker = ODFWalker(styles: ODFStyles(root: root))
                var blocks: [Block] = []
                for child in root.children where child.isElement("body", in: office) {
                    blocks += walker.blocks(in: child)
                }
                return blocks
            }
        } catch {
            throw format.damaged(file: file, part: part, failure: error)
        }
        guard let blocks else {
            throw format.notThisFormat(file: file, reason: "its text is not in the OpenDocument form")
        }
        return Document(blocks: blocks)
    }
}

/// What the styles of an OpenDocument text mean for the model: which text styles are italic,
/// bold or struck through, and which list styles number their items.
struct ODFStyles {
    private var emphasis: Set<String> = []
    private var strong: Set<String> = []
    private var struck: Set<String> = []
    private var numberedLists: Set<String> = []

    init(root: XMLNodeView) {
        for group in root.children where group.isElement("automatic-styles", in: ODFReader.office)
            || group.isElement("styles", in: ODFReader.office) {
            for style in group.children where style.isElement {
                guard let name = style.attribute("name", in: ODFReader.style) else { continue }
                if style.isElement("style", in: ODFReader.style),
                   let properties = style.child("text-properties", in: ODFReader.style) {
                    if properties.attribute("font-style", in: ODFReader.formatting) == "italic" { emphasis.insert(name) }
                    if properties.attribute("font-weight", in: ODFReader.formatting) == "bold" { strong.insert(name) }
                    if let line = properties.attribute("text-line-through-style", in: ODFReader.style), line != "none" { struck.insert(name) }
                } else if style.isElement("list-style", in: ODFReader.text),
                          style.children.first(where: { $0.isElement })?.name == "list-level-style-number" {
                    numberedLists.insert(name)
                }
            }
        }
    }

    /// The wrappers a text style gives its text, outermost first.
    func wrappers(for name: String) -> [([Inline]) -> Inline] {
        [strong.contains(name) ? { .strong($0) } : nil,
         emphasis.contains(name) ? { .emphasis($0) } : nil,
         struck.contains(name) ? { .strikethrough($0) } : nil].compactMap { $0 }
    }

    /// Whether the list style `name` numbers its items.
    func isNumbered(list name: String) -> Bool { numberedLists.contains(name) }
}

/// Walks OpenDocument text, turning headings, paragraphs, lists and tables into blocks.
private struct ODFWalker {
    let styles: ODFStyles

    /// Elements whose content is never text of the document: comments, the record of tracked
    /// changes (which holds deleted text), and indexes generated from the headings.
    private static let skipped: Set<String> = [
        "tracked-changes", "table-of-content", "illustration-index", "table-index", "object-index",
        "user-index", "alphabetical-index", "bibliography", "sequence-decls", "variable-decls",
        "user-field-decls", "note-citation",
    ]

    init(styles: ODFStyles) { self.styles = styles }

    /// The blocks inside `node`; `listStyle` is the style of the list around it, for nested lists.
    func blocks(in node: XMLNodeView, listStyle: String? = nil) -> [Block] {
        var blocks: [Block] = []
        for child in node.children where child.isElement {
            switch (child.namespace, child.name) {
            case (ODFReader.text, "h"):
                let level = child.attribute("outline-level", in: ODFReader.text).flatMap { Int($0) } ?? 1
                blocks += paragraph(child) { $0.heading(level: level) }
            case (ODFReader.text, "p"):
                blocks += paragraph(child) { $0.paragraph }
            case (ODFReader.text, "list"):
                let style = child.attribute("style-name", in: ODFReader.text) ?? listStyle
                var items: [ListItem] = []
                for item in child.children where item.isElement("list-item", in: ODFReader.text)
                    || item.isElement("list-header", in: ODFReader.text) {
                    let inner = self.blocks(in: item, listStyle: style)
                    if !inner.isEmpty { items.append(ListItem(blocks: inner)) }
                }
                if !items.isEmpty {
                    let numbered = style.map(styles.isNumbered) ?? false
                    blocks.append(.list(ListBlock(kind: numbered ? .ordered(start: 1) : .bullet, items: items)))
                }
            case (ODFReader.table, "table"):
                blocks += table(child).map { [$0] } ?? []
            case (ODFReader.office, "annotation"), (ODFReader.office, "annotation-end"), (ODFReader.office, "forms"):
                continue
            case (ODFReader.text, let name) where Self.skipped.contains(name):
                continue
            default:
                blocks += self.blocks(in: child, listStyle: listStyle)
            }
        }
        return blocks
    }

    /// A heading or paragraph made by `make`, then the notes it refers to and the text boxes anchored in it.
    private func paragraph(_ node: XMLNodeView, _ make: (InlineBuilder.Built) -> Block?) -> [Block] {
        var builder = InlineBuilder()
        var asides: [Block] = []
        inline(node, into: &builder, asides: &asides)
        return (make(builder.finish()).map { [$0] } ?? []) + asides
    }

    /// A table, its first row the header; each cell's paragraphs run on with line breaks.
    private func table(_ node: XMLNodeView) -> Block? {
        var assembly = TableAssembly()
        for row in rows(in: node) {
            var cells: [InlineBuilder.Built] = []
            for cell in row.children where cell.isElement("table-cell", in: ODFReader.table)
                || cell.isElement("covered-table-cell", in: ODFReader.table) {
                var builder = InlineBuilder()
                var asides: [Block] = []
                for paragraph in paragraphs(in: cell) {
                    builder.append(.lineBreak)
                    inline(paragraph, into: &builder, asides: &asides)
                }
                cells.append(builder.finish())
            }
            assembly.add(row: cells)
        }
        return assembly.table()
    }

    /// The rows of a table, through its header rows and row groups.
    private func rows(in node: XMLNodeView) -> [XMLNodeView] {
        node.children.flatMap { child -> [XMLNodeView] in
            guard child.isElement, child.namespace == ODFReader.table else { return [] }
            switch child.name {
            case "table-row": return [child]
            case "table-header-rows", "table-rows", "table-row-group": return rows(in: child)
            default: return []
            }
        }
    }

    /// Every heading and paragraph inside `node`, in reading order.
    private func paragraphs(in node: XMLNodeView) -> [XMLNodeView] {
        node.children.flatMap { child -> [XMLNodeView] in
            guard child.isElement else { return [] }
            if child.isElement("p", in: ODFReader.text) || child.isElement("h", in: ODFReader.text) { return [child] }
            if child.namespace == ODFReader.text, Self.skipped.contains(child.name) { return [] }
            return paragraphs(in: child)
        }
    }

    /// Gathers the text of a paragraph with its emphasis and links; notes and drawings met on
    /// the way become blocks in `asides`.
    private func inline(_ node: XMLNodeView, into builder: inout InlineBuilder, asides: inout [Block]) {
        for child in node.children {
            if child.isText {
                builder.folded(child.content)
                continue
            }
            guard child.isElement else { continue }
            switch (child.namespace, child.name) {
            case (ODFReader.text, "s"), (ODFReader.text, "tab"): builder.space()
            case (ODFReader.text, "line-break"): builder.append(.lineBreak)
            case (ODFReader.text, "note"):
                let label = "note" + (child.attribute("id", in: ODFReader.text) ?? String(asides.count + 1))
                if let body = child.child("note-body", in: ODFReader.text) {
                    builder.append(.footnoteReference(label))
                    asides.append(.footnoteDefinition(FootnoteDefinition(label: label, blocks: blocks(in: body))))
                }
            case (ODFReader.text, "a"):
                let mark = builder.begin()
                inline(child, into: &builder, asides: &asides)
                if let destination = child.attribute("href", in: ODFReader.xlink) {
                    builder.end(mark) { .link(Link(destination: destination, $0)) }
                }
            case (ODFReader.text, "span"):
                let wrappers = child.attribute("style-name", in: ODFReader.text).map(styles.wrappers) ?? []
                let marks = wrappers.map { _ in builder.begin() }
                inline(child, into: &builder, asides: &asides)
                for (mark, wrap) in zip(marks, wrappers).reversed() { builder.end(mark, wrap) }
            case (ODFReader.text, let name) where Self.skipped.contains(name): continue
            case (ODFReader.text, _): inline(child, into: &builder, asides: &asides)
            case (ODFReader.drawing, _): asides += blocks(in: child)
            default: continue
            }
        }
    }
}
