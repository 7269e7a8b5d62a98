import Documents
import Foundation
import PropertyBased
import SessionStore
import SpeakingTurns
import Testing
import TestSupport
@testable import Workflows

/// A person's statement of what they received in a tax year, and the finance team's spreadsheet:
/// what is in them, the tax year's edges, the same bytes every time, and totals that always match.
@Suite struct RecognitionStatementTests {
    static let rosa = Participant(id: 1, displayName: "Rosa Lind", role: .expertByExperience)
    static let sam = Participant(id: 2, displayName: "Sam Jones", role: .expertByExperience)

    static func day(_ iso: String) throws -> CalendarDate { try #require(CalendarDate(iso: iso)) }

    static func record(_ id: InvolvementID, _ person: Participant = rosa, paid: String?, _ choice: RecognitionChoice,
                       expenses: Expenses? = nil, preparation: Int = 0, role: InvolvementRole = .attended,
                       title: String = "Language, and why words matter", replaced: Bool = false) throws -> Involvement {
        let paidOn = try paid.map(day)
        return Involvement(id: id, person: person, session: SessionDetails(id: id, title: title, date: paidOn), role: role,
                           preparationMinutes: preparation, choice: choice, expenses: expenses, paidOn: paidOn,
                           recordedAt: Date(timeIntervalSince1970: 1_790_000_000), isReplaced: replaced)
    }

    /// Records around the edges of tax year 2026, for Rosa and one for Sam.
    static func records() throws -> [Involvement] {
        [try record(1, paid: "2026-04-05", .payment(Money(pence: 9_999))),
         try record(2, paid: "2026-04-06", .payment(Money(pence: 12_345)), expenses: Expenses(amount: Money(pence: 320), what: "bus fare, return \"peak\""),
                    preparation: 90, role: .presented),
         try record(3, paid: "2027-04-05", .voucher(Money(pence: 2_000), kind: "Zephyrvoucher for the supermarket")),
         try record(4, paid: "2027-04-06", .payment(Money(pence: 7_777))),
         try record(5, paid: "2026-10-14", .nothing, expenses: Expenses(amount: Money(pence: 450), what: "taxi")),
         try record(6, paid: "2026-11-01", .payment(Money(pence: 100_000)), replaced: true),
         try record(7, sam, paid: "2026-10-14", .payment(Money(pence: 5_555)))]
    }

    @Test func aTaxYearRunsFromTheSixthOfAprilToTheFifthAndIsReadAsPeopleWriteIt() throws {
        let year = try TaxYear(text: "2026")
        #expect(year.words == "6 April 2026 to 5 April 2027")
        let (before, first, last, after) = (try Self.day("2026-04-05"), try Self.day("2026-04-06"), try Self.day("2027-04-05"), try Self.day("2027-04-06"))
        #expect(!year.contains(before) && year.contains(first))
        #expect(year.contains(last) && !year.contains(after))
        #expect(TaxYear(containing: try Self.day("2026-04-05"))?.startYear == 2025)
        #expect(TaxYear(containing: try Self.day("2026-04-06"))?.startYear == 2026)
        for text in ["2026-27", "2026/27", "2026-2027", "2026 to 2027", " 2026 "] {
            #expect(try TaxYear(text: text) == year, "\(text)")
        }
        for text in ["26", "2026-28", "2026/2028", "twenty", "", "2026-", "20266"] {
            #expect(throws: TaxYearProblem(text: text)) { try TaxYear(text: text) }
        }
    }

    @Test func timeIsReadInMinutesOrHoursAndAnythingElseIsRefused() throws {
        for (text, minutes) in [("30m", 30), ("1h", 60), ("1h30m", 90), ("1h 30", 90), ("45", 45), ("1 hour 30 minutes", 90), ("0", 0), ("2 hrs", 120)] {
            #expect(try TimeGiven.minutes(text) == minutes, "\(text)")
        }
        for text in ["lots", "30m1h", "1.5h", "", "-5", "1h2h", "30s", "123456"] {
            #expect(throws: TimeGivenProblem(text: text), "\(text)") { try TimeGiven.minutes(text) }
        }
    }

    @Test func theStatementListsEveryPaymentAndVoucherOfTheYearAndTheExpensesApart() throws {
        let statement = RecognitionStatement(person: Self.rosa, taxYear: try TaxYear(text: "2026"), records: try Self.records())
        #expect(statement.received.map(\.id) == [2, 3], "5 April 2026 and 6 April 2027 are outside; a replaced record and nothing chosen are not listed")
        #expect(statement.expenses.map(\.id) == [2, 5])
        #expect(statement.payments == Money(pence: 12_345) && statement.vouchers == Money(pence: 2_000))
        #expect(statement.total == Money(pence: 14_345) && statement.expensesTotal == Money(pence: 770))
        #expect(statement.baseName == "recognition-2026-to-2027-rosa-lind")

        let html = String(decoding: try HTMLWriter().write(statement.document, options: .standard), as: UTF8.self)
        for words in ["What you received for your involvement", "Rosa Lind", "6 April 2026 to 5 April 2027",
                      "You can show this to a benefits adviser or work coach.", "6 April 2026", "Presented",
                      "Payment for your time, including 1 hour 30 minutes to prepare", "£123.45", "5 April 2027",
                      "Zephyrvoucher for the supermarket for your time", "£20.00", "Expenses paid back to you", "Taxi", "£4.50",
                      "£143.45", "£7.70"] {
            #expect(html.contains(words), "\(words)")
        }
        for words in ["£99.99", "£77.77", "£1,000.00", "Sam Jones", "£55.55"] {
            #expect(!html.contains(words), "\(words) is not this person's, or not in this tax year")
        }

        let parts = try ZIPParts.unzip(try DOCXWriter().write(statement.document, options: .standard))
        let documentPart = try #require(parts["word/document.xml"])
        let body = try #require(XMLProbe(documentPart))
        let cells = body.strings("//w:tc").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(cells.contains("£123.45") && cells.contains("14 October 2026") && cells.contains("£143.45"))
        let core = String(decoding: try #require(parts["docProps/core.xml"]), as: UTF8.self)
        #expect(core.contains("What you received for your involvement"))
    }

    @Test func aYearWithNothingSaysSo() throws {
        let statement = RecognitionStatement(person: Self.rosa, taxYear: try TaxYear(text: "2030"), records: try Self.records())
        let text = String(decoding: try PlainTextWriter().write(statement.document, options: .standard), as: UTF8.self)
        #expect(text.contains("You received no payments or vouchers in this tax year."))
        #expect(text.contains("No expenses were paid back to you in this tax year."))
        #expect(statement.total == .zero)
    }

    @Test func everyFormatIsTheSameBytesEveryTime() throws {
        let records = try Self.records()
        for format in [OutputFormat.html, .docx, .fodt] {
            let first = try format.writer.write(RecognitionStatement(person: Self.rosa, taxYear: try TaxYear(text: "2026"), records: records).document,
                                                options: .standard)
            let second = try format.writer.write(RecognitionStatement(person: Self.rosa, taxYear: try TaxYear(text: "2026"), records: records.reversed()).document,
                                                 options: .standard)
            #expect(first == second, "\(format)")
        }
    }

    @Test func theSpreadsheetHasARowForEachPaymentVoucherAndExpensesAndReadsBack() throws {
        let spreadsheet = RecognitionSpreadsheet(taxYear: try TaxYear(text: "2026"), records: try Self.records())
        let rows = try CSVRows.parse(spreadsheet.csv, file: "recognition.csv").map(\.cells)
        #expect(rows.first == RecognitionSpreadsheet.columns)
        #expect(rows.dropFirst().map { [$0[0], $0[1], $0[2], $0[3], $0[4]] } == [
            ["2026-04-06", "Rosa Lind", "payment", "123.45", ""],
            ["2026-04-06", "Rosa Lind", "expenses", "3.20", "bus fare, return \"peak\""],
            ["2026-10-14", "Rosa Lind", "expenses", "4.50", "taxi"],
            ["2026-10-14", "Sam Jones", "payment", "55.55", ""],
            ["2027-04-05", "Rosa Lind", "voucher", "20.00", "Zephyrvoucher for the supermarket"],
        ])
        #expect(rows[1][6] == "Language, and why words matter" && rows[1][8] == "presented" && rows[1][9] == "90")
        #expect(spreadsheet.csv.contains("\"bus fare, return \"\"peak\"\"\""), "a comma or quote is quoted")
    }

