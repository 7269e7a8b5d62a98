import Documents
import Foundation

/// Turns an agenda's or a session's local dates and times into instants in its time zone, and
/// says them in words.
public struct AgendaTimes: Sendable {
    let zone: TimeZone
    private let calendar: Calendar

    /// The times of `agenda`; its time zone was checked when it was read.
    init(_ agenda: Agenda) {
        self.init(timeZone: agenda.timeZone)
    }

    /// The times in the time zone called `timeZone` (an IANA name; UTC if it is not one).
    public init(timeZone: String) {
        zone = TimeZone(identifier: timeZone) ?? .gmt
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        self.calendar = calendar
    }

    /// The instant of `time` on `date` in this time zone.
    public func instant(_ date: CalendarDate, _ time: ClockTime) -> Date {
        let components = DateComponents(year: date.year, month: date.month, day: date.day,
                                        hour: time.hour, minute: time.minute)
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    /// The offset from UTC on `date` at `time`, as people read it: "UTC+1", "UTC", "UTC+5:30".
    func offsetLabel(_ date: CalendarDate, _ time: ClockTime) -> String {
        let seconds = zone.secondsFromGMT(for: instant(date, time))
        guard seconds != 0 else { return "UTC" }
        let minutes = abs(seconds) / 60
        let sign = seconds < 0 ? "−" : "+"
        return "UTC" + sign + String(minutes / 60) + (minutes % 60 == 0 ? "" : ":" + String(format: "%02d", minutes % 60))
    }

    /// "Wednesday 14 October 2026, 10:00 to 12:00 (Europe/London, UTC+1)".
    func when(_ agenda: Agenda) -> String {
        "\(agenda.date.weekdayName) \(agenda.date.long), \(agenda.start) to \(agenda.end) (\(agenda.timeZone), \(offsetLabel(agenda.date, agenda.start)))"
    }
}

/// The words an agenda's documents and calendar invite share.
enum AgendaWords {
    /// How to join, as labelled lines: ("Zoom", "https://…"), ("Meeting ID", "…").
    static func joining(_ place: Place) -> [(label: String, value: String)] {
        var lines: [(String, String)] = []
        if let link = place.link { lines.append((place.online.map { "Join on \($0)" } ?? "Join online", link)) }
        if let id = place.meetingID { lines.append(("Meeting ID", id)) }
        if let passcode = place.passcode { lines.append(("Passcode", passcode)) }
        if let room = place.room { lines.append(("Room", room)) }
        if let address = place.address { lines.append(("Address", address)) }
        if let directions = place.directions { lines.append(("Getting there", directions)) }
        return lines
    }

    /// A short place for a calendar's location field: the room and address, or the online service.
    static func location(_ place: Place) -> String? {
        let inPerson = [place.room, place.address].compactMap { $0 }
        if !inPerson.isEmpty { return inPerson.joined(separator: ", ") }
        guard place.link != nil else { return nil }
        return "Online" + (place.online.map { " (\($0))" } ?? "")
    }

    /// How a quarterly series repeats: "Every three months on the second Wednesday of the month, 4 sessions in all".
    static func repetition(_ repetition: Repetition, from date: CalendarDate) -> String {
        let head = "Every three months on the \(SeriesDay(date).words) of the month"
        switch repetition.ending {
        case .never: return head + ", until further notice"
        case .count(let count): return head + ", \(count) session\(count == 1 ? "" : "s") in all"
        case .until(let until): return head + ", until \(until.long)"
        }
    }

    /// The names of an item's leads with their roles.
    static func leads(_ item: AgendaItem) -> String {
        item.leads.map(\.label).joined(separator: ", ")
    }
}

/// Which weekday of its month a date is, so a series keeps to "the second Wednesday".
struct SeriesDay {
    /// 1 to 4 for the first to fourth such weekday of the month; -1 for a fifth, which only some
    /// months have, so the series keeps to the last one.
    let ordinal: Int
    let weekday: Int

    init(_ date: CalendarDate) {
        let nth = (date.day - 1) / 7 + 1
        ordinal = nth == 5 ? -1 : nth
        weekday = date.weekday
    }

    /// "second Wednesday", "last Friday".
    var words: String {
        let names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let ordinals = ["first", "second", "third", "fourth"]
        return (ordinal == -1 ? "last" : ordinals[ordinal - 1]) + " " + names[weekday - 1]
    }

    /// The iCalendar BYDAY value: "2WE", "-1FR".
    var byDay: String {
        String(ordinal) + ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][weekday - 1]
    }
}
