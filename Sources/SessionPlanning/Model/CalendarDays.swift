import Documents

extension CalendarDate {
    /// The number of days from 1 January 1970 to this date (negative before), for counting days between dates.
    var dayNumber: Int {
        // Howard Hinnant's days-from-civil algorithm for the proleptic Gregorian calendar.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` days later (or earlier, when negative); nil outside years 1…9999.
    func adding(days: Int) -> CalendarDate? {
        let z = dayNumber + days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return CalendarDate(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The number of days from `other` to this date.
    func days(since other: CalendarDate) -> Int { dayNumber - other.dayNumber }

    /// The day of the week, 1 for Monday to 7 for Sunday.
    var weekday: Int {
        let value = (dayNumber + 3) % 7  // 1 January 1970 was a Thursday (3 days after Monday).
        return (value < 0 ? value + 7 : value) + 1
    }

    /// "Wednesday".
    var weekdayName: String {
        Weekday(self).name
    }
}
