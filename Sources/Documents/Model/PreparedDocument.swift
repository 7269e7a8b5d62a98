import Foundation

/// A document arranged for publishing, the form every writer starts from, so all formats agree.
///
/// - The title comes from the metadata, else from a first-level heading at the very top (which
///   then leaves the body, as it does when it repeats the title), else a neutral "Notes".
/// - Headings with no words are left out.
/// - Headings in the body start at level 2, under the title, and never skip a level, so screen
///   reader users can move through them in order.
/// - Footnotes are numbered once, in the order they are first referred to.
/// - When asked for, the contents list and the anchors of the headings it links to are worked out
///   once, so every format lists and links the same headings.
package struct PreparedDocument: Sendable {
    /// The title shown at the top and stored in the document properties.
    package let title: String
    /// The metadata, with the title filled in.
    package let metadata: Metadata
    /// The body with headings levelled; footnote definitions stay where the reader put them.
    package let blocks: [Block]
    /// The footnotes and their numbers.
    package let footnotes: FootnoteIndex
    /// The lines under the title, the same in every format.
    package let titleBlock: TitleBlock
    /// The layout to give it.
    package let layout: WriterOptions.Layout
    /// The organisation's look.
    package let style: HouseStyle
    /// The contents list to write after the title block, or nil when none was asked for or the
    /// document has fewer than two headings to list.
    package let contents: Contents?

    /// Arranges `document` for publishing with `options`: a document that names no organisation
    /// takes the house style's, and a contents list is made when `options.contents` is true.
    package init(_ document: Document, options: WriterOptions = .standard) {
        var metadata = document.metadata
        if metadata.organisation?.isEmpty ?? true, let organisation = options.style.organisation {
            metadata.organisation = organisation
        }
        var blocks = document.blocks.filter { block in
            // A heading without words gives screen reader users an empty stop.
            if case .heading(let heading) = block { return !heading.inlines.plainText.allSatisfy(\.isWhitespace) }
            return true
        }
        if case .heading(let heading)? = blocks.first, heading.level == 1 {
            let text = heading.inlines.plainText.trimmingCharacters(in: .whitespaces)
            if metadata.title?.isEmpty ?? true {
                metadata.title = text
                blocks.removeFirst()
            } else if metadata.title?.trimmingCharacters(in: .whitespaces).lowercased() == text.lowercased() {
                // The notes repeat their title as a first heading: show it once.
                blocks.removeFirst()
            }
        }
        let title = (metadata.title?.isEmpty ?? true) ? "Notes" : metadata.title ?? "Notes"
        metadata.title = title
        self.title = title
        self.metadata = metadata
        var levels = HeadingLeveller()
        self.blocks = levels.level(blocks) ?? blocks
        self.contents = options.contents ? Contents(self.blocks) : nil
        self.footnotes = FootnoteIndex(document)
        self.layout = options.layout
        self.style = options.style
        self.titleBlock = TitleBlock(self.metadata)
    }
}

/// Moves body headings under the title (level 2 and below) and closes gaps such as 2 → 4.
///
/// Only what changes is rebuilt: blocks with no heading to move are shared with the document, not copied.
private struct HeadingLeveller {
    /// The level of the previous heading written, 1 standing for the title.
    private var previous = 1

    /// `blocks` with their headings levelled, or nil when none changes.
    mutating func level(_ blocks: [Block]) -> [Block]? {
        var result = blocks
        var changed = false
        for index in blocks.indices {
            guard let block = level(blocks[index]) else { continue }
            result[index] = block
            changed = true
        }
        return changed ? result : nil
    }

    /// `block` with its headings levelled, or nil when none changes.
    private mutating func level(_ block: Block) -> Block? {
        switch block {
        case .heading(var heading):
            let level = min(max(heading.level, 2), previous + 1, 6)
            previous = level
            guard level != heading.level else { return nil }
            heading.level = level
            return .heading(heading)
        case .blockQuote(var quote):
            guard let blocks = level(quote.blocks) else { return nil }
            quote.blocks = blocks
            return .blockQuote(quote)
        case .list(var list):
            var changed = false
            for index in list.items.indices {
                guard let blocks = level(list.items[index].blocks) else { continue }
                list.items[index].blocks = blocks
                changed = true
            }
            return changed ? .list(list) : nil
        case .footnoteDefinition(var definition):
            guard let blocks = level(definition.blocks) else { return nil }
            definition.blocks = blocks
            return .footnoteDefinition(definition)
        case .paragraph, .codeBlock, .table, .thematicBreak, .pageBreak, .barChart:
            return nil
        }
    }
}
