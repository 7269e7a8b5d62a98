import CLibXML2
import Foundation

/// Reads a Word document into a `Document`: the body (`word/document.xml`) with its headings,
/// lists, tables, emphasis and links, then its footnotes and endnotes.
///
/// Deleted text (tracked changes), field codes and the fallback copies of text boxes are left
/// out; a text box's paragraphs follow the paragraph that holds it. Word files have no lines:
/// the wording check finds their words by paragraph and character.
enum DOCXReader {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// The same vocabulary in "Strict Open XML", which Word can also save.
    static let strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let strictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships"

    static func read(_ package: SafeZip, file: String) throws(ReadError) -> Document {
        guard let body = try package.read("word/document.xml") else {
            throw DocumentFile.Format.docx.notThisFormat(
                file: file, reason: "the part that holds its text (word/document.xml) is missing")
        }
        var styles = DOCXStyleSheet()
        if let data = try package.read("word/styles.xml") {
            styles = try parse(data, part: "word/styles.xml", file: file) { DOCXStyleSheet(root: $0) }
        }
        var numbering = DOCXNumberingFormats()
        if let data = try package.read("word/numbering.xml") {
            numbering = try parse(data, part: "word/numbering.xml", file: file) { DOCXNumberingFormats(root: $0) }
        }
        var links: [String: String] = [:]
        if let data = try package.read("word/_rels/document.xml.rels") {
            links = try parse(data, part: "word/_rels/document.xml.rels", file: file) { root in
                var links: [String: String] = [:]
                for element in root.children where element.isElement && element.name == "Relationship" {
                    if let id = element.attribute("Id"), let target = element.attribute("Target"),
                       element.attribute("TargetMode") == "External" {
                        links[id] = target
                    }
                }
                return links
            }
        }
        let walker = DOCXWalker(styles: styles, numbering: numbering, links: links)
        var blocks = try parse(body, part: "word/document.xml", file: file) { walker.blocks(in: $0) }
        for (part, note) in [("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")] {
            guard let data = try package.read(part) else { continue }
            blocks += try parse(data, part: part, file: file) { root in
                var notes: [Block] = []
                for element in root.children where walker.isWord(element, note) {
                    // Separators are the lines Word draws above the notes, not notes.
                    let type = element.attribute("type", in: element.namespace) ?? "normal"
                    guard type == "normal", let id = element.attribute("id", in: element.namespace) else { continue }
                    notes.append(.footnoteDefinition(FootnoteDefinition(label: note + id, blocks: walker.blocks(in: element))))
                }
                return notes
            }
        }
        return Document(blocks: blocks)
    }

    /// Parses one XML part and hands its root element to `body`.
    private static func parse<Result>(_ data: Data, part: String, file: String,
                                      _ body: (XMLNodeView) -> Result) throws(ReadError) -> Result {
        let result: Result?
        do {
            result = try SafeXML.withXML(data) { document in XMLNodeView.root(of: document).map(body) }
        } catch {
            throw DocumentFile.Format.docx.damaged(file: file, part: part, failure: error)
        }
        guard let result else {
            throw DocumentFile.Format.docx.damaged(file: file, part: part, failure: SafeXML.Failure())
        }
        return result
    }
}

/// Which numbered lists of `word/numbering.xml` use bullets and which use numbers, level by level.
struct DOCXNumberingFormats {
    private var bulleted: Set<String> = []
    private var numbered: Set<String> = []

    init() {}

    init(root: XMLNodeView) {
        let ns = root.namespace
        var formats: [String: [String: String]] = [:]
        for abstract in root.children where abstract.isElement && abstract.name == "abstractNum" {
            guard let id = abstract.attribute("abstractNumId", in: ns) else { continue }
            for level in abstract.children where level.isElement && level.name == "lvl" {
                let format = level.children.first { $0.isElement && $0.name == "numFmt" }?.attribute("val", in: ns)
                if let index = level.attribute("ilvl", in: ns), let format { formats[id, default: [:]][index] = format }
            }
        }
        for num in root.children where num.isElement && num.name == "num" {
            guard let id = num.attribute("numId", in: ns),
                  let abstract = num.children.first(where: { $0.isElement && $0.name == "abstractNumId" })?.attribute("val", in: ns) else { continue }
            for (level, format) in formats[abstract] ?? [:] {
                if format == "bullet" { bulleted.insert(id + "/" + level) } else if format != "none" { numbered.insert(id + "/" + level) }
            }
        }
    }

