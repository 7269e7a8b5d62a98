import Documents
import Foundation

/// The VTIMEZONE component for a time zone, built from Foundation's own record of its changes
/// (RFC 5545 section 3.6.5), so calendar programs place the event at the right local time.
///
/// When the changes follow a yearly rule over the years covered (the last Sunday of March at
/// 01:00 for Europe/London), each kind of change is written once with an RRULE; otherwise every
/// change in the covered years is written out. A zone with no changes gets one STANDARD part.
struct VTimeZone {
    let zone: TimeZone
    /// The IANA name written as TZID.
    let id: String
    /// The years the event covers; one year before the first is added so its date is always after a change.
    let years: ClosedRange<Int>

    /// One change of offset.
    private struct Change {
        let from: Int
        let to: Int
        let isDaylight: Bool
        /// The local wall-clock time of the change, in the offset before it.
        let onset: DateComponents
    }

    /// The content lines, from BEGIN:VTIMEZONE to END:VTIMEZONE.
    var lines: [String] {
        let changes = self.changes()
        var lines = ["BEGIN:VTIMEZONE", "TZID:" + id]
        if changes.isEmpty {
            let offset = ICalendarFormat.offset(zone.secondsFromGMT(for: start(of: years.lowerBound)))
            lines += ["BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:" + offset, "TZOFFSETTO:" + offset, "END:STANDARD"]
        } else if let rules = yearlyRules(changes) {
            for (change, rule) in rules {
                lines += observance(change, extra: ["RRULE:" + rule])
            }
        } else {
            for change in changes { lines += observance(change, extra: []) }
        }
        lines.append("END:VTIMEZONE")
        return lines
    }

    private func observance(_ change: Change, extra: [String]) -> [String] {
        let kind = change.isDaylight ? "DAYLIGHT" : "STANDARD"
        return ["BEGIN:" + kind, "DTSTART:" + ICalendarFormat.local(change.onset),
                "TZOFFSETFROM:" + ICalendarFormat.offset(change.from), "TZOFFSETTO:" + ICalendarFormat.offset(change.to)]
            + extra + ["END:" + kind]
    }

    private func start(of year: Int) -> Date {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = .gmt
        return utc.date(from: DateComponents(year: year, month: 1, day: 1)) ?? Date(timeIntervalSince1970: 0)
    }

    /// Every change of offset from the start of the first year to the end of the last.
    private func changes() -> [Change] {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = .gmt
        let end = start(of: years.upperBound + 1)
        var result: [Change] = []
        var cursor = start(of: years.lowerBound)
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < end, result.count < 1000 {
            let from = zone.secondsFromGMT(for: next.addingTimeInterval(-1))
            let to = zone.secondsFromGMT(for: next)
            if from != to {
                let onset = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: next.addingTimeInterval(TimeInterval(from)))
                result.append(Change(from: from, to: to, isDaylight: zone.isDaylightSavingTime(for: next), onset: onset))
            }
            cursor = next
        }
        return result
    }

    /// One change of each kind with its yearly RRULE, when every year has the same two changes on
    /// the same weekday of the same month at the same time; nil otherwise.
    private func yearlyRules(_ changes: [Change]) -> [(Change, String)]? {
        let expected = years.count
        var rules: [(Change, String)] = []
        for daylight in [true, false] {
            let group = changes.filter { $0.isDaylight == daylight }
            guard group.count == expected, let first = group.first else { return nil }
            guard let rule = commonRule(group), group.allSatisfy({ $0.from == first.from && $0.to == first.to }) else { return nil }
            rules.append((first, rule))
        }
        return rules.count == 2 && changes.count == 2 * expected ? rules : nil
    }

    /// "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" when every change falls on that day at the same time.
    private func commonRule(_ group: [Change]) -> String? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let keys = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
        var candidates: Set<String>?
        for change in group {
            guard let month = change.onset.month, let day = change.onset.day, let year = change.onset.year,
                  let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
                  let days = calendar.range(of: .day, in: .month, for: date)?.count else { return nil }
            let weekday = (calendar.component(.weekday, from: date) + 5) % 7  // Monday 0 … Sunday 6
            var here: Set<String> = []
            let nth = (day - 1) / 7 + 1
            if nth <= 4 { here.insert("FREQ=YEARLY;BYMONTH=\(month);BYDAY=\(nth)\(keys[weekday])") }
            if day + 7 > days { here.insert("FREQ=YEARLY;BYMONTH=\(month);BYDAY=-1\(keys[weekday])") }
            let time = [change.onset.hour ?? 0, change.onset.minute ?? 0, change.onset.second ?? 0]
            here = Set(here.map { $0 + "@" + time.map(String.init).joined(separator: ":") })
            candidates = candidates.map { $0.intersection(here) } ?? here
        }
        // Prefer "last" (-1), as zones' own rules usually say.
        guard let found = candidates?.sorted(by: { $0.contains("=-1") && !$1.contains("=-1") }).first else { return nil }
        return String(found.prefix { $0 != "@" })
    }
}

/// Date, time and offset forms of iCalendar.
enum ICalendarFormat {
    /// `+0100`, `-0500`, `+0530`.
    static func offset(_ seconds: Int) -> String {
        let minutes = abs(seconds) / 60
        return (seconds < 0 ? "-" : "+") + pad(minutes / 60, 2) + pad(minutes % 60, 2)
    }

    /// A local date-time, `20261014T100000`.
    static func local(_ components: DateComponents) -> String {
        pad(components.year ?? 1970, 4) + pad(components.month ?? 1, 2) + pad(components.day ?? 1, 2) + "T"
            + pad(components.hour ?? 0, 2) + pad(components.minute ?? 0, 2) + pad(components.second ?? 0, 2)
    }

    /// The local date-time of `time` on `date`, `20261014T100000`.
    static func local(_ date: CalendarDate, _ time: ClockTime) -> String {
        local(DateComponents(year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute, second: 0))
    }

    /// A UTC date-time, `20261014T090000Z`.
    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return local(calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)) + "Z"
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
