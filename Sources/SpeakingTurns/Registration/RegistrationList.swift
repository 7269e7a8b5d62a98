import Documents
import Foundation

/// A registration list from a spreadsheet: one person per row, with the columns name, role,
/// organisation, consent (to be named), email, phone, contact (consent to be contacted) and on
/// behalf of (the registered member a colleague comes in place of); only name is required. It is
/// a private working list, never published: like the name column, "on behalf of" holds a name.
public enum RegistrationList {
    /// The columns a list may have.
    public static let columns = ["name", "role", "organisation", "consent", "email", "phone", "contact", "on behalf of"]

    /// One row of the list.
    public struct Entry: Sendable, Equatable {
        /// The line of the file the row starts on, for messages.
        public var line: Int
        /// The name the person wants to be called.
        public var name: String
        /// The role, when the row gives one.
        public var role: Role?
        /// The organisation they come from, when the row gives one.
        public var organisation: String?
        /// Whether the person agrees to be named, when the row says.
        public var consent: Bool?
        /// How to reach the person, when the row says.
        public var contact = ContactDetails.none
        /// Whether the person agrees to be contacted (to be on the mailing list), when the row says.
        public var contactConsent: Bool?
        /// The name of the registered member this person comes on behalf of, when the row gives one.
        public var onBehalfOf: String?
    }

    /// Reads CSV text from `file` (for messages). Every error names the line.
    public static func read(_ text: String, file: String) throws(ReadError) -> [Entry] {
        let rows = try CSVRows.parse(text, file: file)
        guard let header = rows.first else { return [] }
        var index: [String: Int] = [:]
        for (column, name) in header.cells.enumerated() {
            // "On behalf of", "on-behalf-of" and "on_behalf_of" are the same column.
            var key = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).joined(separator: " ")
            if key == "organization" { key = "organisation" }
            guard columns.contains(key) else {
                let suggestion = Suggestions.closest(to: key, among: columns).map { " Did you mean '\($0)'?" } ?? ""
                throw ReadError(file: file, position: SourcePosition(line: header.line, column: 1),
                                problem: "The column '\(name)' is not one Roundtable knows.\(suggestion)",
                                advice: "The first row must name the columns, from: \(columns.joined(separator: ", ")).")
            }
            index[key] = column
        }
        guard index["name"] != nil else {
            throw ReadError(file: file, position: SourcePosition(line: header.line, column: 1), problem: "There is no 'name' column.",
                            advice: "The first row must name the columns, from: \(columns.joined(separator: ", ")).")
        }
        var entries: [Entry] = []
        var seen: [String: Int] = [:]
        for row in rows.dropFirst() where !row.cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            let position = SourcePosition(line: row.line, column: 1)
            guard row.cells.count <= header.cells.count else {
                throw ReadError(file: file, position: position,
                                problem: "This row has \(row.cells.count) cells but the first row names \(header.cells.count) columns.",
                                advice: "Check for a comma inside a name or organisation: put quotes around that cell.")
            }
            func cell(_ name: String) -> String? {
                guard let column = index[name], column < row.cells.count else { return nil }
                let value = row.cells[column].trimmingCharacters(in: .whitespacesAndNewlines)
                return value.isEmpty ? nil : value
            }
            func answer(_ column: String, meaning: String) throws(ReadError) -> Bool? {
                guard let text = cell(column) else { return nil }
                guard let answer = ConsentAnswer(text: text) else {
                    throw ReadError(file: file, position: SourcePosition(line: row.line, column: (index[column] ?? 0) + 1),
                                    problem: "The \(column) answer '\(text)' of row \(row.line) is not yes or no.",
                                    advice: "Write yes if the person agrees \(meaning), no if not, or leave it empty.")
                }
                return answer.isGiven
            }
            guard let written = cell("name") else {
                throw ReadError(file: file, position: position, problem: "This row has no name.",
                                advice: "Write the name the person wants to be called, or delete the row.")
            }
            func normalised(_ written: String, column: String) throws(ReadError) -> String {
                do {
                    return try PersonName.normalised(written)
                } catch {
                    throw ReadError(file: file, position: SourcePosition(line: row.line, column: (index[column] ?? 0) + 1),
                                    problem: error.message(for: written), advice: "Correct the name in the spreadsheet. Nothing was imported.")
                }
            }
            let name = try normalised(written, column: "name")
            let onBehalfOf = try cell("on behalf of").map { text throws(ReadError) in try normalised(text, column: "on behalf of") }
            if let onBehalfOf, onBehalfOf.lowercased() == name.lowercased() {
                throw ReadError(file: file, position: SourcePosition(line: row.line, column: (index["on behalf of"] ?? 0) + 1),
                                problem: "'\(name)' cannot come on behalf of themselves.",
                                advice: "Write the name of the registered member they come in place of, or leave the cell empty.")
            }
            if let earlier = seen[name.lowercased()] {
                throw ReadError(file: file, position: position, problem: "'\(name)' is already on line \(earlier).",
                                advice: "Keep one row for each person.")
            }
            seen[name.lowercased()] = row.line
            var role: Role?
            if let text = cell("role") {
                guard let parsed = Role(text: text) else {
                    let suggestion = Role.likely(text).map { " Did you mean '\($0.name)'?" } ?? ""
                    throw ReadError(file: file, position: position, problem: "The role '\(text)' of '\(name)' is not one Roundtable knows.\(suggestion)",
                                    advice: "Use one of: \(Role.choices).")
                }
                role = parsed
            }
            var consent: Bool?
            if let text = cell("consent") {
                guard let answer = ConsentAnswer(text: text) else {
                    throw ReadError(file: file, position: position, problem: "The consent '\(text)' of '\(name)' is not yes or no.",
                                    advice: "Write yes if the person agrees to be named in published documents, no if not, or leave it empty.")
                }
                consent = answer.isGiven
            }
            let contact: ContactDetails
            do {
                contact = try ContactDetails(email: cell("email"), phone: cell("phone"))
            } catch {
                let column = if case .email = error { index["email"] } else { index["phone"] }
                throw ReadError(file: file, position: SourcePosition(line: row.line, column: (column ?? 0) + 1),
                                problem: error.message, advice: "Correct it in the spreadsheet, or leave the cell empty. Nothing was imported.")
            }
            entries.append(Entry(line: row.line, name: name, role: role, organisation: cell("organisation"), consent: consent,
                                 contact: contact, contactConsent: try answer("contact", meaning: "to be sent news of the group"),
                                 onBehalfOf: onBehalfOf))
        }
        return entries
    }
}
