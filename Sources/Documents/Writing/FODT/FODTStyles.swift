/// The fixed parts of an FODT file: fonts, named styles, list and outline styles, page layout.
///
/// The look aims at easy reading: a sans-serif face at 12 pt, one and a half lines between lines
/// of body text, clear space between paragraphs, left-aligned text throughout, and no paragraph
/// that leaves a single line at the foot or the head of a page.
enum FODTStyles {
    /// The body font when the house style names none.
    static let usualFont = "Liberation Sans"

    /// Writes `office:font-face-decls`: the house style's body and heading fonts, then the usual ones.
    static func writeFontFaces(_ style: HouseStyle, into out: inout MarkupBuffer) {
        out.raw("<office:font-face-decls>\n")
        for font in Set([style.bodyFonts.first, style.headingFonts.first].compactMap { $0?.description }).sorted()
        where font != usualFont && font != "Liberation Mono" {
            out.raw("<style:font-face style:name=\"\(font)\" svg:font-family=\"&apos;\(font)&apos;\" style:font-pitch=\"variable\"/>\n")
        }
        out.raw("""
        <style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" \
        style:font-family-generic="swiss" style:font-pitch="variable"/>
        <style:font-face style:name="Liberation Mono" svg:font-family="&apos;Liberation Mono&apos;" \
        style:font-family-generic="modern" style:font-pitch="fixed"/>
        </office:font-face-decls>

        """)
    }

    /// Writes `office:styles`: the default style in the document's language and every named style the body uses.
    /// Easy read uses 14-point type and wider line spacing throughout. The contents list's styles
    /// are there only when `contents` is true.
    static func writeStyles(language: FODTLanguage?, layout: WriterOptions.Layout, style: HouseStyle, contents: Bool,
                            into out: inout MarkupBuffer) {
        let font = style.bodyFonts.first?.description ?? usualFont
        out.raw("<office:styles>\n<style:default-style style:family=\"paragraph\">")
        switch layout {
        case .standard:
            out.raw("<style:paragraph-properties fo:orphans=\"2\" fo:widows=\"2\" style:tab-stop-distance=\"1.25cm\"/>")
            out.raw("<style:text-properties style:font-name=\"\(font)\" fo:font-size=\"12pt\" fo:color=\"\(style.textColour)\"")
        case .easyRead:
            out.raw("<style:paragraph-properties fo:line-height=\"180%\" fo:orphans=\"2\" fo:widows=\"2\" style:tab-stop-distance=\"1.25cm\"/>")
            out.raw("<style:text-properties style:font-name=\"\(font)\" fo:font-size=\"14pt\" fo:color=\"\(style.textColour)\"")
        }
        if let language {
            out.raw(" fo:language=\"")
            out.attribute(language.language)
            out.raw("\"")
            if let script = language.script {
                out.raw(" fo:script=\"")
                out.attribute(script)
                out.raw("\"")
            }
            if let country = language.country {
                out.raw(" fo:country=\"")
                out.attribute(country)
                out.raw("\"")
            }
        }
        out.raw(" fo:hyphenate=\"false\"/></style:default-style>\n")
        out.raw(paragraphStyles(style))
        out.raw(headingStyles(style))
        if contents { out.raw(contentsStyles(style)) }
        out.raw(characterStyles(style))
        out.raw(outlineStyle)
        out.raw(bulletListStyle)
        out.raw(numberedListStyle)
        out.raw(taskListStyle)
        // Office suites disagree on which of the two citation styles is the one in the running
        // text, so both name the same superscript style.
        out.raw("""
        <text:notes-configuration text:note-class="footnote" text:citation-style-name="\(FODTStyleName.footnoteAnchor)" \
        text:citation-body-style-name="\(FODTStyleName.footnoteAnchor)" style:num-format="1" \
        text:footnotes-position="page" text:start-numbering-at="document"/>
        </office:styles>

        """)
    }

