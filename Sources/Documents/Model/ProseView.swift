/// The words of one paragraph, heading, list item or table cell, as a reader reads them, with
/// where each piece came from, so a finding can point into the user's file.
///
/// Code, web addresses and markup are left out: only prose is checked for plain language.
public struct ProseBlock: Sendable, Equatable {
    /// A piece of the block's text and the place in the file where it starts.
    public struct Segment: Sendable, Equatable {
        /// The text, with no line breaks inside it.
        public var text: String
        /// The line and column of the first character, for text formats.
        public var position: SourcePosition?
        /// Whether this piece runs straight on from the one before (as `care ` and `package` in
        /// `care *package*`) rather than after a break.
        public var continuesPrevious: Bool

        /// Creates a piece of text that comes after a break unless `continuesPrevious` is true.
        public init(text: String, position: SourcePosition? = nil, continuesPrevious: Bool = false) {
            self.text = text
            self.position = position
            self.continuesPrevious = continuesPrevious
        }
    }

    /// What kind of block the words come from; a heading or table cell is not a sentence.
    public enum Kind: String, Sendable, Equatable {
        /// A paragraph or a footnote's text: running text, whose sentences readability measures.
        case paragraph
        /// A heading, or an agenda item's title: not a sentence, so readability leaves it out.
        case heading
        /// The text of a list item: running text.
        case listItem
        /// One cell of a table: not a sentence, so readability leaves it out.
        case tableCell
        /// Quoted text: running text.
        case quote
        /// A title, such as an agenda's: not a sentence, so readability leaves it out.
        case title
    }

    /// What the words come from, which decides whether readability measures their sentences.
    public var kind: Kind
    /// The pieces, in reading order; a line break separates them unless a piece continues the previous one.
    public var segments: [Segment]
    /// The block's number among the blocks with words, counted from 1, for files that have no lines.
    public var paragraph: Int

    /// Creates a block; `paragraph` is its number among the blocks with words, from 1.
    public init(kind: Kind, segments: [Segment], paragraph: Int) {
        self.kind = kind
        self.segments = segments
        self.paragraph = paragraph
    }

    /// The whole text: the pieces, with a line break before each that does not continue the previous one.
    public var text: String {
        String(decoding: ProsePlaces(self).utf8, as: UTF8.self)
    }

    /// The position of the character that starts at UTF-8 byte `offset` of `text`, when the
    /// block came from a file with lines. To find many, use one `ProsePlaces`.
    public func position(ofByte offset: Int) -> SourcePosition? {
        var places = ProsePlaces(self)
        return places.position(ofByte: offset)
    }
}

/// The prose of a whole file, block by block: the view of a `Document` the wording check reads.
public struct ProseView: Sendable, Equatable {
    /// The file, as the user named it.
    public var file: String
    /// The blocks with words, in reading order.
    public var blocks: [ProseBlock]
    /// Terms the author allowed in the file itself, such as `<!-- roundtable: allow ICB -->` in Markdown.
    public var allowed: [String]

    /// Creates the prose of something that is not a `Document`, such as the titles and
    /// descriptions in an agenda file.
    public init(file: String, blocks: [ProseBlock], allowed: [String] = []) {
        self.file = file
        self.blocks = blocks
        self.allowed = allowed
    }

    /// The prose of `document`, read from `file`: every paragraph, heading, list item, quote,
    /// table cell and footnote with words in it, in reading order. Code, pictures, bare web
    /// addresses and charts are left out.
    public init(_ document: Document, file: String) {
        // A long document is gathered in parts side by side, then its blocks are numbered in order.
        let blocks = document.blocks
        var gathered = SideBySide.joined(SideBySide.map(SideBySide.parts(of: blocks.count, size: 1_024)) { part in
            var walk = ProseWalk()
            walk.blocks(blocks[part], kind: .paragraph)
            return walk.blocks
        })
        for index in gathered.indices { gathered[index].paragraph = index + 1 }
        self.init(file: file, blocks: gathered, allowed: document.metadata.allowedTerms)
    }
}

/// Walks a document's blocks, gathering the text of each into a `ProseBlock` with the places
/// its `SourceMap` records.
private struct ProseWalk {
    var blocks: [ProseBlock] = []
    private var segments: [ProseBlock.Segment] = []
    /// Whether the next text continues the last segment (no break between them).
    private var joinNext = false
    /// The number of `Inline.text` pieces met so far in the block being read, for its source map.
    private var textIndex = 0
    /// The anchors of the block being read, in the order of the texts they are in, and the first
    /// not yet used: a paragraph of many lines is read in one pass.
    private var anchors: [SourceMap.Anchor] = []
    private var nextAnchor = 0

