/// Walks blocks in reading order, reporting every footnote reference and definition, for the
/// footnote numbering (`FootnoteIndex`) and the writers that plan notes (`DOCXFootnotePlan`).
struct FootnoteWalk {
    /// Whether to look for references inside footnote definitions too.
    let entersDefinitions: Bool
    let reference: (String) -> Void
    let definition: (FootnoteDefinition) -> Void

    func visit(_ blocks: [Block]) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): visit(paragraph.inlines)
            case .heading(let heading): visit(heading.inlines)
            case .list(let list): for item in list.items { visit(item.blocks) }
            case .blockQuote(let quote): visit(quote.blocks)
            case .codeBlock, .thematicBreak, .pageBreak, .barChart: break
            case .table(let table):
                for cell in table.header { visit(cell) }
                for row in table.rows { for cell in row { visit(cell) } }
            case .footnoteDefinition(let note):
                definition(note)
                if entersDefinitions { visit(note.blocks) }
            }
        }
    }

    func visit(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .footnoteReference(let label): reference(label)
            case .emphasis(let children), .strong(let children), .strikethrough(let children): visit(children)
            case .link(let link): visit(link.inlines)
            case .text, .code, .image, .lineBreak, .softBreak: break
            }
        }
    }
}
