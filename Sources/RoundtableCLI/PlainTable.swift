import PlainLanguage

/// Rows printed as columns lined up with spaces, for a terminal or a file; every cell is made
/// visible first, so text from the database cannot move the cursor or change colours.
struct PlainTable {
    let header: [String]
    let rows: [[String]]

    /// The table, a line for the header, a line of dashes, then a line for each row.
    var text: String {
        let cells = ([header] + rows).map { $0.map { TerminalText.visible($0).replacingOccurrences(of: "\n", with: " ") } }
        let widths = header.indices.map { column in cells.map { $0[column].count }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            zip(row, widths).enumerated().map { index, cell in
                index == row.count - 1 ? cell.0 : cell.0 + String(repeating: " ", count: cell.1 - cell.0.count)
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }
        return ([line(cells[0]), line(rule)] + cells.dropFirst().map(line)).joined(separator: "\n")
    }
}