    /// Writes `office:automatic-styles`, with a style for each column of each table, whose widths
    /// (in hundredths of a millimetre) `tableColumnWidths` holds in the order the tables are written,
    /// and the layout of `page`.
    static func writeAutomaticStyles(tableColumnWidths: [[Int]], page: FODTPage, style: HouseStyle, into out: inout MarkupBuffer) {
        out.raw("<office:automatic-styles>\n")
        out.raw("""
        <style:style style:name="\(FODTStyleName.details)" style:family="paragraph" style:parent-style-name="\(FODTStyleName.standard)">\
        <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.7cm" fo:line-height="130%"/>\
        <style:text-properties fo:color="#404040"/></style:style>
        <style:style style:name="\(FODTStyleName.summary)" style:family="paragraph" style:parent-style-name="\(FODTStyleName.standard)">\
        <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.7cm" fo:line-height="135%" fo:padding-left="0.3cm" \
        fo:border-left="3pt solid \(style.accentColour)" fo:border-right="none" fo:border-top="none" fo:border-bottom="none"/>\
        <style:text-properties fo:font-size="110%"/></style:style>
        <style:style style:name="\(FODTStyleName.chartBar)" style:family="text">\
        <style:text-properties style:font-name="Liberation Mono" fo:letter-spacing="normal" fo:background-color="\(style.accentColour)"/></style:style>
        <style:style style:name="\(FODTStyleName.looseListParagraph)" style:family="paragraph" \
        style:parent-style-name="\(FODTStyleName.listParagraph)">\
        <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.3cm"/></style:style>

        """)
        for header in [true, false] {
            for (alignment, value) in [(Table.Alignment.left, "left"), (.center, "center"), (.right, "right")] {
                out.raw("<style:style style:name=\"\(FODTStyleName.cellParagraph(header: header, alignment: alignment))\"")
                out.raw(" style:family=\"paragraph\" style:parent-style-name=\"")
                out.raw(header ? FODTStyleName.tableHeading : FODTStyleName.tableContents)
                out.raw("\"><style:paragraph-properties fo:text-align=\"\(value)\"/></style:style>\n")
            }
        }
        out.raw("""
        <style:style style:name="\(FODTStyleName.table)" style:family="table">\
        <style:table-properties style:width="\(FODTLength.millimetres(page.textWidth))" table:align="margins" \
        fo:margin-top="0.1cm" fo:margin-bottom="0.4cm" table:border-model="collapsing"/></style:style>

        """)
        for (table, widths) in tableColumnWidths.enumerated() {
            for (column, width) in widths.enumerated() {
                out.raw("""
                <style:style style:name="\(FODTStyleName.column(table: table + 1, column: column + 1))" style:family="table-column">\
                <style:table-column-properties style:column-width="\(FODTLength.millimetres(width))" style:rel-column-width="\(width)*"/>\
                </style:style>

                """)
            }
        }
        out.raw("""
        <style:style style:name="\(FODTStyleName.row)" style:family="table-row">\
        <style:table-row-properties fo:keep-together="always"/></style:style>

        """)
        out.raw("""
        <style:style style:name="\(FODTStyleName.headerCell)" style:family="table-cell">\
        <style:table-cell-properties fo:background-color="#e6e6e6" fo:padding="0.12cm" fo:border="0.5pt solid #808080"/>\
        </style:style>
        <style:style style:name="\(FODTStyleName.cell)" style:family="table-cell">\
        <style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #808080"/></style:style>
        <style:page-layout style:name="\(FODTStyleName.pageLayout)">\
        <style:page-layout-properties \(page.layoutProperties)/>\
        <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>\
        </style:page-layout>
        </office:automatic-styles>
        <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="\(FODTStyleName.pageLayout)">\
        <style:footer>
        """)
        if let line = style.footer {
            out.raw("<text:p text:style-name=\"\(FODTStyleName.footer)\">")
            out.text(line)
            out.raw("</text:p>")
        }
        out.raw("""
        <text:p text:style-name="\(FODTStyleName.footer)">Page <text:page-number text:select-page="current">1</text:page-number> \
        of <text:page-count>1</text:page-count></text:p>\
        </style:footer></style:master-page></office:master-styles>

        """)
    }


