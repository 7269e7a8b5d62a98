import CLibXML2
import Foundation

/// Reads the prose of an OpenDocument text: `content.xml` in an .odt package, or the single
/// XML file of a flat .fodt. Each heading and paragraph is one block.
///
/// A footnote's or endnote's text becomes its own blocks, after the paragraph that holds it,
/// so it is never read as part of that paragraph's sentence. Note numbers, comments, tracked
/// deletions and generated indexes (tables of contents) are left out.
enum ODFProse {
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let drawing = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"

    static func read(package: SafeZip, file: String) throws(ReadError) -> Prose {
        guard let content = try package.read("content.xml") else {
            throw OfficeProse.Format.odt.notThisFormat(
                file: file, reason: "the part that holds its text (content.xml) is missing")
        }
        return try read(content, format: .odt, part: "content.xml", file: file)
    }

    static func read(flat data: Data, file: String) throws(ReadError) -> Prose {
        guard data.count <= OfficeProse.maximumFileSize else {
            throw ReadError(file: file,
                            problem: "This file is larger than \(OfficeProse.maximumFileSize / (1024 * 1024)) MB, more than Roundtable reads.",
                            advice: "Check that it is the right file, or split it into smaller documents.")
        }
        return try read(data, format: .fodt, part: nil, file: file)
    }

    private static func read(_ data: Data, format: OfficeProse.Format, part: String?, file: String) throws(ReadError) -> Prose {
        let blocks: [ProseBlock]?
        do {
            blocks = try SafeXML.withXML(data) { document -> [ProseBlock]? in
                guard let root = XMLNodeView.root(of: document), root.namespace == office else { return nil }
                var walker = ODFWalker()
                for child in root.children where child.isElement("body", in: office) {
                    walker.blocks(in: child, kind: .paragraph)
                }
                return walker.list.blocks
            }
        } catch {
            throw format.damaged(file: file, part: part, failure: error)
        }
        guard let blocks else {
            throw format.notThisFormat(file: file, reason: "its text is not in the OpenDocument form")
        }
        return Prose(file: file, blocks: blocks, hasLines: false)
    }
}

/// Walks OpenDocument text, turning each `text:p` and `text:h` into a block.
private struct ODFWalker {
    var list = ProseBlockList()

    /// Elements whose content is never prose of the document: comments, the record of tracked
    /// changes (which holds deleted text), and indexes generated from the headings.
    private static let skipped: Set<String> = [
        "tracked-changes", "table-of-content", "illustration-index", "table-index", "object-index",
        "user-index", "alphabetical-index", "bibliography", "sequence-decls", "variable-decls",
        "user-field-decls", "note-citation",
    ]

    /// Adds the paragraphs inside `node` as blocks; `kind` is what a plain paragraph here is.
    mutating func blocks(in node: XMLNodeView, kind: ProseBlock.Kind) {
        for child in node.children where child.isElement {
            switch (child.namespace, child.name) {
            case (ODFProse.text, "h"): paragraph(child, kind: .heading)
            case (ODFProse.text, "p"): paragraph(child, kind: kind)
            case (ODFProse.text, "list-item"), (ODFProse.text, "list-header"): blocks(in: child, kind: .listItem)
            case (ODFProse.table, "table-cell"), (ODFProse.table, "covered-table-cell"): blocks(in: child, kind: .tableCell)
            case (ODFProse.office, "annotation"), (ODFProse.office, "annotation-end"), (ODFProse.office, "forms"): continue
            case (ODFProse.text, let name) where Self.skipped.contains(name): continue
            default: blocks(in: child, kind: kind)
            }
        }
    }

    private mutating func paragraph(_ node: XMLNodeView, kind: ProseBlock.Kind) {
        var lines = OfficeLines()
        var asides: [XMLNodeView] = []
        inline(node, into: &lines, asides: &asides)
        list.add(kind, lines.segments)
        // Notes, and text boxes anchored in the paragraph, follow it as blocks of their own.
        for aside in asides { blocks(in: aside, kind: .paragraph) }
    }

    /// Gathers the text of a paragraph, setting aside notes and drawings met on the way.
    private func inline(_ node: XMLNodeView, into lines: inout OfficeLines, asides: inout [XMLNodeView]) {
        for child in node.children {
            if child.isText {
                append(child.content, to: &lines)
                continue
            }
            guard child.isElement else { continue }
            switch (child.namespace, child.name) {
            case (ODFProse.text, "s"):
                let count = child.attribute("c", in: ODFProse.text).flatMap { Int($0) } ?? 1
                lines.append(String(repeating: " ", count: min(max(count, 1), 100)))
            case (ODFProse.text, "tab"): lines.append(" ")
            case (ODFProse.text, "line-break"): lines.breakLine()
            case (ODFProse.text, "note"):
                if let body = child.child("note-body", in: ODFProse.text) { asides.append(body) }
            case (ODFProse.text, let name) where Self.skipped.contains(name): continue
            case (ODFProse.text, _): inline(child, into: &lines, asides: &asides)
            case (ODFProse.drawing, _): asides.append(child)
            default: continue
            }
        }
    }

    /// Adds text as ODF shows it: tabs and line ends are spaces, and runs of spaces count as one.
    private func append(_ raw: String, to lines: inout OfficeLines) {
        var folded = ""
        var atSpace = lines.atSpace
        for character in raw {
            if character == " " || character == "\t" || character == "\n" || character == "\r" || character == "\r\n" {
                if !atSpace { folded.append(" ") }
                atSpace = true
            } else {
                folded.append(character)
                atSpace = false
            }
        }
        lines.append(folded)
    }
}
