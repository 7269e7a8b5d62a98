import Documents
import Foundation
import SessionStore

/// The records of one tax year as a spreadsheet (CSV) for the finance team: one row for each
/// payment, voucher and expenses paid, by date. Amounts are written as `25.00`, with no pound sign.
public struct RecognitionSpreadsheet: Sendable {
    /// The columns: the day paid (year-month-day), the person's name, `payment`, `voucher` or
    /// `expenses`, the amount, what kind of voucher or what the expenses were for, the session's
    /// number, title and date, the person's role in it, the minutes spent preparing, and the
    /// store's number for the record.
    public static let columns = ["date", "name", "type", "amount", "details", "session", "session_title", "session_date", "role",
                                 "preparation_minutes", "record"]

    /// The tax year it covers.
    public let taxYear: TaxYear
    /// The current records paid in the tax year, by date.
    public let records: [Involvement]

    /// The spreadsheet of `records` paid in `taxYear` (current records only).
    public init(taxYear: TaxYear, records: [Involvement]) {
        self.taxYear = taxYear
        self.records = RecognitionRecords.inYear(records, taxYear)
    }

    /// The rows, without the header.
    public var rows: [[String]] {
        records.flatMap { record -> [[String]] in
            func row(_ type: String, _ amount: Money, _ details: String) -> [String] {
                [record.paidOn?.iso ?? "", record.person.displayName, type, amount.decimal, details, "\(record.session.id)",
                 record.session.title, record.session.date?.iso ?? "", record.role.words, "\(record.preparationMinutes)", "\(record.id)"]
            }
            var rows: [[String]] = []
            switch record.choice {
            case .payment(let amount): rows.append(row("payment", amount, ""))
            case .voucher(let amount, let kind): rows.append(row("voucher", amount, kind))
            case .nothing: break
            }
            if let expenses = record.expenses { rows.append(row("expenses", expenses.amount, expenses.what)) }
            return rows
        }
    }

    /// The whole spreadsheet, with its header row.
    public var csv: String {
        CSVRows.text(header: Self.columns, rows: rows)
    }

    /// The file, `baseName.csv` in `folder`, ready to write all or nothing.
    public func file(baseName: String, into folder: URL) -> OutputFiles.File {
        OutputFiles.File(url: folder.appendingPathComponent(baseName + ".csv"), data: Data(csv.utf8))
    }
}
