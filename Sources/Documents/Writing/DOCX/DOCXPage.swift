/// The page of a Word document: the paper, with a margin of one inch on every side.
struct DOCXPage {
    /// The paper.
    let size: WriterOptions.PageSize

    /// The margin on every side, Word's usual one inch.
    private static let margin = PaperLength.inches(1)

    /// The width of the text between the side margins, in twentieths of a point.
    var textWidth: Int { size.width.twips - 2 * Self.margin.twips }

    /// The height of the text between the top and bottom margins, in twentieths of a point.
    var textHeight: Int { size.height.twips - 2 * Self.margin.twips }

    /// The section properties that end document.xml: the footer with the page numbers, the page
    /// size and its margins.
    var sectionProperties: String {
        let margin = Self.margin.twips
        return "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"\(DOCXPackage.footerRelationship)\"/><w:pgSz w:w=\"\(size.width.twips)\" w:h=\"\(size.height.twips)\"/>"
            + "<w:pgMar w:top=\"\(margin)\" w:right=\"\(margin)\" w:bottom=\"\(margin)\" w:left=\"\(margin)\" "
            + "w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>"
    }
}
