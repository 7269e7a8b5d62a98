import Foundation
/// The facts about a document that writers put in its title page and document properties.
public struct Metadata: Sendable, Equatable {
    /// The document's title; writers fall back to the first heading, then to a neutral title.
    public var title: String?
    /// A line shown under the title.
    public var subtitle: String?
    /// The day the document is about or was written; also the only source of dates in output.
    public var date: CalendarDate?
    /// The organisation that publishes the document.
    public var organisation: String?
    /// The people or groups who wrote it.
    public var authors: [String]
    /// The BCP 47 language tag of the text, such as `en-GB`.
    public var language: String
    /// A sentence or two saying what the document is for.
    public var summary: String?
    /// Words that help people find the document.
    public var keywords: [String]
    /// Words the author allowed in the file itself, such as `<!-- roundtable: allow ICB -->` in
    /// Markdown or a web page, so the wording check leaves them be. Never written out.
    public var allowedTerms: [String]
    /// Phrases the author asked to keep as they are in a published pack, although they hold part
    /// of a name that is hidden: `<!-- roundtable: keep Young people -->`. Never written out.
    public var keptPhrases: [String]

    /// Creates metadata; every field is optional except the language, which defaults to British English.
    public init(title: String? = nil, subtitle: String? = nil, date: CalendarDate? = nil,
                organisation: String? = nil, authors: [String] = [], language: String = "en-GB",
                summary: String? = nil, keywords: [String] = [], allowedTerms: [String] = [], keptPhrases: [String] = []) {
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.organisation = organisation
        self.authors = authors
        self.language = language
        self.summary = summary
        self.keywords = keywords
        self.allowedTerms = allowedTerms
        self.keptPhrases = keptPhrases
    }
}

/// A day in the Gregorian calendar, with no time and no time zone, so output never depends on the clock.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, from 1 to 9999.
    public let year: Int
    /// The month, 1 for January to 12 for December.
    public let month: Int
    /// The day of the month, from 1; always a day that month has.
    public let day: Int

    /// Creates a date, or returns nil when the day does not exist (30 February, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads a date written as `YYYY-MM-DD`, or returns nil.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day it is at `now` on this computer's calendar and in its time zone, or nil when the
    /// clock gives a year outside 1 to 9999.
    public static func today(_ now: Date = Date(), calendar: Calendar = .current) -> CalendarDate? {
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The date as `YYYY-MM-DD`.
    public var iso: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The date as people in the UK write it: `15 October 2026`.
    public var long: String { "\(day) \(CalendarDate.monthNames[month - 1]) \(year)" }

    public var description: String { iso }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
