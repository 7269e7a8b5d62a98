/// The font table and theme that Word expects beside every document: the fonts the styles name,
/// and a colour and font scheme from the house style, so Word's theme pickers offer the
/// organisation's colours and fonts.
enum DOCXTheme {
    /// word/fontTable.xml: every font the styles name, with the next font in its list as the
    /// one to use in its place, and the code font.
    static func fontTable(_ style: HouseStyle) -> String {
        var entries: [String] = []
        var named: Set<String> = []
        func add(_ fonts: [FontName]) {
            guard let font = fonts.first, named.insert(font.description).inserted else { return }
            let alternative = fonts.dropFirst().first.map { "<w:altName w:val=\"\($0)\"/>" } ?? ""
            entries.append("<w:font w:name=\"\(font)\">\(alternative)<w:charset w:val=\"00\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>")
        }
        add(style.bodyFonts)
        add(style.headingFonts)
        if !named.contains(DOCXStyles.usualFont) {
            entries.append("<w:font w:name=\"Arial\"><w:panose1 w:val=\"020B0604020202020204\"/><w:charset w:val=\"00\"/>"
                + "<w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font>")
        }
        return DOCXPackage.xmlDeclaration + "<w:fonts xmlns:w=\"\(DOCXPackage.wordNamespace)\">" + entries.joined()
            + "<w:font w:name=\"Courier New\"><w:panose1 w:val=\"02070309020205020404\"/><w:charset w:val=\"00\"/>"
            + "<w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/></w:font></w:fonts>"
    }

    /// word/theme/theme1.xml: colours with good contrast on white (the house style's accent
    /// first) and the house style's fonts as the heading and body fonts.
    static func theme(_ style: HouseStyle) -> String {
        let body = style.bodyFonts.first?.description ?? DOCXStyles.usualFont
        let headings = style.headingFontsOrBody.first?.description ?? DOCXStyles.usualFont
        let headingColour = (style.headingColour ?? Colour(red: 0x1f, green: 0x38, blue: 0x64)).hexDigits
        return DOCXPackage.xmlDeclaration + """
            <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Roundtable">\
            <a:themeElements><a:clrScheme name="Roundtable">\
            <a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>\
            <a:dk2><a:srgbClr val="\(headingColour)"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>\
            <a:accent1><a:srgbClr val="\(style.accentColour.hexDigits)"/></a:accent1><a:accent2><a:srgbClr val="C55A11"/></a:accent2>\
            <a:accent3><a:srgbClr val="538135"/></a:accent3><a:accent4><a:srgbClr val="7030A0"/></a:accent4>\
            <a:accent5><a:srgbClr val="BF8F00"/></a:accent5><a:accent6><a:srgbClr val="2E75B6"/></a:accent6>\
            <a:hlink><a:srgbClr val="\(style.accentColour.hexDigits)"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink>\
            </a:clrScheme><a:fontScheme name="Roundtable">\
            <a:majorFont><a:latin typeface="\(headings)"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>\
            <a:minorFont><a:latin typeface="\(body)"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>\
            </a:fontScheme><a:fmtScheme name="Roundtable">\
            <a:fillStyleLst>\(repeated(fill))</a:fillStyleLst>\
            <a:lnStyleLst>\(repeated("<a:ln w=\"6350\">\(fill)</a:ln>"))</a:lnStyleLst>\
            <a:effectStyleLst>\(repeated("<a:effectStyle><a:effectLst/></a:effectStyle>"))</a:effectStyleLst>\
            <a:bgFillStyleLst>\(repeated(fill))</a:bgFillStyleLst>\
            </a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>
            """
    }

    private static let fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"

    /// The schema asks for exactly three styles (subtle, moderate, intense) in each list.
    private static func repeated(_ style: String) -> String { String(repeating: style, count: 3) }
}
