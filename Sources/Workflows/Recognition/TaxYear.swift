import Documents
import Foundation

/// A UK tax year: 6 April of one year to 5 April of the next. Tax year 2026 runs from 6 April
/// 2026 to 5 April 2027.
public struct TaxYear: Sendable, Hashable {
    /// The year it starts in.
    public let startYear: Int
    /// Its first day: 6 April.
    public let first: CalendarDate
    /// Its last day: 5 April of the next year.
    public let last: CalendarDate

    /// The tax year that starts on 6 April of `startYear`, or nil when the calendar cannot hold it.
    public init?(startYear: Int) {
        guard let first = CalendarDate(year: startYear, month: 4, day: 6),
              let last = CalendarDate(year: startYear + 1, month: 4, day: 5) else { return nil }
        self.startYear = startYear
        self.first = first
        self.last = last
    }

    /// Reads a tax year as people write it: `2026`, `2026-27`, `2026/27`, `2026-2027` or
    /// `2026 to 2027`, all meaning 6 April 2026 to 5 April 2027.
    public init(text: String) throws(TaxYearProblem) {
        let cleaned = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: " to ", with: "-")
            .replacingOccurrences(of: "/", with: "-")
        let parts = cleaned.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, first.allSatisfy({ $0.isASCII && $0.isNumber }),
              let start = Int(first), let year = TaxYear(startYear: start) else { throw TaxYearProblem(text: text) }
        if parts.count == 2 {
            let end = parts[1]
            guard end.allSatisfy({ $0.isASCII && $0.isNumber }),
                  (end.count == 4 && Int(end) == start + 1) || (end.count == 2 && Int(end) == (start + 1) % 100) else {
                throw TaxYearProblem(text: text)
            }
        } else if parts.count != 1 {
            throw TaxYearProblem(text: text)
        }
        self = year
    }

    /// The tax year `day` falls in, or nil at the very ends of the calendar.
    public init?(containing day: CalendarDate) {
        self.init(startYear: (day.month, day.day) >= (4, 6) ? day.year : day.year - 1)
    }

    /// Whether `day` is in it.
    public func contains(_ day: CalendarDate) -> Bool { first <= day && day <= last }

    /// "6 April 2026 to 5 April 2027".
    public var words: String { "\(first.long) to \(last.long)" }

    /// "2026 to 2027", as HM Revenue and Customs names tax years.
    public var name: String { "\(startYear) to \(startYear + 1)" }
}

/// A tax year that could not be read.
public struct TaxYearProblem: Error, Sendable, Equatable {
    /// What was typed.
    public let text: String

    /// The problem and what to write instead.
    public var message: String {
        "'\(text)' is not a tax year Roundtable can read. Write the year it starts in, for example 2026 for 6 April 2026 to 5 April 2027."
    }
}