    private static let boldText = "fo:font-weight=\"bold\" style:font-weight-asian=\"bold\" style:font-weight-complex=\"bold\""
    private static let italicText = "fo:font-style=\"italic\" style:font-style-asian=\"italic\" style:font-style-complex=\"italic\""

    /// The colour the house style gives a heading at `level` (0 for the title), as a text property.
    private static func headingColour(_ level: Int, _ style: HouseStyle) -> String {
        style.colour(ofHeading: level).map { " fo:color=\"\($0)\"" } ?? ""
    }

    /// The house style's heading font, as a text property.
    private static func headingFont(_ style: HouseStyle) -> String {
        style.headingFontsOrBody.first.map { " style:font-name=\"\($0)\"" } ?? ""
    }

    private static func paragraphStyles(_ style: HouseStyle) -> String { """
    <style:style style:name="\(FODTStyleName.standard)" style:family="paragraph" style:class="text"/>
    <style:style style:name="\(FODTStyleName.body)" style:display-name="Text body" style:family="paragraph" \
    style:parent-style-name="\(FODTStyleName.standard)" style:class="text">\
    <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.35cm" fo:line-height="150%"/></style:style>
    <style:style style:name="\(FODTStyleName.title)" style:family="paragraph" style:parent-style-name="\(FODTStyleName.standard)" \
    style:next-style-name="\(FODTStyleName.subtitle)" style:class="chapter">\
    <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="115%" fo:keep-with-next="always"/>\
    <style:text-properties fo:font-size="26pt" \(boldText)\(headingFont(style))\(headingColour(0, style))/></style:style>
    <style:style style:name="\(FODTStyleName.subtitle)" style:family="paragraph" style:parent-style-name="\(FODTStyleName.standard)" \
    style:next-style-name="\(FODTStyleName.body)" style:class="chapter">\
    <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.3cm" fo:line-height="120%" fo:keep-with-next="always"/>\
    <style:text-properties fo:font-size="16pt" fo:color="#404040"/></style:style>
    <style:style style:name="\(FODTStyleName.quotation)" style:family="paragraph" style:parent-style-name="\(FODTStyleName.standard)" \
    style:class="html">\
    <style:paragraph-properties fo:margin-left="0.8cm" fo:margin-right="0.8cm" fo:margin-top="0cm" fo:margin-bottom="0.35cm" \
    fo:line-height="150%" fo:padding-left="0.35cm" fo:border-left="1.5pt solid #8c8c8c" fo:border-right="none" \
    fo:border-top="none" fo:border-bottom="none"/></style:style>
    <style:style style:name="\(FODTStyleName.preformatted)" style:display-name="Preformatted Text" style:family="paragraph" \
    style:parent-style-name="\(FODTStyleName.standard)" style:class="html">\
    <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.35cm" fo:line-height="125%" fo:padding="0.2cm" \
    fo:background-color="#f2f2f2"/>\
    <style:text-properties style:font-name="Liberation Mono" fo:font-size="10.5pt"/></style:style>
    <style:style style:name="\(FODTStyleName.listParagraph)" style:display-name="List Paragraph" style:family="paragraph" \
    style:parent-style-name="\(FODTStyleName.standard)" style:class="list">\
    <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm" fo:line-height="150%"/></style:style>
    <style:style style:name="\(FODTStyleName.tableContents)" style:display-name="Table Contents" style:family="paragraph" \
    style:parent-style-name="\(FODTStyleName.standard)" style:class="extra">\
    <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="130%"/></style:style>
    <style:style style:name="\(FODTStyleName.tableHeading)" style:display-name="Table Heading" style:family="paragraph" \
    style:parent-style-name="\(FODTStyleName.tableContents)" style:class="extra">\
    <style:text-properties \(boldText)/></style:style>
    <style:style style:name="\(FODTStyleName.footnote)" style:family="paragraph" style:parent-style-name="\(FODTStyleName.standard)" \
    style:class="extra">\
    <style:paragraph-properties fo:margin-left="0.5cm" fo:text-indent="-0.5cm" fo:margin-top="0cm" fo:margin-bottom="0.1cm" \
    fo:line-height="125%"/>\
    <style:text-properties fo:font-size="10pt"/></style:style>
    <style:style style:name="\(FODTStyleName.horizontalLine)" style:display-name="Horizontal Line" style:family="paragraph" \
    style:parent-style-name="\(FODTStyleName.standard)" style:next-style-name="\(FODTStyleName.body)" style:class="html">\
    <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.5cm" fo:padding="0cm" fo:border-top="none" \
    fo:border-left="none" fo:border-right="none" fo:border-bottom="0.75pt solid #808080"/>\
    <style:text-properties fo:font-size="6pt"/></style:style>
    <style:style style:name="\(FODTStyleName.footer)" style:family="paragraph" style:parent-style-name="\(FODTStyleName.standard)" \
    style:class="extra">\
    <style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="10pt"/></style:style>
    <style:style style:name="\(FODTStyleName.pageBreak)" style:display-name="Page Break" style:family="paragraph" \
    style:parent-style-name="\(FODTStyleName.standard)" style:class="extra">\
    <style:paragraph-properties fo:break-before="page" fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="100%"/>\
    <style:text-properties fo:font-size="2pt"/></style:style>
    <style:style style:name="\(FODTStyleName.caption)" style:family="paragraph" style:parent-style-name="\(FODTStyleName.standard)" \
    style:next-style-name="\(FODTStyleName.body)" style:class="extra">\
    <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.35cm"/><style:text-properties \(italicText)/></style:style>
    <style:style style:name="\(FODTStyleName.figure)" style:display-name="Figure picture" style:family="paragraph" \
    style:parent-style-name="\(FODTStyleName.body)" style:class="extra">\
    <style:paragraph-properties fo:margin-bottom="0cm" fo:keep-with-next="always"/></style:style>
    <style:style style:name="\(FODTStyleName.picture)" style:family="graphic">\
    <style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline" fo:border="none"/></style:style>

    """
    }