    /// Whether list `id` at `level` is numbered (true), bulleted (false) or not known (nil).
    func isNumbered(id: String, level: Int) -> Bool? {
        let key = id + "/" + String(level)
        if numbered.contains(key) { return true }
        if bulleted.contains(key) { return false }
        return nil
    }
}

/// What the paragraph styles of `word/styles.xml` mean: which are headings, at which level, and
/// which are list items (python-docx's "List Bullet", for one, numbers its paragraphs through the style).
struct DOCXStyleSheet {
    private var headings: [String: Int] = [:]
    private var lists: Set<String> = []
    private var numberedNames: Set<String> = []

    init() {}

    init(root: XMLNodeView) {
        struct Style { var basedOn: String?; var outline: Int?; var numbered: Bool?; var named: Int? }
        var styles: [String: Style] = [:]
        for element in root.children where element.isElement && element.name == "style" {
            let ns = element.namespace
            guard element.attribute("type", in: ns) == "paragraph", let id = element.attribute("styleId", in: ns) else { continue }
            let name = element.children.first { $0.isElement && $0.name == "name" }?.attribute("val", in: ns)?.lowercased() ?? ""
            let properties = element.children.first { $0.isElement && $0.name == "pPr" }
            let outline = properties?.children.first { $0.isElement && $0.name == "outlineLvl" }?.attribute("val", in: ns)
            let numbering = properties?.children.first { $0.isElement && $0.name == "numPr" }
            styles[id] = Style(
                basedOn: element.children.first { $0.isElement && $0.name == "basedOn" }?.attribute("val", in: ns),
                outline: outline.map { Int($0) ?? 9 },
                numbered: numbering.map(DOCXWalker.isNumbered),
                named: name == "title" ? 1 : name.hasPrefix("heading ") ? Int(name.dropFirst(8)) ?? 1 : nil)
            if name.contains("number") { numberedNames.insert(id) }
        }
        // Outline levels and numbering are inherited through `basedOn`; follow a few steps only,
        // so a loop in a damaged file cannot hang us.
        func inherited<Value>(_ id: String, _ property: (Style) -> Value?) -> Value? {
            var current: String? = id
            for _ in 0..<10 {
                guard let key = current, let style = styles[key] else { return nil }
                if let value = property(style) { return value }
                current = style.basedOn
            }
            return nil
        }
        for (id, style) in styles {
            if let level = style.named ?? inherited(id, \.outline).flatMap({ $0 < 9 ? $0 + 1 : nil }) { headings[id] = level }
            if inherited(id, \.numbered) == true { lists.insert(id) }
        }
    }

    /// The heading level of paragraphs in the style `id`, or nil when they are not headings;
    /// without styles.xml, Word's own ids say so.
    func headingLevel(_ id: String) -> Int? {
        if let level = headings[id] { return level }
        if id == "Title" { return 1 }
        guard id.hasPrefix("Heading") else { return nil }
        return Int(id.dropFirst(7)) ?? 1
    }

    /// Whether the list style `id` numbers its items rather than bulleting them, judged by its name.
    func isNumberedByName(_ id: String) -> Bool { numberedNames.contains(id) || id.lowercased().contains("number") }

    /// Whether paragraphs in the style `id` are numbered or bulleted.
    func isList(_ id: String) -> Bool { lists.contains(id) }
}

/// Walks WordprocessingML, turning paragraphs into headings, list items and paragraphs, and
/// tables into tables.
private struct DOCXWalker {
    let styles: DOCXStyleSheet
    let numbering: DOCXNumberingFormats
    let links: [String: String]

    /// A paragraph of a list, waiting for the rest of its list.
    private struct ListEntry {
        var level: Int
        var numbered: Bool
        var paragraph: Paragraph
    }

    /// What a `w:p` is.
    private enum Role {
        case paragraph
        case heading(Int)
        case listItem(level: Int, numbered: Bool)
    }

    /// Whether `node` is the WordprocessingML element `name`.
    func isWord(_ node: XMLNodeView, _ name: String) -> Bool {
        node.isElement && node.name == name && Self.isWordNamespace(node)
    }

    private static func isWordNamespace(_ node: XMLNodeView) -> Bool {
        node.namespace == DOCXReader.main || node.namespace == DOCXReader.strict
    }

