/// The page of a Word document: its paper and margins, and the room they leave for text.
struct DOCXPage {
    /// The size of the paper and its margins, in twentieths of a point, as `w:sectPr` gives them.
    struct Geometry: Equatable {
        var width: Int
        var height: Int
        var top: Int
        var right: Int
        var bottom: Int
        var left: Int
        var header = 708
        var footer = 708
        var landscape = false

        /// Word's usual one-inch margins on `size` paper.
        init(size: WriterOptions.PageSize) {
            let inch = PaperLength.inches(1).twips
            self.init(width: size.width.twips, height: size.height.twips, top: inch, right: inch, bottom: inch, left: inch)
        }

        init(width: Int, height: Int, top: Int, right: Int, bottom: Int, left: Int) {
            (self.width, self.height, self.top, self.right, self.bottom, self.left) = (width, height, top, right, bottom, left)
        }

        /// The page a template's `w:sectPr` sets, or nil when it gives no usable paper size. Margins
        /// it leaves out are an inch; sizes outside what Word allows are not taken.
        init?(sectionProperties: XMLNodeView) {
            let word = DOCXPackage.wordNamespace
            func twips(_ element: XMLNodeView?, _ name: String) -> Int? {
                // Word allows pages up to 22 inches (31,680) and margins up to the page.
                element?.attribute(name, in: word).flatMap { Int($0) }.map { abs($0) }.flatMap { (0...31_680).contains($0) ? $0 : nil }
            }
            let size = sectionProperties.child("pgSz", in: word)
            guard let width = twips(size, "w"), let height = twips(size, "h"), width >= 1440, height >= 1440 else { return nil }
            let margins = sectionProperties.child("pgMar", in: word)
            let inch = PaperLength.inches(1).twips
            self.init(width: width, height: height, top: twips(margins, "top") ?? inch, right: twips(margins, "right") ?? inch,
                      bottom: twips(margins, "bottom") ?? inch, left: twips(margins, "left") ?? inch)
            header = twips(margins, "header") ?? header
            footer = twips(margins, "footer") ?? footer
            landscape = size?.attribute("orient", in: word) == "landscape"
            // Text needs at least an inch each way; otherwise keep the paper and use Word's usual margins.
            if textWidth < 1440 || textHeight < 1440 { (top, right, bottom, left) = (inch, inch, inch, inch) }
        }

        /// The width of the text between the side margins.
        var textWidth: Int { width - left - right }
        /// The height of the text between the top and bottom margins.
        var textHeight: Int { height - top - bottom }
    }

    /// The paper and margins.
    let geometry: Geometry

    /// A page of `size` paper with Word's usual margins, unless `reference` sets its own page.
    init(size: WriterOptions.PageSize, reference: ReferenceDocument? = nil) {
        geometry = reference?.page ?? Geometry(size: size)
    }

    /// The width of the text between the side margins, in twentieths of a point.
    var textWidth: Int { geometry.textWidth }

    /// The height of the text between the top and bottom margins, in twentieths of a point.
    var textHeight: Int { geometry.textHeight }

    /// The section properties that end document.xml: the footer with the page numbers, the page
    /// size and its margins.
    var sectionProperties: String {
        let page = geometry
        return "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"\(DOCXPackage.footerRelationship)\"/>"
            + "<w:pgSz w:w=\"\(page.width)\" w:h=\"\(page.height)\"\(page.landscape ? " w:orient=\"landscape\"" : "")/>"
            + "<w:pgMar w:top=\"\(page.top)\" w:right=\"\(page.right)\" w:bottom=\"\(page.bottom)\" w:left=\"\(page.left)\" "
            + "w:header=\"\(page.header)\" w:footer=\"\(page.footer)\" w:gutter=\"0\"/></w:sectPr>"
    }
}
