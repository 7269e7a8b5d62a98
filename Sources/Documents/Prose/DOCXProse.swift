import CLibXML2
import Foundation

/// Reads the prose of a Word document: the body (`word/document.xml`), then its footnotes and
/// endnotes, each paragraph one block.
///
/// Deleted text (tracked changes), field codes and the fallback copies of text boxes are left
/// out; a text box's paragraphs follow the paragraph that holds it.
enum DOCXProse {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// The same vocabulary in "Strict Open XML", which Word can also save.
    static let strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    static func read(_ package: SafeZip, file: String) throws(ReadError) -> Prose {
        guard let body = try package.read("word/document.xml") else {
            throw OfficeProse.Format.docx.notThisFormat(
                file: file, reason: "the part that holds its text (word/document.xml) is missing")
        }
        var styles = DOCXStyleSheet()
        if let data = try package.read("word/styles.xml") {
            styles = try parse(data, part: "word/styles.xml", file: file) { DOCXStyleSheet(root: $0) }
        }
        var walker = DOCXWalker(styles: styles)
        try parse(body, part: "word/document.xml", file: file) { walker.blocks(in: $0, inCell: false) }
        for (part, note) in [("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")] {
            guard let data = try package.read(part) else { continue }
            try parse(data, part: part, file: file) { root in
                for element in root.children where walker.isWord(element, note) {
                    // Separators are the lines Word draws above the notes, not notes.
                    let type = element.attribute("type", in: element.namespace) ?? "normal"
                    if type == "normal" { walker.blocks(in: element, inCell: false) }
                }
            }
        }
        return Prose(file: file, blocks: walker.list.blocks, hasLines: false)
    }

    /// Parses one XML part and hands its root element to `body`.
    private static func parse<Result>(_ data: Data, part: String, file: String,
                                      _ body: (XMLNodeView) -> Result) throws(ReadError) -> Result {
        let result: Result?
        do {
            result = try SafeXML.withXML(data) { document in XMLNodeView.root(of: document).map(body) }
        } catch {
            throw OfficeProse.Format.docx.damaged(file: file, part: part, failure: error)
        }
        guard let result else {
            throw OfficeProse.Format.docx.damaged(file: file, part: part, failure: SafeXML.Failure())
        }
        return result
    }
}

/// What the paragraph styles of `word/styles.xml` mean for prose: which are headings and which
/// are list items (python-docx's "List Bullet", for one, numbers its paragraphs through the style).
struct DOCXStyleSheet {
    private var headings: Set<String> = []
    private var lists: Set<String> = []

    init() {}

    init(root: XMLNodeView) {
        struct Style { var basedOn: String?; var outline: Bool?; var numbered: Bool?; var named: Bool }
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
                outline: outline.map { (Int($0) ?? 9) < 9 },
                numbered: numbering.map(DOCXWalker.isNumbered),
                named: name == "title" || name.hasPrefix("heading "))
        }
        // Outline levels and numbering are inherited through `basedOn`; follow a few steps only,
        // so a loop in a damaged file cannot hang us.
        func inherited(_ id: String, _ property: (Style) -> Bool?) -> Bool {
            var current: String? = id
            for _ in 0..<10 {
                guard let key = current, let style = styles[key] else { return false }
                if let value = property(style) { return value }
                current = style.basedOn
            }
            return false
        }
        for (id, style) in styles {
            if style.named || inherited(id, \.outline) { headings.insert(id) }
            if inherited(id, \.numbered) { lists.insert(id) }
        }
    }

    /// Whether paragraphs in the style `id` are headings; without styles.xml, Word's own ids say so.
    func isHeading(_ id: String) -> Bool {
        headings.contains(id) || id == "Title" || id.hasPrefix("Heading")
    }

    /// Whether paragraphs in the style `id` are numbered or bulleted.
    func isList(_ id: String) -> Bool { lists.contains(id) }
}

/// Walks WordprocessingML, turning each `w:p` into a block.
private struct DOCXWalker {
    let styles: DOCXStyleSheet
    var list = ProseBlockList()