    /// Whether a `w:numPr` turns numbering on: `w:numId` 0 turns it off.
    static func isNumbered(_ numbering: XMLNodeView) -> Bool {
        let id = numbering.children.first { $0.isElement && $0.name == "numId" }?.attribute("val", in: numbering.namespace)
        return id != "0"
    }

    /// The blocks inside `node` (the body, a text box, a note), with list paragraphs gathered into lists.
    func blocks(in node: XMLNodeView) -> [Block] {
        var blocks: [Block] = []
        var list: [ListEntry] = []
        func endList() {
            if !list.isEmpty { blocks.append(.list(Self.nest(list[...]))) }
            list = []
        }
        walk(node) { element in
            switch element.name {
            case "p":
                let (role, built, boxes) = paragraph(element)
                if let built, built.hasWords {
                    switch role {
                    case .listItem(let level, let numbered):
                        list.append(ListEntry(level: level, numbered: numbered, paragraph: Paragraph(built.inlines)))
                    case .heading(let level):
                        endList()
                        blocks += built.heading(level: level).map { [$0] } ?? []
                    case .paragraph:
                        endList()
                        blocks += built.paragraph.map { [$0] } ?? []
                    }
                }
                for box in boxes {
                    endList()
                    blocks += self.blocks(in: box)
                }
            case "tbl":
                endList()
                blocks += table(element).map { [$0] } ?? []
            default:
                break
            }
        }
        endList()
        return blocks
    }

    /// Calls `visit` with each paragraph and table inside `node`, stepping into the containers
    /// around them (content controls, inserted text) and over what holds no text of the document.
    private func walk(_ node: XMLNodeView, _ visit: (XMLNodeView) -> Void) {
        for child in node.children where child.isElement {
            if child.namespace == DOCXReader.markupCompatibility {
                // Word keeps a second, older copy of drawings and text boxes for old readers.
                if child.name != "Fallback" { walk(child, visit) }
                continue
            }
            guard Self.isWordNamespace(child) else {
                walk(child, visit)
                continue
            }
            switch child.name {
            case "p", "tbl": visit(child)
            case "del", "moveFrom", "sdtPr", "altChunk", "sectPr": continue
            default: walk(child, visit)
            }
        }
    }

    /// A table, its first row the header; each cell's paragraphs run on with line breaks.
    private func table(_ node: XMLNodeView) -> Block? {
        var assembly = TableAssembly()
        for row in node.children where isWord(row, "tr") {
            var cells: [InlineBuilder.Built] = []
            for cell in row.children where isWord(cell, "tc") || isWord(cell, "sdt") {
                var builder = InlineBuilder()
                var boxes: [XMLNodeView] = []
                for paragraph in paragraphs(in: cell) {
                    builder.append(.lineBreak)
                    runs(in: paragraph, into: &builder, boxes: &boxes)
                }
                cells.append(builder.finish())
            }
            assembly.add(row: cells)
        }
        return assembly.table()
    }

    /// Every paragraph inside `node`, including those of tables inside it, in reading order.
    private func paragraphs(in node: XMLNodeView) -> [XMLNodeView] {
        var found: [XMLNodeView] = []
        walk(node) { element in
            if element.name == "p" { found.append(element) } else { found += paragraphs(in: element) }
        }
        return found
    }

    /// A paragraph's role, its inlines (nil when it has none) and the text boxes found in it.
    private func paragraph(_ node: XMLNodeView) -> (Role, InlineBuilder.Built?, [XMLNodeView]) {
        var builder = InlineBuilder()
        var boxes: [XMLNodeView] = []
        let role = node.children.first(where: { isWord($0, "pPr") }).map(self.role) ?? .paragraph
        runs(in: node, into: &builder, boxes: &boxes)
        return (role, builder.finish(), boxes)
    }

