extension DOCXContentWriter {
    /// The width of the text on an A4 page with one-inch margins, in twentieths of a point.
    private static let textWidth = 11906 - 2 * 1440

    /// Writes a table with borders, a header row that repeats on every page, and each column's alignment.
    /// With `bars`, the last cell of each body row is drawn as a shaded bar of that share instead of its text.
    mutating func writeTable(_ table: Table, _ context: DOCXBlockContext, bars: [Double]? = nil) {
        guard table.columnCount > 0 else { return }
        if current.endsWithTable {
            // Word and LibreOffice merge tables that touch; a paragraph keeps them apart.
            writeParagraph([], DOCXParagraphProperties())
        }
        let columnWidth = max((Self.textWidth - context.indent) / table.columnCount, 1)
        current.xml.raw("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/>")
        if context.indent > 0 {
            current.xml.raw("<w:tblInd w:w=\"\(context.indent)\" w:type=\"dxa\"/>")
        }
        current.xml.raw(DOCXStyles.tableBorders)
        // Header row on, no banding; the hex form alone is valid in every Word version's schema.
        current.xml.raw("<w:tblLook w:val=\"0620\"/>")
        current.xml.raw("</w:tblPr><w:tblGrid>")
        let gridColumn = "<w:gridCol w:w=\"\(columnWidth)\"/>"
        for _ in 0..<table.columnCount { current.xml.raw(gridColumn) }
        current.xml.raw("</w:tblGrid>")
        let cellStart = "<w:tc><w:tcPr><w:tcW w:w=\"\(columnWidth)\" w:type=\"dxa\"/></w:tcPr>"
        writeRow(table.header, alignments: table.alignments, isHeader: true, cellStart: cellStart)
        for (number, row) in table.rows.enumerated() {
            writeRow(row, alignments: table.alignments, isHeader: false, cellStart: cellStart, bar: bars.map { $0[number] })
        }
        current.xml.raw("</w:tbl>")
        current.endsWithTable = true
    }

    private mutating func writeRow(_ cells: [[Inline]], alignments: [Table.Alignment], isHeader: Bool, cellStart: String,
                                   bar: Double? = nil) {
        current.xml.raw(isHeader ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr>")
        for (column, (cell, alignment)) in zip(cells, alignments).enumerated() {
            current.xml.raw(cellStart)
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
                    current.xml.raw("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"0B5394\"/></w:rPr><w:t xml:space=\"preserve\">")
                    current.xml.raw(String(repeating: "\u{00A0}", count: filled))
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