    private static func headingStyles(_ style: HouseStyle) -> String {
        var styles = """
        <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="\(FODTStyleName.standard)" \
        style:next-style-name="\(FODTStyleName.body)" style:class="text">\
        <style:paragraph-properties fo:margin-top="0.6cm" fo:margin-bottom="0.2cm" fo:line-height="120%" fo:keep-with-next="always"/>\
        <style:text-properties \(boldText)\(headingFont(style))/></style:style>

        """
        let sizes = ["22pt", "18pt", "15pt", "13.5pt", "12.5pt", "12pt"]
        for (offset, size) in sizes.enumerated() {
            let level = offset + 1
            styles += """
            <style:style style:name="\(FODTStyleName.headings[level])" style:display-name="Heading \(level)" \
            style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="\(FODTStyleName.body)" \
            style:default-outline-level="\(level)" style:class="text">\
            <style:text-properties fo:font-size="\(size)"\(level == 6 ? " " + italicText : "")\(headingColour(level, style))/></style:style>

            """
        }
        return styles
    }

    /// The contents list's title, like a main section's heading but outside the outline, so the
    /// list does not list itself; entries for parts of a section indented under their section.
    private static func contentsStyles(_ style: HouseStyle) -> String {
        var styles = """
        <style:style style:name="\(FODTStyleName.contentsHeading)" style:display-name="Contents Heading" style:family="paragraph" \
        style:parent-style-name="Heading" style:next-style-name="\(FODTStyleName.body)" style:class="index">\
        <style:text-properties fo:font-size="18pt"\(headingColour(2, style))/></style:style>

        """
        for level in Contents.levels {
            styles += """
            <style:style style:name="\(FODTStyleName.contents(level))" style:display-name="Contents \(level)" style:family="paragraph" \
            style:parent-style-name="\(FODTStyleName.standard)" style:class="index">\
            <style:paragraph-properties fo:margin-left="\(Double(level - Contents.levels.lowerBound) * 0.5)cm" fo:margin-top="0cm" \
            fo:margin-bottom="0.2cm" fo:line-height="130%"/></style:style>

            """
        }
        return styles
    }

