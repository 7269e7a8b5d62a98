/// The character formatting of a run, as flags, so neighbouring text with equal formatting shares one run.
struct DOCXRunFormat: OptionSet, Equatable {
    let rawValue: UInt8

    static let bold = DOCXRunFormat(rawValue: 1 << 0)
    static let italic = DOCXRunFormat(rawValue: 1 << 1)
    static let strike = DOCXRunFormat(rawValue: 1 << 2)
    /// Inline code: the "Verbatim Char" style.
    static let code = DOCXRunFormat(rawValue: 1 << 3)
    /// Text of a hyperlink: the "Hyperlink" style.
    static let link = DOCXRunFormat(rawValue: 1 << 4)
    static let superscript = DOCXRunFormat(rawValue: 1 << 5)
    /// Spaces are kept exactly (code), so every `w:t` carries `xml:space="preserve"`.
    static let verbatim = DOCXRunFormat(rawValue: 1 << 6)

    /// Writes `w:rPr`, its children in the order the schema requires (rStyle, rFonts, b, i, strike, vertAlign).
    func write(to xml: inout MarkupBuffer) {
        guard !subtracting(.verbatim).isEmpty else { return }
        xml.raw("<w:rPr>")
        if contains(.link) {
            xml.raw("<w:rStyle w:val=\"Hyperlink\"/>")
            if contains(.code) { xml.raw(DOCXStyles.monospaceFonts) }
        } else if contains(.code) {
            xml.raw("<w:rStyle w:val=\"VerbatimChar\"/>")
        }
        if contains(.bold) { xml.raw("<w:b/><w:bCs/>") }
        if contains(.italic) { xml.raw("<w:i/><w:iCs/>") }
        if contains(.strike) { xml.raw("<w:strike/>") }
        if contains(.superscript) { xml.raw("<w:vertAlign w:val=\"superscript\"/>") }
        xml.raw("</w:rPr>")
    }
}

/// A list paragraph's place in numbering.xml: which list instance and which level.
struct DOCXListReference: Equatable {
    var numberingId: Int
    var level: Int
}

/// The paragraph properties Roundtable uses, written in the order the schema requires.
struct DOCXParagraphProperties {
    /// A style id from styles.xml; nil for Normal.
    var style: String?
    var list: DOCXListReference?
    var bottomBorder = false
    /// Space above the paragraph in twentieths of a point, when it needs more than its style gives.
    var spaceBefore: Int?
    /// A paragraph only the file format needs (after a final table): one point high, with no space,
    /// so it never pushes a blank page.
    var collapsed = false
    /// Left indent in twentieths of a point, when the context indents more than the style does.
    var indentLeft: Int?
    /// Explicitly turns the style's contextual spacing off (loose lists) or on.
    var contextualSpacing: Bool?
    /// `left`, `center` or `right`.
    var alignment: String?
    /// Keeps the paragraph on the same page as the next one (a picture with its caption).
    var keepWithNext = false

    /// Writes `w:pPr`: pStyle, keepNext, numPr, pBdr, spacing, ind, contextualSpacing, jc; nothing when all are unset.
    func write(to xml: inout MarkupBuffer) {
        guard style != nil || list != nil || bottomBorder || spaceBefore != nil || collapsed || indentLeft != nil
            || contextualSpacing != nil || alignment != nil || keepWithNext else { return }
        xml.raw("<w:pPr>")
        if let style {
            xml.raw("<w:pStyle w:val=\"")
            xml.raw(style)
            xml.raw("\"/>")
        }
        if keepWithNext { xml.raw("<w:keepNext/>") }
        if let list {
            xml.raw("<w:numPr><w:ilvl w:val=\"")
            xml.raw(String(list.level))
            xml.raw("\"/><w:numId w:val=\"")
            xml.raw(String(list.numberingId))
            xml.raw("\"/></w:numPr>")
        }
        if bottomBorder {
            xml.raw("<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"auto\"/></w:pBdr>")
        }
        if collapsed {
            xml.raw("<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>")
        } else if let spaceBefore {
            xml.raw("<w:spacing w:before=\"")
            xml.raw(String(spaceBefore))
            xml.raw("\"/>")
        }
        if let indentLeft {
            xml.raw("<w:ind w:left=\"")
            xml.raw(String(indentLeft))
            xml.raw("\"/>")
        }
        if let contextualSpacing {
            xml.raw(contextualSpacing ? "<w:contextualSpacing/>" : "<w:contextualSpacing w:val=\"0\"/>")
        }
        if let alignment {
            xml.raw("<w:jc w:val=\"")
            xml.raw(alignment)
            xml.raw("\"/>")
        }
        xml.raw("</w:pPr>")
    }
}