    /// Starts reading a block whose places `source` records.
    private mutating func start(_ source: SourceMap) {
        textIndex = 0
        nextAnchor = 0
        anchors = source.anchors
        if zip(anchors, anchors.dropFirst()).contains(where: { $0.text > $1.text }) {
            anchors = anchors.enumerated().sorted { ($0.element.text, $0.offset) < ($1.element.text, $1.offset) }.map(\.element)
        }
    }

    /// The anchors in text number `textIndex`, in the order the source map gives them.
    private mutating func anchorsOfText() -> ArraySlice<SourceMap.Anchor> {
        while nextAnchor < anchors.count, anchors[nextAnchor].text < textIndex { nextAnchor += 1 }
        let first = nextAnchor
        while nextAnchor < anchors.count, anchors[nextAnchor].text == textIndex { nextAnchor += 1 }
        return anchors[first..<nextAnchor]
    }

    mutating func blocks(_ blocks: some Collection<Block>, kind: ProseBlock.Kind) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                start(paragraph.source)
                collect(paragraph.inlines, kind: kind)
            case .heading(let heading):
                start(heading.source)
                collect(heading.inlines, kind: .heading)
            case .list(let list):
                for item in list.items { self.blocks(item.blocks, kind: .listItem) }
            case .blockQuote(let quote):
                self.blocks(quote.blocks, kind: .quote)
            case .table(let table):
                start(table.source)
                for cell in table.header + table.rows.joined() { collect(cell, kind: .tableCell) }
            case .footnoteDefinition(let definition):
                self.blocks(definition.blocks, kind: .paragraph)
            case .codeBlock, .thematicBreak, .pageBreak, .barChart:
                continue
            }
        }
    }

    private mutating func collect(_ inlines: [Inline], kind: ProseBlock.Kind) {
        segments = []
        joinNext = false
        self.inlines(inlines)
        if !segments.isEmpty {
            blocks.append(ProseBlock(kind: kind, segments: segments, paragraph: blocks.count + 1))
        }
    }

    private mutating func inlines(_ inlines: [Inline], skipping: Bool = false) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                let anchors = anchorsOfText()
                if !skipping { append(text, anchors: anchors) }
                textIndex += 1
            case .emphasis(let children), .strong(let children), .strikethrough(let children):
                self.inlines(children, skipping: skipping)
            case .link(let link):
                // A bare address (autolink) is not prose, but its text still counts in the source map.
                let text = link.inlines.plainText
                let bare = link.destination == text || link.destination == "mailto:" + text || link.destination == "http://" + text
                if bare { joinNext = false }
                self.inlines(link.inlines, skipping: skipping || bare)
            case .code, .image, .lineBreak, .softBreak:
                // A line break, or something that is not prose: the next text starts a new piece.
                joinNext = false
            case .footnoteReference:
                continue
            }
        }
    }

    /// Adds `text`, one piece per anchor, each starting where its anchor says.
    private mutating func append(_ text: String, anchors: ArraySlice<SourceMap.Anchor>) {
        if anchors.count <= 1, anchors.first.map({ $0.offset <= 0 }) ?? true {
            // The usual case, a text with at most one place, at its start: one piece, the text itself.
            if !text.isEmpty { add(text, position: anchors.first?.position) }
            return
        }
        let utf8 = Array(text.utf8)
        var starts: [(offset: Int, position: SourcePosition?)] = anchors.map { (min(max($0.offset, 0), utf8.count), $0.position) }
        if starts.first.map({ $0.offset > 0 }) ?? true { starts.insert((0, nil), at: 0) }
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1].offset : utf8.count
            guard end > start.offset else { continue }
            add(String(decoding: utf8[start.offset..<end], as: UTF8.self), position: start.position)
        }
    }

    /// Adds one piece of text that starts at `position`.
    private mutating func add(_ piece: String, position: SourcePosition?) {
        if position == nil, joinNext, !segments.isEmpty {
            // Text with no place of its own (a space between runs, or a file with no lines) runs on.
            segments[segments.count - 1].text += piece
        } else {
            segments.append(.init(text: piece, position: position, continuesPrevious: joinNext && !segments.isEmpty))
        }
        joinNext = true
    }
}
