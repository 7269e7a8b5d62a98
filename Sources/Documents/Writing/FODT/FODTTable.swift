extension FODTBody {
    /// Writes a table with its header row repeated on every page, rows that never split across a
    /// page break, columns as wide as their text asks for, and each column's alignment.
    ///
    /// ODF does not allow a table inside a list item, so open lists are closed before the table
    /// and continued after it.
    /// With `barColumn`, the last column's text is drawn as a shaded bar.
    mutating func table(_ table: Table, flow: Flow, barColumn: Bool = false) {
        let columns = table.columnCount
        // A table without columns has no cells, so there is no text to keep.
        guard columns > 0 else { return }
        guard !nesting.inNoteBody else {
            tableAsLines(table, style: flow.paragraphStyle)
            return
        }
        suspendLists()
        var needs = TableColumnWidths.needs(table)
        if barColumn { needs[needs.count - 1] = TableColumnWidths.barColumn }
        tableColumnWidths.append(TableColumnWidths.widths(needs, total: page.textWidth, em: em))
        out.raw("<table:table table:name=\"Table\(tableCount)\" table:style-name=\"\(FODTStyleName.table)\">")
        for column in 1...columns {
            out.raw("<table:table-column table:style-name=\"\(FODTStyleName.column(table: tableCount, column: column))\"/>")
        }
        out.raw("<table:table-header-rows>")
        row(table.header, header: true, alignments: table.alignments, columns: columns)
        out.raw("</table:table-header-rows>")
        for cells in table.rows {
            row(cells, header: false, alignments: table.alignments, columns: columns, barColumn: barColumn)
        }
        out.raw("</table:table>")
    }

    /// Writes one row of exactly `columns` cells, padding a short row with empty cells.
    private mutating func row(_ cells: [[Inline]], header: Bool, alignments: [Table.Alignment], columns: Int, barColumn: Bool = false) {
        // A row split across a page break can leave a word or two on their own.
        out.raw("<table:table-row table:style-name=\"\(FODTStyleName.row)\">")
        for column in 0..<columns {
            out.raw("<table:table-cell table:style-name=\"")
            out.raw(header ? FODTStyleName.headerCell : FODTStyleName.cell)
            out.raw("\" office:value-type=\"string\">")
            let alignment = column < alignments.count ? alignments[column] : .none
            let content = column < cells.count ? cells[column] : []
            if barColumn && column == columns - 1 {
                out.raw("<text:p text:style-name=\"\(FODTStyleName.cellParagraph(header: false, alignment: .left))\">")
                out.raw("<text:span text:style-name=\"\(FODTStyleName.chartBar)\">")
                out.text(content.plainText)
                out.raw("</text:span></text:p>")
            } else {
                paragraph(content, style: FODTStyleName.cellParagraph(header: header, alignment: alignment))
            }
            out.raw("</table:table-cell>")
        }
        out.raw("</table:table-row>")
    }

    /// Writes each row as a line with its cells separated by bars, the header row in bold:
    /// LibreOffice drops a table inside a footnote, and all its text with it.
    private mutating func tableAsLines(_ table: Table, style: String) {
        func line(_ cells: [[Inline]]) -> [Inline] {
            var inlines: [Inline] = []
            for (column, cell) in cells.enumerated() {
                if column > 0 { inlines.append(.text(" | ")) }
                inlines.append(contentsOf: cell)
            }
            return inlines
        }
        paragraph([.strong(line(table.header))], style: style)
        for cells in table.rows {
            paragraph(line(cells), style: style)
        }
    }

    /// Writes a chart as its caption and a table whose last column holds each bar as shaded space.
    ///
    /// The space is figure spaces (U+2007) in one span: like no-break spaces they never break a line
    /// and screen readers pass over them, but LibreOffice draws each no-break space as a portion of its
    /// own, with a thin white seam between their backgrounds.
    mutating func barChart(_ chart: BarChart, flow: Flow) {
        paragraph([.strong([.text(chart.caption)])], style: flow.paragraphStyle)
        let bars = chart.bars.map { bar -> [Inline] in
            [.text(String(repeating: "\u{2007}", count: Int((bar.share * 24).rounded())))]
        }
        table(Table(alignments: [.left, .right, .left],
                    header: [[.text(chart.labelHeading)], [.text(chart.valueHeading)], [.text("Chart")]],
                    rows: zip(chart.bars, bars).map { [[.text($0.label)], [.text($0.value)], $1] }),
              flow: flow, barColumn: true)
    }
}
