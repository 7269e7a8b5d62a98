extension DOCXContentWriter {
    /// Writes a table with borders, a shaded header row that repeats on every page, rows that never
    /// split across pages, columns as wide as their text asks for, and each column's alignment.
    /// With `bars`, the last cell of each body row is drawn as a shaded bar of that share instead of its text.
    mutating func writeTable(_ table: Table, _ context: DOCXBlockContext, bars: [Double]? = nil) {
        guard table.columnCount > 0 else { return }
        if current.endsWithTable {
            // Word and LibreOffice merge tables that touch; a paragraph keeps them apart.
            writeParagraph([], DOCXParagraphProperties())
        }
        let width = max(page.textWidth - context.indent, table.columnCount)
        var needs = TableColumnWidths.needs(table)
        if bars != nil { needs[needs.count - 1] = TableColumnWidths.barColumn }
        let columnWidths = TableColumnWidths.widths(needs, total: width, em: em)
        current.xml.raw("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"\(width)\" w:type=\"dxa\"/>")
        if context.indent > 0 {
            current.xml.raw("<w:tblInd w:w=\"\(context.indent)\" w:type=\"dxa\"/>")
        }
        current.xml.raw(DOCXStyles.tableBorders)
        current.xml.raw(Self.cellMargins)
        // Header row on, no banding; the hex form alone is valid in every Word version's schema.
        current.xml.raw("<w:tblLook w:val=\"0620\"/>")
        current.xml.raw("</w:tblPr><w:tblGrid>")
        for columnWidth in columnWidths { current.xml.raw("<w:gridCol w:w=\"\(columnWidth)\"/>") }
        current.xml.raw("</w:tblGrid>")
        writeRow(table.header, alignments: table.alignments, widths: columnWidths, isHeader: true)
        for (number, row) in table.rows.enumerated() {
            writeRow(row, alignments: table.alignments, widths: columnWidths, isHeader: false, bar: bars.map { $0[number] })
        }
        current.xml.raw("</w:tbl>")
        current.endsWithTable = true
    }

    /// Space above and below the text of every cell, as the FODT and HTML tables have, with Word's usual sides.
    private static let cellMargins = "<w:tblCellMar><w:top w:w=\"68\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
        + "<w:bottom w:w=\"68\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar>"

    private mutating func writeRow(_ cells: [[Inline]], alignments: [Table.Alignment], widths: [Int], isHeader: Bool,
                                   bar: Double? = nil) {
        // A row kept on one page: a row split across a page break leaves a word or two on its own.
        current.xml.raw(isHeader ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for (column, (cell, alignment)) in zip(cells, alignments).enumerated() {
            // The header row's shading comes from the Table Grid style's first-row formatting.
            current.xml.raw("<w:tc><w:tcPr><w:tcW w:w=\"\(widths[column])\" w:type=\"dxa\"/></w:tcPr>")
            var properties = DOCXParagraphProperties()
            switch alignment {
            case .none: break
            case .left: properties.alignment = "left"
            case .center: properties.alignment = "center"
            case .right: properties.alignment = "right"
            }
            // Every cell holds a paragraph, even an empty one, as Word requires.
            if column == cells.count - 1, let bar {
                startParagraph(properties)
                let filled = Int((bar * 24).rounded())
                if filled > 0 {
                    current.xml.raw("<w:r><w:rPr><w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\"/>")
                    current.xml.raw("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(style.accentColour.hexDigits)\"/></w:rPr><w:t xml:space=\"preserve\">")
                    current.xml.raw(String(repeating: "\u{2007}", count: filled))
                    current.xml.raw("</w:t></w:r>")
                }
                endParagraph()
            } else {
                writeParagraph(cell, properties, format: isHeader ? .bold : [])
            }
            current.xml.raw("</w:tc>")
        }
        current.xml.raw("</w:tr>")
    }

    /// Writes a chart as its caption and a table whose last column holds each bar as shaded space.
    mutating func writeBarChart(_ chart: BarChart, _ context: DOCXBlockContext) {
        writeParagraph([.text(chart.caption)], DOCXParagraphProperties(), format: .bold)
        let table = Table(alignments: [.left, .right, .left],
                          header: [[.text(chart.labelHeading)], [.text(chart.valueHeading)], [.text("Chart")]],
                          rows: chart.bars.map { [[.text($0.label)], [.text($0.value)], []] })
        writeTable(table, context, bars: chart.bars.map(\.share))
    }
}
