/// What a piece of text in a document is, for transformations that treat them differently.
public enum TextKind: Sendable, Equatable {
    /// Words a reader reads: paragraphs, headings, cells, captions, link text, picture descriptions.
    case prose
    /// Text shown exactly as written (code).
    case code
    /// A link or picture address.
    case address
    /// A document property: title, subtitle, organisation, authors, summary, keywords.
    case property
}

extension Document {
    /// The document with every piece of text passed through `transform`, in reading order
    /// (properties first, then the body), so a transformation can remember what it has seen.
    public func mappingText(_ transform: (String, TextKind) -> String) -> Document {
        var result = self
        var metadata = self.metadata
        metadata.title = metadata.title.map { transform($0, .property) }
        metadata.subtitle = metadata.subtitle.map { transform($0, .property) }
        metadata.organisation = metadata.organisation.map { transform($0, .property) }
        metadata.authors = metadata.authors.map { transform($0, .property) }
        metadata.summary = metadata.summary.map { transform($0, .property) }
        metadata.keywords = metadata.keywords.map { transform($0, .property) }
        result.metadata = metadata
        result.blocks = withoutActuallyEscaping(transform) { transform in
            TextMapper(transform: transform, picture: { $0 }).blocks(blocks)
        }
        return result
    }

    /// The document with every picture, wherever it is (in a paragraph, a heading, a cell, a link
    /// or a note), passed through `transform`, in reading order.
    public func mappingPictures(_ transform: (Image) -> Image) -> Document {
        var result = self
        withoutActuallyEscaping(transform) { transform in
            let mapper = TextMapper(transform: { text, _ in text }, picture: transform)
            // Only blocks that hold a picture are rebuilt; the rest stay shared, not copied.
            for index in blocks.indices where Self.holdsPicture(blocks[index]) {
                result.blocks[index] = mapper.block(blocks[index])
            }
        }
        return result
    }

    /// Whether `block` holds a picture anywhere inside it.
    private static func holdsPicture(_ block: Block) -> Bool {
        switch block {
        case .paragraph(let paragraph): holdsPicture(paragraph.inlines)
        case .heading(let heading): holdsPicture(heading.inlines)
        case .list(let list): list.items.contains { $0.blocks.contains(where: holdsPicture) }
        case .blockQuote(let quote): quote.blocks.contains(where: holdsPicture)
        case .table(let table): table.header.contains(where: holdsPicture) || table.rows.contains { $0.contains(where: holdsPicture) }
        case .footnoteDefinition(let definition): definition.blocks.contains(where: holdsPicture)
        case .codeBlock, .thematicBreak, .pageBreak, .barChart: false
        }
    }

    private static func holdsPicture(_ inlines: [Inline]) -> Bool {
        inlines.contains { inline in
            switch inline {
            case .image: true
            case .emphasis(let children), .strong(let children), .strikethrough(let children): holdsPicture(children)
            case .link(let link): holdsPicture(link.inlines)
            case .text, .code, .lineBreak, .softBreak, .footnoteReference: false
            }
        }
    }
}

/// Walks the blocks and inlines of a document, rebuilding them with transformed text and pictures.
private struct TextMapper {
    let transform: (String, TextKind) -> String
    let picture: (Image) -> Image

    func blocks(_ blocks: [Block]) -> [Block] { blocks.map(block) }

    func block(_ block: Block) -> Block {
        switch block {
        case .paragraph(var paragraph):
            paragraph.inlines = inlines(paragraph.inlines)
            return .paragraph(paragraph)
        case .heading(var heading):
            heading.inlines = inlines(heading.inlines)
            return .heading(heading)
        case .list(var list):
            list.items = list.items.map { item in
                var item = item
                item.blocks = blocks(item.blocks)
                return item
            }
            return .list(list)
        case .blockQuote(var quote):
            quote.blocks = blocks(quote.blocks)
            return .blockQuote(quote)
        case .codeBlock(var code):
            code.text = transform(code.text, .code)
            return .codeBlock(code)
        case .table(var table):
            table.header = table.header.map(inlines)
            table.rows = table.rows.map { $0.map(inlines) }
            return .table(table)
        case .thematicBreak, .pageBreak:
            return block
        case .footnoteDefinition(var definition):
            definition.blocks = blocks(definition.blocks)
            return .footnoteDefinition(definition)
        case .barChart(var chart):
            chart.caption = transform(chart.caption, .prose)
            chart.labelHeading = transform(chart.labelHeading, .prose)
            chart.valueHeading = transform(chart.valueHeading, .prose)
            chart.bars = chart.bars.map { bar in
                var bar = bar
                bar.label = transform(bar.label, .prose)
                bar.value = transform(bar.value, .prose)
                return bar
            }
            return .barChart(chart)
        }
    }

    func inlines(_ inlines: [Inline]) -> [Inline] { inlines.map(inline) }

    func inline(_ inline: Inline) -> Inline {
        switch inline {
        case .text(let text): return .text(transform(text, .prose))
        case .emphasis(let children): return .emphasis(inlines(children))
        case .strong(let children): return .strong(inlines(children))
        case .strikethrough(let children): return .strikethrough(inlines(children))
        case .code(let code): return .code(transform(code, .code))
        case .link(var link):
            link.destination = transform(link.destination, .address)
            link.title = link.title.map { transform($0, .prose) }
            link.inlines = inlines(link.inlines)
            return .link(link)
        case .image(var image):
            image.source = transform(image.source, .address)
            image.title = image.title.map { transform($0, .prose) }
            image.alternative = transform(image.alternative, .prose)
            return .image(picture(image))
        case .lineBreak, .softBreak, .footnoteReference:
            return inline
        }
    }
}
