/// The page of an FODT document: the paper, with margins of 2.2 cm at the sides, 2 cm at the top
/// and 1.5 cm at the foot, above the page number.
struct FODTPage {
    /// The paper.
    let size: WriterOptions.PageSize

    /// The margin at each side.
    private static let sideMargin = PaperLength.millimetres(22)

    /// The width of the text between the side margins, in hundredths of a millimetre.
    var textWidth: Int { size.width.hundredthsOfMillimetre - 2 * Self.sideMargin.hundredthsOfMillimetre }

    /// The height of the text between the top and bottom margins, less room for the footer, in
    /// hundredths of a millimetre.
    var textHeight: Int { size.height.hundredthsOfMillimetre - 2000 - 1500 - 1000 }

    /// The attributes of `style:page-layout-properties`: the paper upright, and the margins.
    var layoutProperties: String {
        let side = Self.sideMargin.odf
        return "fo:page-width=\"\(size.width.odf)\" fo:page-height=\"\(size.height.odf)\" style:print-orientation=\"portrait\" "
            + "fo:margin-top=\"2cm\" fo:margin-bottom=\"1.5cm\" fo:margin-left=\"\(side)\" fo:margin-right=\"\(side)\""
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