    init(styles: DOCXStyleSheet) { self.styles = styles }

    /// Whether `node` is the WordprocessingML element `name`.
    func isWord(_ node: XMLNodeView, _ name: String) -> Bool {
        node.isElement && node.name == name && (node.namespace == DOCXProse.main || node.namespace == DOCXProse.strict)
    }

    /// Whether a `w:numPr` turns numbering on: `w:numId` 0 turns it off.
    static func isNumbered(_ numbering: XMLNodeView) -> Bool {
        let id = numbering.children.first { $0.isElement && $0.name == "numId" }?.attribute("val", in: numbering.namespace)
        return id != "0"
    }

    /// Adds the paragraphs inside `node` (the body, a table, a text box, a note) as blocks.
    mutating func blocks(in node: XMLNodeView, inCell: Bool) {
        for child in node.children where child.isElement {
            if child.namespace == DOCXProse.markupCompatibility {
                // Word keeps a second, older copy of drawings and text boxes for old readers.
                if child.name != "Fallback" { blocks(in: child, inCell: inCell) }
                continue
            }
            guard child.namespace == DOCXProse.main || child.namespace == DOCXProse.strict else {
                blocks(in: child, inCell: inCell)
                continue
            }
            switch child.name {
            case "p": paragraph(child, inCell: inCell)
            case "tc": blocks(in: child, inCell: true)
            case "del", "moveFrom", "sdtPr", "altChunk": continue
            default: blocks(in: child, inCell: inCell)
            }
        }
    }

    private mutating func paragraph(_ node: XMLNodeView, inCell: Bool) {
        var lines = OfficeLines()
        var boxes: [XMLNodeView] = []
        var kind: ProseBlock.Kind = inCell ? .tableCell : .paragraph
        if let properties = node.children.first(where: { isWord($0, "pPr") }) {
            kind = self.kind(of: properties, inCell: inCell)
        }
        runs(in: node, into: &lines, boxes: &boxes)
        list.add(kind, lines.segments)
        for box in boxes { blocks(in: box, inCell: false) }
    }

    /// Heading first (by style or outline level), then table cell, then list item.
    private func kind(of properties: XMLNodeView, inCell: Bool) -> ProseBlock.Kind {
        let ns = properties.namespace
        let style = properties.children.first { isWord($0, "pStyle") }?.attribute("val", in: ns)
        let outline = properties.children.first { isWord($0, "outlineLvl") }?.attribute("val", in: ns).flatMap { Int($0) }
        if style.map(styles.isHeading) == true || (outline ?? 9) < 9 { return .heading }
        if inCell { return .tableCell }
        let numbering = properties.children.first { isWord($0, "numPr") }
        let numbered = numbering.map(Self.isNumbered) ?? style.map(styles.isList) ?? false
        return numbered ? .listItem : .paragraph
    }

    /// Gathers the text of a paragraph's runs, setting aside text boxes found on the way.
    private func runs(in node: XMLNodeView, into lines: inout OfficeLines, boxes: inout [XMLNodeView]) {
        for child in node.children where child.isElement {
            if child.namespace == DOCXProse.markupCompatibility {
                if child.name != "Fallback" { runs(in: child, into: &lines, boxes: &boxes) }
                continue
            }
            guard child.namespace == DOCXProse.main || child.namespace == DOCXProse.strict else {
                runs(in: child, into: &lines, boxes: &boxes)
                continue
            }
            switch child.name {
            case "t": lines.append(child.directText)
            case "tab", "ptab": lines.append(" ")
            case "br", "cr": lines.breakLine()
            case "noBreakHyphen": lines.append("-")
            case "txbxContent": boxes.append(child)
            // Deleted and moved-away text, field instructions, and properties hold no prose.
            case "del", "moveFrom", "delText", "instrText", "delInstrText", "pPr", "rPr", "sdtPr": continue
            default: runs(in: child, into: &lines, boxes: &boxes)
            }
        }
    }
}
