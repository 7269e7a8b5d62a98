/// Splits spreadsheet text (CSV, RFC 4180 quoting) into rows, each with the line it starts on, so
/// that every error about a row can name its line. Read here rather than through a library because
/// the format is small and the line numbers matter.
package enum CSVRows {
    /// One row: the line of the file it starts on (counted from 1) and its cells, unquoted.
    package struct Row: Sendable, Equatable {
        /// The line the row starts on, counted from 1.
        package let line: Int
        /// The cells, without their quotes.
        package let cells: [String]

        /// Creates a row starting on `line`.
        package init(line: Int, cells: [String]) {
            self.line = line
            self.cells = cells
        }
    }

    /// The byte-order mark that Excel's "CSV UTF-8" puts at the start of a file.
    static let byteOrderMark: Character = "\u{FEFF}"

    /// Splits CSV text into rows of cells, each row with the line it starts on. A byte-order mark
    /// at the start is skipped; a first row that looks separated by semicolons is refused with a hint.
    package static func parse(_ text: String, file: String) throws(ReadError) -> [Row] {
        let rows = try split(text.first == byteOrderMark ? text.dropFirst() : Substring(text), file: file)
        if let first = rows.first, first.cells.count == 1, first.cells[0].contains(";") {
            throw ReadError(file: file, position: SourcePosition(line: first.line, column: 1),
                            problem: "This file seems to use semicolons between cells; save it as 'CSV UTF-8 (comma delimited)'.",
                            advice: "In Excel choose File, Save As and that type; in LibreOffice Calc choose a comma as the field delimiter.")
        }
        return rows
    }

    private static func split(_ text: Substring, file: String) throws(ReadError) -> [Row] {
        var rows: [Row] = []
        var cells: [String] = []
        var cell = ""
        var inQuotes = false
        var line = 1
        var rowLine = 1
        var quoteLine = 1
        var characters = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let character = pending { pending = nil; return character }
            return characters.next()
        }
        while let character = next() {
            if inQuotes {
                if character == "\"" {
                    if let following = next() {
                        if following == "\"" { cell.append("\"") } else { inQuotes = false; pending = following }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    cell.append(character)
                }
                continue
            }
            switch character {
            case "\"" where cell.isEmpty:
                inQuotes = true
                quoteLine = line
            case ",":
                cells.append(cell)
                cell = ""
            case "\n", "\r\n", "\r":
                cells.append(cell)
                rows.append(Row(line: rowLine, cells: cells))
                cells = []
                cell = ""
                line += 1
                rowLine = line
            default:
                cell.append(character)
            }
        }
        if inQuotes {
            throw ReadError(file: file, position: SourcePosition(line: quoteLine, column: 1),
                            problem: "A quoted cell that starts on this line never ends.",
                            advice: "Add the closing quote mark (\").")
        }
        if !cell.isEmpty || !cells.isEmpty {
            cells.append(cell)
            rows.append(Row(line: rowLine, cells: cells))
        }
        return rows
    }

    // MARK: Writing

    /// The characters that make a spreadsheet treat a cell as a formula (or strip it) when a cell
    /// starts with them. Written cells that start with one get a leading `'`, as OWASP advises
    /// against CSV injection.
    package static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    /// One line of CSV, without its line break: each cell given a `'` when it starts like a
    /// formula, and quoted when it holds a comma, a quote or a line break.
    package static func line(_ cells: [String]) -> String {
        cells.map { cell in
            var value = cell
            if let first = value.first, formulaStarts.contains(first) { value = "'" + value }
            guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",")
    }

    /// Whole CSV text with a header row: lines ended by CRLF, as RFC 4180 and Excel expect.
    package static func text(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map(line).joined(separator: "\r\n") + "\r\n"
    }
}
