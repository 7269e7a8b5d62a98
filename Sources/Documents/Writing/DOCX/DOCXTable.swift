extension DOCXContentWriter {
    /// The width of the text on an A4 page with one-inch margins, in twentieths of a point.
    private static let textWidth = 11906 - 2 * 1440

    /// Writes a table with borders, a header row that repeats on every page, and each column's alignment.
    mutating func writeTable(_ table: Table, _ context: DOCXBlockContext) {
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
        for row in table.rows {
            writeRow(row, alignments: table.alignments, isHeader: false, cellStart: cellStart)
        }
        current.xml.raw("</w:tbl>")
        current.endsWithTable = true
    }

    private mutating func writeRow(_ cells: [[Inline]], alignments: [Table.Alignment], isHeader: Bool, cellStart: String) {
        current.xml.raw(isHeader ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr>")
        for (cell, alignment) in zip(cells, alignments) {
            current.xml.raw(cellStart)
            var properties = DOCXParagraphProperties()
            switch alignment {
            case .none: break
            case .left: properties.alignment = "left"
            case .center: properties.alignment = "center"
            case .right: properties.alignment = "right"
            }
            // Every cell holds a paragraph, even an empty one, as Word requires.
            writeParagraph(cell, properties, format: isHeader ? .bold : [])
            current.xml.raw("</w:tc>")
        }
        current.xml.raw("</w:tr>")
    }
}
