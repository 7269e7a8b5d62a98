/// How writers lay a document out. How a document looks is not part of the document, so the same
/// document can be written in the usual layout or in easy read, on A4 or letter paper, with or
/// without a contents list, and every writer is given the same choice.
public struct WriterOptions: Sendable, Equatable {
    /// The layout of the page.
    public enum Layout: Sendable, Equatable {
        /// Roundtable's usual layout.
        case standard
        /// Easy read: larger type and wider line spacing, for readers who find standard print hard.
        case easyRead
    }

    /// The layout every writer gives the document.
    public var layout: Layout
    /// The longest line of plain text, in characters, where the format wraps its own lines.
    public var lineWidth: Int
    /// The paper the pages are laid out on, in the formats that have pages.
    public var pageSize: PageSize
    /// The organisation's look: logo, colours, fonts and footer, in Word, LibreOffice and web page files.
    public var style: HouseStyle
    /// A Word file whose styles, theme, page size and margins Word documents take instead of
    /// Roundtable's (and instead of `pageSize`); other formats ignore it.
    public var referenceDocument: ReferenceDocument?
    /// Whether to add a contents list after the title block: the body headings of levels 2 and 3,
    /// each linked to its heading, under the heading "Contents". Written only when at least two
    /// headings would be listed. The web page, Word, LibreOffice and PDF writers follow it;
    /// Markdown and plain text have no contents list and leave it out.
    public var contents: Bool

    /// The shortest line width a writer accepts; narrower widths are widened to it.
    public static let narrowestLine = 20

    /// Options with `layout`, lines wrapped at `lineWidth` characters (at least `narrowestLine`),
    /// pages of `pageSize`, the house style `style`, for Word files `referenceDocument`, and a
    /// contents list when `contents` is true.
    public init(layout: Layout = .standard, lineWidth: Int = 72, pageSize: PageSize = .a4, style: HouseStyle = .roundtable,
                referenceDocument: ReferenceDocument? = nil, contents: Bool = false) {
        self.layout = layout
        self.lineWidth = max(Self.narrowestLine, lineWidth)
        self.pageSize = pageSize
        self.style = style
        self.referenceDocument = referenceDocument
        self.contents = contents
    }

    /// The usual layout, lines wrapped at 72 characters, on A4 pages, without a contents list.
    public static let standard = WriterOptions()
}
