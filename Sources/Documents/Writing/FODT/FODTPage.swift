/// The page of an FODT document: the paper, with margins of 2.2 cm at the sides, 2 cm at the top
/// and 1.5 cm at the foot, above the page number.
struct FODTPage {
    /// The paper.
    let size: WriterOptions.PageSize

    /// The margin at each side.
    private static let sideMargin = PaperLength.millimetres(22)
    /// The margin at the top.
    private static let topMargin = PaperLength.millimetres(20)
    /// The margin at the foot, below the footer.
    private static let bottomMargin = PaperLength.millimetres(15)
    /// The room the footer's page number takes.
    private static let footerRoom = PaperLength.millimetres(10)

    /// The width of the text between the side margins, in hundredths of a millimetre.
    var textWidth: Int { size.width.hundredthsOfMillimetre - 2 * Self.sideMargin.hundredthsOfMillimetre }

    /// The height of the text between the top and bottom margins, less room for the footer, in
    /// hundredths of a millimetre.
    var textHeight: Int {
        size.height.hundredthsOfMillimetre
            - [Self.topMargin, Self.bottomMargin, Self.footerRoom].map(\.hundredthsOfMillimetre).reduce(0, +)
    }

    /// The attributes of `style:page-layout-properties`: the paper upright, and the margins.
    var layoutProperties: String {
        let side = Self.sideMargin.odf
        return "fo:page-width=\"\(size.width.odf)\" fo:page-height=\"\(size.height.odf)\" style:print-orientation=\"portrait\" "
            + "fo:margin-top=\"\(Self.topMargin.odf)\" fo:margin-bottom=\"\(Self.bottomMargin.odf)\" fo:margin-left=\"\(side)\" fo:margin-right=\"\(side)\""
    }
}

/// Lengths as the FODT writer writes them.
enum FODTLength {
    /// Hundredths of a millimetre as an ODF length, such as `55.33mm`.
    static func millimetres(_ hundredths: Int) -> String {
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)mm"
    }
}
