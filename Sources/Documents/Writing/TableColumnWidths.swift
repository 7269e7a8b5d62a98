/// How wide the DOCX and FODT writers draw each column of a table: as wide as its text asks for,
/// so short columns ("Minutes", "Participant A") keep their words whole and long-text columns get
/// the room that is left, the way a web browser lays out a table.
///
/// Text is measured in hundredths of an em with the letter widths of DejaVu Sans (bold in the header
/// row), the face office suites fall back to when Arial or Liberation Sans is missing and wider
/// than both, so a word that fits here fits in either. Everything is whole numbers, so the same table always gives the same widths.
struct TableColumnWidths {
    /// What one column's text asks for, in hundredths of an em.
    struct Need: Equatable {
        /// The longest word and the cell padding: any narrower and a word breaks.
        var minimum: Int
        /// Room for a cell of average length on one line.
        var preferred: Int
    }

    /// The cell padding on both sides (Word's 0.9 em is the wider), with a little to spare, in hundredths of an em.
    static let padding = 95
    /// The narrowest column, however little it holds: three ems.
    static let narrowest = 300
    /// What a column of chart bars needs: 24 fixed-width characters of 0.6 em, and the padding.
    static let barColumn = Need(minimum: 24 * 61 + padding, preferred: 24 * 61 + padding)

    /// The needs of every column of `table`, from the words of its header and body cells.
    static func needs(_ table: Table) -> [Need] {
        (0..<table.columnCount).map { column in
            let header = table.header[column].plainText
            var longestWord = longestWordWidth(header, bold: true)
            var total = 0
            for row in table.rows {
                let text = row[column].plainText
                longestWord = max(longestWord, longestWordWidth(text))
                total += width(text)
            }
            let average = table.rows.isEmpty ? width(header, bold: true) : total / table.rows.count
            let minimum = max(longestWord + padding, narrowest)
            return Need(minimum: minimum, preferred: max(minimum, average + padding))
        }
    }

    /// Splits `total` (in any unit, such as twentieths of a point) among columns with these needs,
    /// for body text whose em is `em` in that unit; the widths add up to exactly `total`.
    ///
    /// When every column fits at its preferred width, each gets a share in proportion to it. When
    /// not, each column gets its minimum and the room left goes to the columns that want more, in
    /// proportion to how much more. When even the minimums do not fit, they share the line.
    static func widths(_ needs: [Need], total: Int, em: Int) -> [Int] {
        guard !needs.isEmpty else { return [] }
        let available = total * 100 / max(em, 1)
        let minimums = needs.reduce(0) { $0 + $1.minimum }
        let preferred = needs.reduce(0) { $0 + $1.preferred }
        let weights: [Int]
        if preferred <= available {
            weights = needs.map(\.preferred)
        } else if minimums < available {
            // preferred > available > minimums, so some column wants more than its minimum.
            let wanted = preferred - minimums
            let spare = available - minimums
            weights = needs.map { $0.minimum * wanted + spare * ($0.preferred - $0.minimum) }
        } else {
            weights = needs.map(\.minimum)
        }
        return apportion(total, weights)
    }

    /// Splits `total` in proportion to `weights`, rounding at the running sum so the parts add up exactly.
    private static func apportion(_ total: Int, _ weights: [Int]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else {
            return apportion(total, Array(repeating: 1, count: weights.count))
        }
        var parts: [Int] = []
        var running = 0
        var previous = 0
        for weight in weights {
            running += weight
            let boundary = total * running / sum
            parts.append(boundary - previous)
            previous = boundary
        }
        return parts
    }

    /// The width of the widest run of text between white space.
    private static func longestWordWidth(_ text: String, bold: Bool = false) -> Int {
        var longest = 0
        var current = 0
        // Measured over UTF-8 bytes: tables can be long, and this runs for every cell.
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                current = 0
            } else if let advance = width(byte, bold: bold) {
                current += advance
                longest = max(longest, current)
            }
        }
        return longest
    }

    private static func width(_ text: String, bold: Bool = false) -> Int {
        text.utf8.reduce(0) { $0 + (width($1, bold: bold) ?? 0) }
    }

    /// The advance of the character a UTF-8 byte starts, in hundredths of an em, rounded up:
    /// DejaVu Sans's for printable ASCII, that of a typical letter for anything else, and nil for
    /// the bytes that continue a character.
    private static func width(_ byte: UInt8, bold: Bool) -> Int? {
        if byte & 0xC0 == 0x80 { return nil }
        guard (0x20...0x7E).contains(byte) else { return byte < 0x20 ? 0 : (bold ? 72 : 64) }
        return Int((bold ? boldWidths : regularWidths)[Int(byte) - 0x20])
    }

    /// DejaVu Sans, space to tilde.
    private static let regularWidths: [UInt8] = [
        32, 41, 46, 84, 64, 96, 78, 28, 40, 40, 50, 84, 32, 37, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64,
        64, 64, 34, 34, 84, 84, 84, 54, 100, 69, 69, 70, 78, 64, 58, 78, 76, 30, 30, 66, 56, 87, 75, 79,
        61, 79, 70, 64, 62, 74, 69, 99, 69, 62, 69, 40, 34, 40, 84, 50, 50, 62, 64, 55, 64, 62, 36, 64,
        64, 28, 28, 58, 28, 98, 64, 62, 64, 64, 42, 53, 40, 64, 60, 82, 60, 60, 53, 64, 34, 64, 84,
    ]

    /// DejaVu Sans Bold, space to tilde.
    private static let boldWidths: [UInt8] = [
        35, 46, 53, 84, 70, 101, 88, 31, 46, 46, 53, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70,
        70, 70, 40, 40, 84, 84, 84, 59, 100, 78, 77, 74, 84, 69, 69, 83, 84, 38, 38, 78, 64, 100, 84, 86,
        74, 86, 78, 73, 69, 82, 78, 111, 78, 73, 73, 46, 37, 46, 84, 50, 50, 68, 72, 60, 72, 68, 44, 72,
        72, 35, 35, 67, 35, 105, 72, 69, 72, 72, 50, 60, 48, 72, 66, 93, 65, 66, 59, 72, 37, 72, 84,
    ]
}
