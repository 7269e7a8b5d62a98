/// A block of the body. Writers switch over it exhaustively, so a new kind of block reaches every writer.
public enum Block: Sendable, Equatable {
    case paragraph(Paragraph)
    case heading(Heading)
    case list(ListBlock)
    case blockQuote(BlockQuote)
    case codeBlock(CodeBlock)
    case table(Table)
    case thematicBreak(SourcePosition?)
    case footnoteDefinition(FootnoteDefinition)
    /// A chart of shares, for reports.
    case barChart(BarChart)
}

/// A paragraph of running text.
public struct Paragraph: Sendable, Equatable {
    public var inlines: [Inline]
    public var position: SourcePosition?
    /// Where its words were found in the file.
    public var source: SourceMap

    public init(_ inlines: [Inline], position: SourcePosition? = nil, source: SourceMap = SourceMap()) {
        self.inlines = inlines
        self.position = position
        self.source = source
    }
}

/// A section heading, level 1 (the document title level) to 6.
public struct Heading: Sendable, Equatable {
    public var level: Int
    public var inlines: [Inline]
    public var position: SourcePosition?
    /// Where its words were found in the file.
    public var source: SourceMap

    /// Creates a heading; levels outside 1…6 are clamped into that range.
    public init(level: Int, _ inlines: [Inline], position: SourcePosition? = nil, source: SourceMap = SourceMap()) {
        self.level = min(max(level, 1), 6)
        self.inlines = inlines
        self.position = position
        self.source = source
    }
}

/// A bulleted or numbered list; its items may hold further lists.
public struct ListBlock: Sendable, Equatable {
    /// Whether items are marked with bullets or with numbers.
    public enum Kind: Sendable, Equatable {
        case bullet
        /// Numbered from `start`.
        case ordered(start: Int)
    }

    public var kind: Kind
    /// A tight list has no blank lines between items; writers use less space between them.
    public var isTight: Bool
    public var items: [ListItem]
    public var position: SourcePosition?

    public init(kind: Kind, isTight: Bool = true, items: [ListItem], position: SourcePosition? = nil) {
        self.kind = kind
        self.isTight = isTight
        self.items = items
        self.position = position
    }
}

/// One item of a list: blocks, and a tick box when the item is a task.
public struct ListItem: Sendable, Equatable {
    /// The tick box of a task list item.
    public enum Task: Sendable, Equatable {
        case open
        case done
    }

    public var task: Task?
    public var blocks: [Block]
    /// Where the item's marker is in the file.
    public var position: SourcePosition?

    public init(task: Task? = nil, blocks: [Block], position: SourcePosition? = nil) {
        self.task = task
        self.blocks = blocks
        self.position = position
    }
}

/// Quoted text, such as something a participant said.
public struct BlockQuote: Sendable, Equatable {
    public var blocks: [Block]
    public var position: SourcePosition?

    public init(_ blocks: [Block], position: SourcePosition? = nil) {
        self.blocks = blocks
        self.position = position
    }
}

/// Text shown exactly as written, in a fixed-width font.
public struct CodeBlock: Sendable, Equatable {
    /// The language named after the opening fence, if any.
    public var language: String?
    /// The text, without a final line break.
    public var text: String
    public var position: SourcePosition?

    public init(language: String? = nil, text: String, position: SourcePosition? = nil) {
        self.language = language
        self.text = text
        self.position = position
    }
}

/// A table with one header row.
public struct Table: Sendable, Equatable {
    /// How the text of a column lines up.
    public enum Alignment: Sendable, Equatable {
        case none, left, center, right
    }

    /// One alignment per column.
    public var alignments: [Alignment]
    /// The header row: one cell per column.
    public var header: [[Inline]]
    /// The body rows; each row has one cell per column.
    public var rows: [[[Inline]]]
    public var position: SourcePosition?
    /// Where the words of its cells were found in the file.
    public var source: SourceMap

    /// Creates a table; rows shorter than the header are padded with empty cells and longer ones cut.
    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]], position: SourcePosition? = nil,
                source: SourceMap = SourceMap()) {
        let width = header.count
        self.alignments = Array((alignments + Array(repeating: .none, count: width)).prefix(width))
        self.header = header
        self.rows = rows.map { row in Array((row + Array(repeating: [], count: width)).prefix(width)) }
        self.position = position
        self.source = source
    }

    /// The number of columns.
    public var columnCount: Int { header.count }
}

/// The text of a footnote, referred to from the body by its label.
public struct FootnoteDefinition: Sendable, Equatable {
    public var label: String
    public var blocks: [Block]
    public var position: SourcePosition?

    public init(label: String, blocks: [Block], position: SourcePosition? = nil) {
        self.label = label
        self.blocks = blocks
        self.position = position
    }
}
