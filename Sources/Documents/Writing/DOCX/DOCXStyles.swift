/// styles.xml: Word's built-in style ids and names, so Word, LibreOffice, python-docx and pandoc
/// recognise headings, lists, quotes, footnotes and links as what they are.
enum DOCXStyles {
    /// One indentation step (half an inch) in twentieths of a point, for lists, quotes and code.
    static let indent = 720

    /// The space after a Normal paragraph, in twentieths of a point.
    static let paragraphSpacing = 160

    /// The fixed-width font for code, as direct run formatting.
    static let monospaceFonts = "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:cs=\"Courier New\"/>"

    /// The style id of a heading at `level` (1…6).
    static func heading(_ level: Int) -> String { "Heading\(min(max(level, 1), 6))" }

    /// The body font when the house style names none: Arial, which Word and LibreOffice both know.
    static let usualFont = "Arial"

    /// Run properties naming the first of `fonts` (or `fallback`) for every script.
    static func runFonts(_ fonts: [FontName], fallback: String) -> String {
        let name = fonts.first?.description ?? fallback
        return "<w:rFonts w:ascii=\"\(name)\" w:hAnsi=\"\(name)\" w:cs=\"\(name)\"/>"
    }

    /// The style id of the contents list's heading, Word's "TOC Heading".
    static let contentsHeading = "TOCHeading"

    /// The style id of a contents entry for a heading at `level`, Word's "toc 2" or "toc 3": the
    /// style Word gives the entry when it updates the list.
    static func contentsEntry(_ level: Int) -> String { "TOC\(level)" }

    /// The whole styles.xml part; `language` is the document's BCP 47 language tag.
    /// Easy read uses 14-point type and one-and-a-half line spacing instead of 12 points and 1.15.
    /// The house style gives the fonts and the colours of text, headings, links and the summary's
    /// bar; the contents list's styles are there only when `contents` is true.
    static func xml(language: String, layout: WriterOptions.Layout, style: HouseStyle, contents: Bool) -> MarkupBuffer {
        let (size, line): (Int, Int)
        switch layout {
        case .standard: (size, line) = (24, 276)
        case .easyRead: (size, line) = (28, 360)
        }
        var xml = MarkupBuffer(capacity: 8192)
        xml.raw(DOCXPackage.xmlDeclaration)
        xml.raw("<w:styles xmlns:w=\"\(DOCXPackage.wordNamespace)\">")
        xml.raw("<w:docDefaults><w:rPrDefault><w:rPr>")
        xml.raw(runFonts(style.bodyFonts, fallback: usualFont))
        xml.raw("<w:color w:val=\"\(style.textColour.hexDigits)\"/>")
        xml.raw("<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/><w:lang w:val=\"")
        xml.attribute(language)
        xml.raw("\"/></w:rPr></w:rPrDefault>")
        xml.raw("<w:pPrDefault><w:pPr><w:spacing w:after=\"\(paragraphSpacing)\" w:line=\"\(line)\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>")
        xml.raw("</w:docDefaults>")
        xml.raw(fixedStyles)
        xml.raw(titleStyle(style))
        xml.raw(hyperlinkStyle(style.accentColour))
        xml.raw(summaryStyle(size + 2, bar: style.accentColour))
        for level in 1...6 { xml.raw(headingStyle(level, style: style)) }
        if contents { xml.raw(contentsStyles) }
        xml.raw("</w:styles>")
        return xml
    }

    /// Roundtable's style definitions whose ids are not in `defined`, in the order styles.xml
    /// gives them, to add to a reference document's styles.
    static func missing(from defined: Set<String>, language: String, layout: WriterOptions.Layout, style: HouseStyle,
                        contents: Bool) -> [String] {
        let xml = xml(language: language, layout: layout, style: style, contents: contents).string
        var definitions: [String] = []
        var rest = xml[...]
        while let start = rest.range(of: "<w:style "), let end = rest.range(of: "</w:style>", range: start.upperBound..<rest.endIndex) {
            let definition = rest[start.lowerBound..<end.upperBound]
            if let id = definition.range(of: "w:styleId=\"").flatMap({ idStart in
                definition[idStart.upperBound...].firstIndex(of: "\"").map { String(definition[idStart.upperBound..<$0]) }
            }), !defined.contains(id) {
                definitions.append(String(definition))
            }
            rest = rest[end.upperBound...]
        }
        return definitions
    }

    /// The run properties of a heading at `level` (0 for the title), in the order the schema asks
    /// for: the house style's fonts, bold (and italic for level 6), the house style's colour, `extra`
    /// (such as `w:kern`), then the size.
    private static func headingRun(_ level: Int, size: Int, style: HouseStyle, extra: String = "") -> String {
        "<w:rPr>" + (style.headingFontsOrBody.isEmpty ? "" : runFonts(style.headingFontsOrBody, fallback: usualFont))
            + "<w:b/><w:bCs/>" + (level == 6 ? "<w:i/><w:iCs/>" : "")
            + (style.colour(ofHeading: level).map { "<w:color w:val=\"\($0.hexDigits)\"/>" } ?? "")
            + extra + "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr>"
    }

