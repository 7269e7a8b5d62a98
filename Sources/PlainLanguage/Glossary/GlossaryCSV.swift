import Documents

/// The glossary as a spreadsheet: one row per entry, lists separated by semicolons, so staff can
/// edit it in Excel or LibreOffice Calc and bring it back.
///
/// Rows are split by `CSVRows`, so every error names its line.
public enum GlossaryCSV {
    /// The columns, in order.
    public static let columns = ["id", "term", "kind", "expansions", "variants", "meaning", "alternatives", "why", "domain"]

    /// The entries as CSV text with a header row.
    public static func write(_ entries: some Sequence<GlossaryEntry>) -> String {
        CSVRows.text(header: columns, rows: entries.map { entry in
            [entry.id, entry.term, entry.kind.rawValue, entry.expansions.joined(separator: "; "),
             entry.variants.joined(separator: "; "), entry.meaning, entry.alternatives.joined(separator: "; "),
             entry.why ?? "", entry.domain]
        })
    }

    /// Reads CSV text written by `write` or by a spreadsheet; empty cells leave a field unchanged.
    public static func read(_ text: String, file: String) throws(ReadError) -> [EntryChange] {
        let rows = try CSVRows.parse(text, file: file)
        guard let first = rows.first else { return [] }
        let (headerLine, header) = (first.line, first.cells)
        var index: [String: Int] = [:]
        for (column, name) in header.enumerated() {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            guard columns.contains(key) else {
                let suggestion = Suggestions.closest(to: key, among: columns).map { " Did you mean '\($0)'?" } ?? ""
                throw ReadError(file: file, position: SourcePosition(line: headerLine, column: 1),
                                problem: "The column '\(name)' is not one Roundtable knows.\(suggestion)",
                                advice: "Use the columns \(columns.joined(separator: ", ")) (export the glossary to see them).")
            }
            index[key] = column
        }
        guard index["id"] != nil else {
            throw ReadError(file: file, position: SourcePosition(line: headerLine, column: 1), problem: "There is no 'id' column.",
                            advice: "The first row must name the columns, and one of them must be 'id'.")
        }
        var changes: [EntryChange] = []
        var seen: Set<String> = []
        for row in rows.dropFirst() {
            let (line, cells) = (row.line, row.cells)
            if cells.allSatisfy({ trimmed($0).isEmpty }) { continue }
            guard cells.count == header.count else {
                throw ReadError(file: file, position: SourcePosition(line: line, column: 1),
                                problem: "This row has \(cells.count) cells but the header has \(header.count).",
                                advice: "Check for a missing comma, or text with a comma that needs quotes around it.")
            }
            func cell(_ name: String) -> String? {
                guard let column = index[name] else { return nil }
                let value = restored(trimmed(cells[column]))
                return value.isEmpty ? nil : value
            }
            func list(_ name: String) -> [String]? {
                cell(name).map { $0.split(separator: ";").map { trimmed($0) }.filter { !$0.isEmpty } }
            }
            let position = SourcePosition(line: line, column: 1)
            guard let id = cell("id") else {
                throw ReadError(file: file, position: position, problem: "This row has no id.",
                                advice: "Give every row an id of lower-case letters, digits and dashes.")
            }
            guard EntryChange.isValidID(id) else {
                throw ReadError(file: file, position: position, problem: "The id '\(id)' has characters an id cannot have.",
                                advice: "Use only lower-case letters, digits and dashes, such as 'care-package'.")
            }
            guard seen.insert(id).inserted else {
                throw ReadError(file: file, position: position, problem: "The id '\(id)' is used twice.", advice: "Keep one row for each id.")
            }
            var kind: GlossaryEntry.Kind?
            if let kindText = cell("kind") {
                guard let parsed = GlossaryEntry.Kind(rawValue: kindText.lowercased()) else {
                    throw ReadError(file: file, position: position, problem: "The kind '\(kindText)' of '\(id)' is not one Roundtable knows.",
                                    advice: "Use acronym, jargon or label.")
                }
                kind = parsed
            }
            changes.append(EntryChange(id: id, term: cell("term"), kind: kind, expansions: list("expansions"), variants: list("variants"),
                                       meaning: cell("meaning"), alternatives: list("alternatives"), why: cell("why"),
                                       domain: cell("domain"), file: file, position: position))
        }
        return changes
    }

    /// `text` without white space at either end. (Spreadsheets hold many cells: this avoids
    /// Foundation's slower trimming.)
    private static func trimmed<Text: StringProtocol>(_ text: Text) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(text[first...last])
    }

    /// `value` without the `'` that writing put in front of a formula-like start (see `CSVRows.line`).
    static func restored(_ value: String) -> String {
        let characters = value.prefix(2)
        guard characters.count == 2, characters.first == "'", let second = characters.last, CSVRows.formulaStarts.contains(second) else { return value }
        return String(value.dropFirst())
    }
}
