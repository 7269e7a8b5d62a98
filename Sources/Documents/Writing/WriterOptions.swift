/// How writers lay a document out. How a document looks is not part of the document, so the same
/// document can be written in the usual layout or in easy read, on A4 or letter paper, and every
/// writer is given the same choice.
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

    /// The shortest line width a writer accepts; narrower widths are widened to it.
    public static let narrowestLine = 20

    /// Options with `layout`, lines wrapped at `lineWidth` characters (at least `narrowestLine`),
    /// pages of `pageSize`, the house style `style` and, for Word files, `referenceDocument`.
    public init(layout: Layout = .standard, lineWidth: Int = 72, pageSize: PageSize = .a4, style: HouseStyle = .roundtable,
                referenceDocument: ReferenceDocument? = nil) {
        self.layout = layout
        self.lineWidth = max(Self.narrowestLine, lineWidth)
        self.pageSize = pageSize
        self.style = style
        self.referenceDocument = referenceDocument
    }

    /// The usual layout, lines wrapped at 72 characters, on A4 pages.
    public static let standard = WriterOptions()
}
