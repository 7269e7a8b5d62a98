import Documents

/// The bank holidays of England and Wales, worked out from the rules in the Banking and
/// Financial Dealings Act 1971 and the yearly proclamations, so no list needs updating:
/// New Year's Day, Good Friday, Easter Monday, the early May, spring and summer bank holidays,
/// Christmas Day and Boxing Day, with a weekday instead when one falls on a weekend.
///
/// One-off days (a royal wedding, funeral or jubilee, or a holiday moved for an anniversary, as in
/// 2020 and 2022) are not rules, so they are not here; the last ones were in 2023.
public enum BankHolidays {
    /// A bank holiday: its day and its name.
    public struct Holiday: Sendable, Equatable {
        /// The day it falls on, after any move to a weekday.
        public var date: CalendarDate
        /// Its name as GOV.UK gives it, such as "Boxing Day (substitute day)".
        public var name: String
    }

    /// The bank holidays of `year` in England and Wales, in date order.
    public static func englandAndWales(_ year: Int) -> [Holiday] {
        guard let newYear = CalendarDate(year: year, month: 1, day: 1),
              let easter = easterSunday(year),
              let may = CalendarDate(year: year, month: 5, day: 1),
              let endOfMay = CalendarDate(year: year, month: 5, day: 31),
              let endOfAugust = CalendarDate(year: year, month: 8, day: 31),
              let christmas = CalendarDate(year: year, month: 12, day: 25),
              let boxingDay = CalendarDate(year: year, month: 12, day: 26) else { return [] }
        var holidays: [Holiday] = []
        func add(_ date: CalendarDate?, _ name: String) {
            if let date { holidays.append(Holiday(date: date, name: name)) }
        }
        add(weekdayOnOrAfter(newYear), newYear.weekday >= 6 ? "New Year’s Day (substitute day)" : "New Year’s Day")
        add(easter.adding(days: -2), "Good Friday")
        add(easter.adding(days: 1), "Easter Monday")
        add(may.adding(days: (8 - may.weekday) % 7), "Early May bank holiday")
        add(endOfMay.adding(days: 1 - endOfMay.weekday), "Spring bank holiday")
        add(endOfAugust.adding(days: 1 - endOfAugust.weekday), "Summer bank holiday")
        switch christmas.weekday {
        case 5:  // Friday: Boxing Day falls on the Saturday and moves to the Monday.
            add(christmas, "Christmas Day")
            add(christmas.adding(days: 3), "Boxing Day (substitute day)")
        case 6:  // Saturday: both move, to the Monday and the Tuesday.
            add(christmas.adding(days: 2), "Christmas Day (substitute day)")
            add(christmas.adding(days: 3), "Boxing Day (substitute day)")
        case 7:  // Sunday: Boxing Day is the Monday and Christmas Day moves to the Tuesday.
            add(boxingDay, "Boxing Day")
            add(christmas.adding(days: 2), "Christmas Day (substitute day)")
        default:
            add(christmas, "Christmas Day")
            add(boxingDay, "Boxing Day")
        }
        return holidays
    }

    /// The bank holiday on `date`, if there is one.
    public static func holiday(on date: CalendarDate) -> Holiday? {
        englandAndWales(date.year).first { $0.date == date }
    }

    /// Easter Sunday by the anonymous Gregorian algorithm (Meeus, Jones and Butcher).
    static func easterSunday(_ year: Int) -> CalendarDate? {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }

    /// `date`, or the Monday after it when it is a Saturday or Sunday.
    private static func weekdayOnOrAfter(_ date: CalendarDate) -> CalendarDate? {
        date.weekday >= 6 ? date.adding(days: 8 - date.weekday) : date
    }
}