    /// For any records, the statement's totals are the sum of the person's current records paid in
    /// the tax year, and nothing outside it is listed.
    @Test func theTotalIsTheSumOfTheRecordsInTheYearAndNoneOutside() async throws {
        let year = try TaxYear(text: "2026")
        // Each record: a day from 1 January 2025 to 31 December 2028, a kind, an amount, expenses, replaced or not.
        let generator = zip(Gen.int(in: 0...(4 * 365)), Gen.int(in: 0...2), Gen.int(in: 1...100_000), Gen.int(in: 0...5_000), Gen.int(in: 0...3))
            .array(of: 0...25)
        await propertyCheck(count: 60, input: generator) { inputs in
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
            let start = calendar.date(from: DateComponents(year: 2025, month: 1, day: 1)) ?? Date()
            let records = inputs.enumerated().compactMap { index, input -> Involvement? in
                let (offset, kind, pence, expenses, flags) = input
                guard let date = calendar.date(byAdding: .day, value: offset, to: start),
                      let day = CalendarDate.today(date, calendar: calendar) else { return nil }
                let choice: RecognitionChoice = kind == 0 ? .payment(Money(pence: Int64(pence)))
                    : kind == 1 ? .voucher(Money(pence: Int64(pence)), kind: "voucher") : .nothing
                return Involvement(id: Int64(index + 1), person: flags == 3 ? Self.sam : Self.rosa,
                                   session: SessionDetails(id: Int64(index + 1), title: "Session \(index)", date: day), role: .attended,
                                   preparationMinutes: 0, choice: choice,
                                   expenses: expenses > 0 ? Expenses(amount: Money(pence: Int64(expenses)), what: "fare") : nil,
                                   paidOn: day, recordedAt: start, isReplaced: flags == 2)
            }
            let counted = records.filter { $0.person == Self.rosa && !$0.isReplaced && $0.paidOn.map(year.contains) == true }
            let statement = RecognitionStatement(person: Self.rosa, taxYear: year, records: records)
            #expect(statement.total == Money.total(counted.map(\.choice.amount)))
            #expect(statement.expensesTotal == Money.total(counted.compactMap(\.expenses?.amount)))
            #expect(statement.received.allSatisfy { $0.paidOn.map(year.contains) == true && $0.person == Self.rosa && !$0.isReplaced })
            #expect(statement.received.count == counted.filter { $0.choice != .nothing }.count)
            let spreadsheet = RecognitionSpreadsheet(taxYear: year, records: records)
            let sum = spreadsheet.rows.compactMap { row in try? Money(text: row[3]) }.reduce(Money.zero, +)
            let everyone = records.filter { !$0.isReplaced && $0.paidOn.map(year.contains) == true }
            #expect(sum == Money.total(everyone.map(\.choice.amount)) + Money.total(everyone.compactMap(\.expenses?.amount)))
        }
    }
}
