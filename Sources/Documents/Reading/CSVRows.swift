/// Splits spreadsheet text (CSV, RFC 4180 quoting) into rows, each with the line it starts on, so
/// that every error about a row can name its line. Read here rather than through a library because
/// the format is small and the line numbers matter.
public enum CSVRows {
    /// One row: the line of the file it starts on (counted from 1) and its cells, unquoted.
    public struct Row: Sendable, Equatable {
        /// The line the row starts on, counted from 1.
        public let line: Int
        /// The cells, without their quotes.
        public let cells: [String]

        /// Creates a row starting on `line`.
        public init(line: Int, cells: [String]) {
            self.line = line
            self.cells = cells
        }
    }

    /// Splits CSV text into rows of cells, each row with the line it starts on.
    public static func parse(_ text: String, file: String) throws(ReadError) -> [Row] {
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
}
