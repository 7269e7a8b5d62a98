/// The style names the FODT body refers to, in one place so the styles and the body cannot drift apart.
///
/// Named styles use LibreOffice's own names (`Text_20_body` is "Text body"), so people editing the
/// file find the styles they know and other converters map them to their equivalents.
enum FODTStyleName {
    // Named paragraph styles.
    static let standard = "Standard"
    static let body = "Text_20_body"
    static let title = "Title"
    static let subtitle = "Subtitle"
    static let quotation = "Quotations"
    static let preformatted = "Preformatted_20_Text"
    static let listParagraph = "List_20_Paragraph"
    static let tableHeading = "Table_20_Heading"
    static let tableContents = "Table_20_Contents"
    static let footnote = "Footnote"
    static let horizontalLine = "Horizontal_20_Line"
    static let footer = "Footer"
    /// An empty paragraph that starts a new page.
    static let pageBreak = "Page_20_Break"
    /// The caption below a picture, LibreOffice's "Figure" style.
    static let caption = "Figure"
    /// The paragraph holding a picture shown as a figure: kept with its caption.
    static let figure = "FigurePicture"
    /// `Heading_20_1` … `Heading_20_6`, indexed by level; index 0 is unused.
    static let headings = (0...6).map { "Heading_20_\($0)" }
    /// The title of the contents list, LibreOffice's "Contents Heading".
    static let contentsHeading = "Contents_20_Heading"
    /// The contents entry for a heading at `level`, LibreOffice's "Contents 2", "Contents 3" ….
    static func contents(_ level: Int) -> String { "Contents_20_\(level)" }

    // Named graphic styles.
    /// A picture in line with the text, LibreOffice's "Graphics" style.
    static let picture = "Graphics"

    // Named character styles.
    static let emphasis = "Emphasis"
    static let strong = "Strong_20_Emphasis"
    static let strikethrough = "Strikethrough"
    static let code = "Source_20_Text"
    static let link = "Internet_20_link"
    static let visitedLink = "Visited_20_Internet_20_Link"
    static let footnoteAnchor = "Footnote_20_anchor"

    // Named list styles.
    static let bulletList = "Bullet_20_List"
    static let numberedList = "Numbered_20_List"
    /// A list of tasks: no bullet, as each item starts with its tick box.
    static let taskList = "Task_20_List"

    // Automatic styles.
    static let details = "TitleDetails"
    static let summary = "TitleSummary"
    static let looseListParagraph = "LooseListParagraph"
    static let table = "Table"
    static let headerCell = "TableHeaderCell"
    static let cell = "TableCell"
    /// A table row that is kept on one page.
    static let row = "TableRow"
    /// The shaded text of a chart bar.
    static let chartBar = "ChartBar"
    static let pageLayout = "PageLayout"

    /// The automatic paragraph style of a table cell with this alignment, or the named style when the column has none.
    static func cellParagraph(header: Bool, alignment: Table.Alignment) -> String {
        switch alignment {
        case .none: return header ? tableHeading : tableContents
        case .left: return header ? "TableHeadingLeft" : "TableContentsLeft"
        case .center: return header ? "TableHeadingCenter" : "TableContentsCenter"
        case .right: return header ? "TableHeadingRight" : "TableContentsRight"
        }
    }

    /// The automatic style of one column (counted from 1) of the table numbered `table` (from 1).
    static func column(table: Int, column: Int) -> String { "Table\(table)Column\(column)" }
}
