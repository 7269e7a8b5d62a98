/// A block of the body. Writers switch over it exhaustively, so a new kind of block reaches every writer.
public enum Block: Sendable, Equatable {
    /// Running text. Readers leave out paragraphs with nothing in them.
    case paragraph(Paragraph)
    /// A section heading: `#` in Markdown, a Title or Heading style in Word, `h1` to `h6` in a web page.
    case heading(Heading)
    /// A bulleted or numbered list; its items may hold further lists.
    case list(ListBlock)
    /// Quoted text, itself made of blocks.
    case blockQuote(BlockQuote)
    /// Text shown exactly as written, such as a command; the wording check skips it.
    case codeBlock(CodeBlock)
    /// A table with one header row; the wording check reads each cell on its own.
    case table(Table)
    /// A line between sections (`---` in Markdown), with where it is in the file when known.
    case thematicBreak(SourcePosition?)
    /// The start of a new page in Word, LibreOffice and PDF files (`<!-- roundtable: new page -->`
    /// in Markdown); web pages, Markdown shown as text and plain text have no pages.
    case pageBreak(SourcePosition?)
    /// The text of a footnote. Where it stands does not matter: writers number the notes in the
    /// order they are referred to.
    case footnoteDefinition(FootnoteDefinition)
    /// A chart of shares, for reports.
    case barChart(BarChart)
}

/// A paragraph of running text.
public struct Paragraph: Sendable, Equatable {
    /// The text, with its formatting and links.
    public var inlines: [Inline]
    /// Where the paragraph starts in a Markdown or plain-text file; nil for other formats and
    /// for paragraphs made rather than read.
    public var position: SourcePosition?
    /// Where its words were found in the file.
    public var source: SourceMap

    /// Creates a paragraph of `inlines`; a paragraph made rather than read needs no position or source map.
    public init(_ inlines: [Inline], position: SourcePosition? = nil, source: SourceMap = SourceMap()) {
        self.inlines = inlines
        self.position = position
        self.source = source
    }
}

/// A section heading, level 1 (the document title level) to 6.
public struct Heading: Sendable, Equatable {
    /// 1 for the document title (Word's Title style), 2 for the main sections, and so on to 6.
    public var level: Int
    /// The words of the heading, with any formatting.
    public var inlines: [Inline]
    /// Where the heading starts in a Markdown file; nil for other formats and for headings made
    /// rather than read.
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
        /// Marked with bullets.
        case bullet
        /// Numbered from `start`.
        case ordered(start: Int)
    }

    /// Bullets, or numbers and the one they start from.
    public var kind: Kind
    /// A tight list has no blank lines between items; writers use less space between them.
    public var isTight: Bool
    /// The items, in order; an item may hold a further list.
    public var items: [ListItem]
    /// Where the list starts in a Markdown file; nil for other formats and for lists made rather
    /// than read.
    public var position: SourcePosition?

    /// Creates a list, tight unless `isTight` is false.
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
        /// Not yet done: an empty box (`- [ ]` in Markdown).
        case open
        /// Done: a ticked box (`- [x]` in Markdown).
        case done
    }

    /// The tick box, or nil when the item is not a task.
    public var task: Task?
    /// What the item says: paragraphs, and any lists inside it.
    public var blocks: [Block]
    /// Where the item's marker is in the file.
    public var position: SourcePosition?

    /// Creates an item; with no `task` it has no tick box.
    public init(task: Task? = nil, blocks: [Block], position: SourcePosition? = nil) {
        self.task = task
        self.blocks = blocks
        self.position = position
    }
}

/// Quoted text, such as something a participant said.
public struct BlockQuote: Sendable, Equatable {
    /// What is quoted: paragraphs, lists and even further quotes.
    public var blocks: [Block]
    /// Where the quote starts in a Markdown file; nil for other formats and for quotes made
    /// rather than read.
    public var position: SourcePosition?

    /// Creates a quote of `blocks`.
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
    /// Where the block starts in a Markdown file; nil for other formats and for blocks made
    /// rather than read.
    public var position: SourcePosition?

    /// Creates a code block; only the web page and Markdown keep its `language`.
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
        /// No alignment given (`---` in Markdown): the column follows the format's usual style.
        case none
        /// Lined up on the left (`:--` in Markdown).
        case left
        /// Centred (`:-:` in Markdown).
        case center
        /// Lined up on the right (`--:` in Markdown), as numbers usually are.
        case right
    }

    /// One alignment per column.
    public var alignments: [Alignment]
    /// The header row: one cell per column.
    public var header: [[Inline]]
    /// The body rows; each row has one cell per column.
    public var rows: [[[Inline]]]
    /// Where the table starts in a Markdown file; nil for other formats and for tables made
    /// rather than read.
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
    /// The label its references carry (`Inline.footnoteReference`). Only for matching: writers
    /// number the notes themselves, so it is never shown.
    public var label: String
    /// The text of the note.
    public var blocks: [Block]
    /// Where the note starts in a Markdown file; nil for other formats and for notes made rather
    /// than read.
    public var position: SourcePosition?

    /// Creates the note labelled `label`; references with the same label point at it.
    public init(label: String, blocks: [Block], position: SourcePosition? = nil) {
        self.label = label
        self.blocks = blocks
        self.position = position
    }
}