    private static func characterStyles(_ style: HouseStyle) -> String { """
    <style:style style:name="\(FODTStyleName.emphasis)" style:family="text"><style:text-properties \(italicText)/></style:style>
    <style:style style:name="\(FODTStyleName.strong)" style:display-name="Strong Emphasis" style:family="text">\
    <style:text-properties \(boldText)/></style:style>
    <style:style style:name="\(FODTStyleName.strikethrough)" style:family="text">\
    <style:text-properties style:text-line-through-style="solid" style:text-line-through-type="single"/></style:style>
    <style:style style:name="\(FODTStyleName.code)" style:display-name="Source Text" style:family="text">\
    <style:text-properties style:font-name="Liberation Mono" fo:background-color="#f2f2f2"/></style:style>
    <style:style style:name="\(FODTStyleName.link)" style:display-name="Internet link" style:family="text">\
    <style:text-properties fo:color="\(style.accentColour)" style:text-underline-style="solid" style:text-underline-width="auto" \
    style:text-underline-color="font-color"/></style:style>
    <style:style style:name="\(FODTStyleName.visitedLink)" style:display-name="Visited Internet Link" style:family="text">\
    <style:text-properties fo:color="#6a1b9a" style:text-underline-style="solid" style:text-underline-width="auto" \
    style:text-underline-color="font-color"/></style:style>
    <style:style style:name="\(FODTStyleName.footnoteAnchor)" style:display-name="Footnote anchor" style:family="text">\
    <style:text-properties style:text-position="super 58%"/></style:style>

    """
    }

    private static let outlineStyle: String = {
        var style = "<text:outline-style style:name=\"Outline\">"
        for level in 1...10 {
            style += "<text:outline-level-style text:level=\"\(level)\" style:num-format=\"\"/>"
        }
        return style + "</text:outline-style>\n"
    }()

    /// The indent of each list level: the text of level `n` starts `n` steps in, with the bullet or number in the step before it.
    /// Without a label (`labelled` false), every line starts where the text of a labelled item does.
    private static func levelProperties(_ level: Int, labelled: Bool = true) -> String {
        let step = 8
        return """
        <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">\
        <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="\(level * step)mm" \
        fo:text-indent="\(labelled ? "-\(step)mm" : "0mm")" fo:margin-left="\(level * step)mm"/></style:list-level-properties>
        """
    }

    private static let bulletListStyle: String = {
        let bullets = ["•", "◦", "▪"]
        var style = "<text:list-style style:name=\"\(FODTStyleName.bulletList)\" style:display-name=\"Bullet List\">"
        for level in 1...10 {
            style += "<text:list-level-style-bullet text:level=\"\(level)\" text:bullet-char=\"\(bullets[(level - 1) % bullets.count])\">"
            style += levelProperties(level) + "</text:list-level-style-bullet>"
        }
        return style + "</text:list-style>\n"
    }()

    /// Levels like the bulleted list's without a label: the tick box at the start of each item is its mark,
    /// where a bulleted item's text starts.
    private static let taskListStyle: String = {
        var style = "<text:list-style style:name=\"\(FODTStyleName.taskList)\" style:display-name=\"Task List\">"
        for level in 1...10 {
            style += "<text:list-level-style-number text:level=\"\(level)\" style:num-format=\"\">"
            style += levelProperties(level, labelled: false) + "</text:list-level-style-number>"
        }
        return style + "</text:list-style>\n"
    }()

    private static let numberedListStyle: String = {
        let formats = ["1", "a", "i"]
        var style = "<text:list-style style:name=\"\(FODTStyleName.numberedList)\" style:display-name=\"Numbered List\">"
        for level in 1...10 {
            style += "<text:list-level-style-number text:level=\"\(level)\" style:num-suffix=\".\" "
            style += "style:num-format=\"\(formats[(level - 1) % formats.count])\">"
            style += levelProperties(level) + "</text:list-level-style-number>"
        }
        return style + "</text:list-style>\n"
    }()
}
