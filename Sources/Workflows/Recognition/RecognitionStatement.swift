import Documents
import Foundation
import SessionStore
import SpeakingTurns

/// A person's own statement of what they received for their involvement in one tax year: every
/// payment and voucher with its date, the expenses paid back apart, and the totals, for them to
/// show a benefits adviser or work coach. It names them, because it is theirs; it is never
/// published, and no pack, agenda, programme or report reads these records.
public struct RecognitionStatement: Sendable {
    /// The title of every statement.
    public static let title = "What you received for your involvement"

    /// The person it is for.
    public let person: Participant
    /// The tax year it covers.
    public let taxYear: TaxYear
    /// Their current records with a payment or a voucher paid in the tax year, by date.
    public let received: [Involvement]
    /// Their current records with expenses paid in the tax year, by date.
    public let expenses: [Involvement]

    /// The statement of `person` for `taxYear`, from `records`: only the person's current records
    /// (not the ones a correction replaced) with a day paid inside the tax year count, in date order.
    public init(person: Participant, taxYear: TaxYear, records: [Involvement]) {
        self.person = person
        self.taxYear = taxYear
        let inYear = RecognitionRecords.inYear(records, taxYear).filter { $0.person.id == person.id }
        received = inYear.filter { $0.choice != .nothing }
        expenses = inYear.filter { $0.expenses != nil }
    }

    /// The payments added up.
    public var payments: Money {
        Money.total(received.compactMap { if case .payment(let amount) = $0.choice { amount } else { nil } })
    }

    /// The vouchers' values added up.
    public var vouchers: Money {
        Money.total(received.compactMap { if case .voucher(let amount, _) = $0.choice { amount } else { nil } })
    }

    /// The payments and vouchers together.
    public var total: Money { payments + vouchers }

    /// The expenses paid back, added up.
    public var expensesTotal: Money { Money.total(expenses.compactMap(\.expenses?.amount)) }

    /// The name its files share: `recognition-2026-to-2027-rosa-lind`.
    public var baseName: String {
        let name = RecognitionRecords.fileNamePart(person.displayName)
        return "recognition-\(taxYear.startYear)-to-\(taxYear.startYear + 1)" + (name.isEmpty ? "-person-\(person.id)" : "-\(name)")
    }

    /// The statement as a document, for any writer.
    public var document: Document {
        var blocks: [Block] = [
            paragraph("This lists what \(person.displayName) received for taking part in our sessions in the tax year "
                      + "\(taxYear.words). You can show this to a benefits adviser or work coach."),
            paragraph("It is for you. We do not publish it or share it with anyone else."),
            .heading(Heading(level: 2, [.text("Payments and vouchers")])),
        ]
        if received.isEmpty {
            blocks.append(paragraph("You received no payments or vouchers in this tax year."))
        } else {
            blocks.append(.table(Table(
                alignments: [.left, .left, .left, .left, .right],
                header: ["Date", "Session", "Your role", "What it was for", "Amount"].map { [.text($0)] },
                rows: received.map { record in
                    [record.paidOn?.long ?? "", record.session.title, Self.role(record.role), Self.purpose(record), record.choice.amount.pounds]
                        .map { [.text($0)] }
                })))
        }
        blocks.append(.heading(Heading(level: 2, [.text("Expenses paid back to you")])))
        if expenses.isEmpty {
            blocks.append(paragraph("No expenses were paid back to you in this tax year."))
        } else {
            blocks.append(paragraph("Expenses are money paid back to you for what taking part cost you, such as a bus fare. They are listed apart from payments and vouchers."))
            blocks.append(.table(Table(
                alignments: [.left, .left, .left, .right],
                header: ["Date", "Session", "What it was for", "Amount"].map { [.text($0)] },
                rows: expenses.map { record in
                    [record.paidOn?.long ?? "", record.session.title, Self.capitalised(record.expenses?.what ?? ""),
                     record.expenses?.amount.pounds ?? ""].map { [.text($0)] }
                })))
        }
        blocks.append(.heading(Heading(level: 2, [.text("Totals for \(taxYear.words)")])))
        blocks.append(.table(Table(
            alignments: [.left, .right],
            header: [[.text("What")], [.text("Amount")]],
            rows: [("Payments", payments), ("Vouchers", vouchers), ("Payments and vouchers together", total),
                   ("Expenses paid back to you", expensesTotal)].map { [[.text($0.0)], [.text($0.1.pounds)]] })))
        blocks.append(paragraph("If something here looks wrong, please tell the people who run the sessions."))
        return Document(metadata: Metadata(title: Self.title, subtitle: "\(person.displayName): \(taxYear.words)"), blocks: blocks)
    }

    /// "Took part", "Co-facilitated", "Presented".
    static func role(_ role: InvolvementRole) -> String {
        switch role {
        case .attended: return "Took part"
        case .coFacilitated: return "Co-facilitated"
        case .presented: return "Presented"
        }
    }

    /// "Payment for your time, including 30 minutes to prepare", "Supermarket voucher for your time".
    static func purpose(_ record: Involvement) -> String {
        let preparation = record.preparationMinutes > 0 ? ", including \(RecognitionRecords.duration(record.preparationMinutes)) to prepare" : ""
        switch record.choice {
        case .payment: return "Payment for your time" + preparation
        case .voucher(_, let kind): return capitalised(kind) + " for your time" + preparation
        case .nothing: return ""
        }
    }

    /// `text` with a capital first letter.
    static func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    private func paragraph(_ text: String) -> Block {
        .paragraph(Paragraph([.text(text)]))
    }
}

/// What the statement, the spreadsheet and the list share about records.
enum RecognitionRecords {
    /// The current records paid in `year`, by day paid, then session date, then record number.
    static func inYear(_ records: [Involvement], _ year: TaxYear) -> [Involvement] {
        records.filter { record in !record.isReplaced && record.paidOn.map(year.contains) == true }
            .sorted { ($0.paidOn?.iso ?? "", $0.session.date?.iso ?? "", $0.id) < ($1.paidOn?.iso ?? "", $1.session.date?.iso ?? "", $1.id) }
    }

    /// "30 minutes", "1 hour", "1 hour 30 minutes", "2 hours".
    static func duration(_ minutes: Int) -> String {
        let (hours, rest) = (minutes / 60, minutes % 60)
        let hourWords = hours == 0 ? nil : "\(hours) \(hours == 1 ? "hour" : "hours")"
        let minuteWords = rest == 0 && hours > 0 ? nil : "\(rest) \(rest == 1 ? "minute" : "minutes")"
        return [hourWords, minuteWords].compactMap { $0 }.joined(separator: " ")
    }

    /// A name as part of a file name: small letters, digits and dashes, without accents.
    static func fileNamePart(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var result = ""
        for character in folded {
            if character.isASCII && (character.isLetter || character.isNumber) {
                result.append(character)
            } else if !result.isEmpty && result.last != "-" {
                result.append("-")
            }
        }
        while result.last == "-" { result.removeLast() }
        return String(result.prefix(60))
    }
}