    /// Heading first (by style or outline level), then list item (by numbering or style).
    private func role(of properties: XMLNodeView) -> Role {
        let ns = properties.namespace
        let style = properties.children.first { isWord($0, "pStyle") }?.attribute("val", in: ns)
        let outline = properties.children.first { isWord($0, "outlineLvl") }?.attribute("val", in: ns).flatMap { Int($0) }
        if let level = style.flatMap(styles.headingLevel) { return .heading(level) }
        if let outline, outline < 9 { return .heading(outline + 1) }
        let numberingProperties = properties.children.first { isWord($0, "numPr") }
        guard numberingProperties.map(Self.isNumbered) ?? style.map(styles.isList) ?? false else { return .paragraph }
        let level = numberingProperties?.children.first { isWord($0, "ilvl") }?.attribute("val", in: ns).flatMap { Int($0) } ?? 0
        let id = numberingProperties?.children.first { isWord($0, "numId") }?.attribute("val", in: ns)
        let numbered = id.flatMap { numbering.isNumbered(id: $0, level: level) } ?? style.map(styles.isNumberedByName) ?? false
        return .listItem(level: min(max(level, 0), 8), numbered: numbered)
    }

    /// Gathers the text of a paragraph's runs, with their emphasis and links, setting aside
    /// text boxes found on the way.
    private func runs(in node: XMLNodeView, into builder: inout InlineBuilder, boxes: inout [XMLNodeView]) {
        for child in node.children where child.isElement {
            if child.namespace == DOCXReader.markupCompatibility {
                if child.name != "Fallback" { runs(in: child, into: &builder, boxes: &boxes) }
                continue
            }
            guard Self.isWordNamespace(child) else {
                runs(in: child, into: &builder, boxes: &boxes)
                continue
            }
            switch child.name {
            case "r": run(child, into: &builder, boxes: &boxes)
            case "t": builder.folded(child.directText)
            case "tab", "ptab": builder.space()
            case "br", "cr": builder.append(.lineBreak)
            case "noBreakHyphen": builder.text("-")
            case "txbxContent": boxes.append(child)
            case "footnoteReference", "endnoteReference":
                if let id = child.attribute("id", in: child.namespace) {
                    builder.append(.footnoteReference((child.name == "footnoteReference" ? "footnote" : "endnote") + id))
                }
            case "hyperlink":
                let id = child.attribute("id", in: DOCXReader.relationships) ?? child.attribute("id", in: DOCXReader.strictRelationships)
                let destination = id.flatMap { links[$0] } ?? child.attribute("anchor", in: child.namespace).map { "#" + $0 }
                let mark = builder.begin()
                runs(in: child, into: &builder, boxes: &boxes)
                if let destination {
                    builder.end(mark) { .link(Link(destination: destination, $0)) }
                }
            // Deleted and moved-away text, field instructions, and properties hold no text of the document.
            case "del", "moveFrom", "delText", "instrText", "delInstrText", "pPr", "rPr", "sdtPr": continue
            default: runs(in: child, into: &builder, boxes: &boxes)
            }
        }
    }

    /// One run: its text, in the emphasis its properties give it.
    private func run(_ node: XMLNodeView, into builder: inout InlineBuilder, boxes: inout [XMLNodeView]) {
        let properties = node.children.first { isWord($0, "rPr") }
        func isOn(_ name: String) -> Bool {
            guard let element = properties?.children.first(where: { isWord($0, name) }) else { return false }
            let value = element.attribute("val", in: element.namespace) ?? "true"
            return !["0", "false", "off", "none"].contains(value)
        }
        let wrappers: [([Inline]) -> Inline] = [
            isOn("b") ? { .strong($0) } : nil,
            isOn("i") ? { .emphasis($0) } : nil,
            isOn("strike") || isOn("dstrike") ? { .strikethrough($0) } : nil,
        ].compactMap { $0 }
        let marks = wrappers.map { _ in builder.begin() }
        runs(in: node, into: &builder, boxes: &boxes)
        for (mark, wrap) in zip(marks, wrappers).reversed() { builder.end(mark, wrap) }
    }

    /// Nests list paragraphs by their level: deeper paragraphs belong to the item before them.
    private static func nest(_ entries: ArraySlice<ListEntry>) -> ListBlock {
        var items: [ListItem] = []
        var index = entries.startIndex
        while index < entries.endIndex {
            let entry = entries[index]
            var end = index + 1
            while end < entries.endIndex && entries[end].level > entry.level { end += 1 }
            var blocks: [Block] = [.paragraph(entry.paragraph)]
            if end > index + 1 { blocks.append(.list(nest(entries[(index + 1)..<end]))) }
            items.append(ListItem(blocks: blocks))
            index = end
        }
        let numbered = entries.first?.numbered ?? false
        return ListBlock(kind: numbered ? .ordered(start: 1) : .bullet, items: items)
    }
}