    private static func headingStyle(_ level: Int, style: HouseStyle) -> String {
        let sizes = [40, 32, 28, 26, 24, 24]
        let before = [480, 360, 240, 200, 200, 200]
        let size = sizes[level - 1]
        return "<w:style w:type=\"paragraph\" w:styleId=\"\(heading(level))\"><w:name w:val=\"heading \(level)\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/>"
            + (level > 1 ? "<w:unhideWhenUsed/>" : "") + "<w:qFormat/>"
            + "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"\(before[level - 1])\" w:after=\"120\"/>"
            + "<w:outlineLvl w:val=\"\(level - 1)\"/></w:pPr>"
            + headingRun(level, size: size, style: style) + "</w:style>"
    }

    /// The document's summary under the details line: a little larger than body text, with a
    /// bar in the accent colour on its left, as on the web page.
    private static func summaryStyle(_ size: Int, bar: Colour) -> String {
        "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Summary\"><w:name w:val=\"Summary\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>"
            + "<w:pBdr><w:left w:val=\"single\" w:sz=\"24\" w:space=\"8\" w:color=\"\(bar.hexDigits)\"/></w:pBdr>"
            + "<w:spacing w:after=\"360\"/><w:ind w:left=\"240\"/></w:pPr>"
            + "<w:rPr><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr></w:style>"
    }

    private static func titleStyle(_ style: HouseStyle) -> String {
        "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"10\"/><w:qFormat/><w:pPr><w:spacing w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>"
            + "<w:contextualSpacing/></w:pPr>" + headingRun(0, size: 52, style: style, extra: "<w:kern w:val=\"28\"/>") + "</w:style>"
    }

    private static func hyperlinkStyle(_ colour: Colour) -> String {
        "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:basedOn w:val=\"DefaultParagraphFont\"/>"
            + "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:rPr><w:color w:val=\"\(colour.hexDigits)\"/><w:u w:val=\"single\"/></w:rPr></w:style>"
    }

    /// "TOC Heading" looks like a main section's heading but stays out of the outline, so the
    /// contents list does not list itself; "toc 3" entries are indented under their "toc 2" entry.
    private static let contentsStyles = "<w:style w:type=\"paragraph\" w:styleId=\"\(contentsHeading)\"><w:name w:val=\"TOC Heading\"/>"
        + "<w:basedOn w:val=\"\(heading(1))\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"39\"/><w:unhideWhenUsed/><w:qFormat/>"
        + "<w:pPr><w:spacing w:before=\"360\"/><w:outlineLvl w:val=\"9\"/></w:pPr><w:rPr><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr></w:style>"
        + Contents.levels.map { level in
            "<w:style w:type=\"paragraph\" w:styleId=\"\(contentsEntry(level))\"><w:name w:val=\"toc \(level)\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:autoRedefine/><w:uiPriority w:val=\"39\"/><w:unhideWhenUsed/>"
                + "<w:pPr><w:spacing w:after=\"100\"/><w:ind w:left=\"\((level - Contents.levels.lowerBound) * indent / 2)\"/></w:pPr></w:style>"
        }.joined()

    private static let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\""

    /// Borders on every edge and between every cell, shared by the Table Grid style and each table.
    static let tableBorders = "<w:tblBorders><w:top \(border)/><w:left \(border)/><w:bottom \(border)/>"
        + "<w:right \(border)/><w:insideH \(border)/><w:insideV \(border)/></w:tblBorders>"

    private static let fixedStyles = """
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
        <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>\
        <w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
        <w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>\
        <w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>\
        <w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
        <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>\
        <w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
        <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr>\
        <w:rPr><w:color w:val="404040"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="Byline"><w:name w:val="Byline"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="360"/></w:pPr>\
        <w:rPr><w:color w:val="404040"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>\
        <w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="Normal"/><w:uiPriority w:val="29"/><w:qFormat/><w:pPr>\
        <w:pBdr><w:left w:val="single" w:sz="12" w:space="8" w:color="808080"/></w:pBdr>\
        <w:ind w:left="720" w:right="720"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val="404040"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="SourceCode"><w:name w:val="Source Code"/>\
        <w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>\
        <w:spacing w:after="160" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr>\
        <w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>\
        <w:style w:type="character" w:customStyle="1" w:styleId="VerbatimChar"><w:name w:val="Verbatim Char"/>\
        <w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/><w:rPr>\
        <w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>\
        <w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr>\
        <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:unhideWhenUsed/><w:qFormat/><w:rPr><w:i/><w:iCs/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/>\
        <w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>\
        <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>\
        <w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>\
        <w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>\
        <w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>\
        <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>\
        <w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>\
        <w:tblPr>
        """ + tableBorders + "</w:tblPr>" + headerRow + "</w:style>"

    /// The light grey behind the header row, as in FODT and on the web page, for tables whose
    /// `w:tblLook` turns the first row's formatting on.
    private static let headerRow = "<w:tblStylePr w:type=\"firstRow\"><w:tcPr>"
        + "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E6E6E6\"/></w:tcPr></w:tblStylePr>"
}
