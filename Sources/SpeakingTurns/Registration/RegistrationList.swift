import Documents
import Foundation

/// A registration list from a spreadsheet: one person per row, with the columns name, role,
/// organisation, consent (to be named), email, phone and contact (consent to be contacted); only
/// name is required.
public enum RegistrationList {
    /// The columns a list may have.
    public static let columns = ["name", "role", "organisation", "consent", "email", "phone", "contact"]

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
    }

    /// Reads CSV text from `file` (for messages). Every error names the line.
    public static func read(_ text: String, file: String) throws(ReadError) -> [Entry] {
        let rows = try CSVRows.parse(text, file: file)
        guard let header = rows.first else { return [] }
        var index: [String: Int] = [:]
        for (column, name) in header.cells.enumerated() {
            var key = name.trimmingCharacters(in: .whitespaces).lowercased()
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
            let name: String
            do {
                name = try PersonName.normalised(written)
            } catch {
                throw ReadError(file: file, position: SourcePosition(line: row.line, column: (index["name"] ?? 0) + 1),
                                problem: error.message(for: written), advice: "Correct the name in the spreadsheet. Nothing was imported.")
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
                                 contact: contact, contactConsent: try answer("contact", meaning: "to be sent news of the group")))
        }
        return entries
    }
}
