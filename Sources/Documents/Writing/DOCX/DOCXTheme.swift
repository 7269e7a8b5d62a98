/// The font table and theme that Word expects beside every document: the fonts the styles name,
/// and a plain colour and font scheme so Word's theme pickers have something to show.
enum DOCXTheme {
    /// word/fontTable.xml: the body font and the code font, with their classification for substitution.
    static let fontTable = DOCXPackage.xmlDeclaration + """
        <w:fonts xmlns:w="\(DOCXPackage.wordNamespace)">\
        <w:font w:name="Arial"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/>\
        <w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>\
        <w:font w:name="Courier New"><w:panose1 w:val="02070309020205020404"/><w:charset w:val="00"/>\
        <w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>\
        </w:fonts>
        """

    /// word/theme/theme1.xml: colours with good contrast on white and the same fonts as the styles.
    static let theme = DOCXPackage.xmlDeclaration + """
        <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Roundtable">\
        <a:themeElements><a:clrScheme name="Roundtable">\
        <a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>\
        <a:dk2><a:srgbClr val="1F3864"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>\
        <a:accent1><a:srgbClr val="2F5496"/></a:accent1><a:accent2><a:srgbClr val="C55A11"/></a:accent2>\
        <a:accent3><a:srgbClr val="538135"/></a:accent3><a:accent4><a:srgbClr val="7030A0"/></a:accent4>\
        <a:accent5><a:srgbClr val="BF8F00"/></a:accent5><a:accent6><a:srgbClr val="2E75B6"/></a:accent6>\
        <a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink>\
        </a:clrScheme><a:fontScheme name="Roundtable">\
        <a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>\
        <a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>\
        </a:fontScheme><a:fmtScheme name="Roundtable">\
        <a:fillStyleLst>\(repeated(fill))</a:fillStyleLst>\
        <a:lnStyleLst>\(repeated("<a:ln w=\"6350\">\(fill)</a:ln>"))</a:lnStyleLst>\
        <a:effectStyleLst>\(repeated("<a:effectStyle><a:effectLst/></a:effectStyle>"))</a:effectStyleLst>\
        <a:bgFillStyleLst>\(repeated(fill))</a:bgFillStyleLst>\
        </a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>
        """

    private static let fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"

    /// The schema asks for exactly three styles (subtle, moderate, intense) in each list.
    private static func repeated(_ style: String) -> String { String(repeating: style, count: 3) }
}
