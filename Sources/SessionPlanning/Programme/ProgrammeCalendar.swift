import Documents
import Foundation

/// Writes a programme as one iCalendar file (RFC 5545) holding every session as its own event,
/// at the programme's times in its time zone, with a VTIMEZONE covering every year. The same
/// programme always gives the same bytes.
public struct ProgrammeCalendar: Sendable {
    /// Creates a writer.
    public init() {}

    /// The file name extension, without the dot.
    public let fileExtension = "ics"

    /// The calendar file for `programme`.
    public func write(_ programme: Programme) -> Data {
        Data(ICalendarText.serialise(lines(programme)).utf8)
    }

    /// The content lines, unfolded and without line endings.
    func lines(_ programme: Programme) -> [String] {
        let times = AgendaTimes(timeZone: programme.timeZone)
        let sessions = programme.sessionsByDate
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Roundtable//Programme//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                     "X-WR-CALNAME:" + ICalendarText.escape(programme.name)]
        if let first = sessions.first, let last = sessions.last {
            lines += VTimeZone(zone: times.zone, id: programme.timeZone, years: (first.date.year - 1)...last.date.year).lines
        }
        for session in sessions {
            var description: [String] = []
            if let theme = session.theme { description.append("Theme: \(theme)") }
            if let guest = session.guest { description.append("Guest: \(guest)") }
            if let text = session.description { description.append(text) }
            lines += ["BEGIN:VEVENT",
                      "UID:" + StableID.uid(for: "\(programme.name)\n\(session.date.iso)"),
                      "DTSTAMP:" + ICalendarFormat.utc(times.instant(session.date, programme.start)),
                      "DTSTART;TZID=\(programme.timeZone):" + ICalendarFormat.local(session.date, programme.start),
                      "DTEND;TZID=\(programme.timeZone):" + ICalendarFormat.local(session.date, programme.end),
                      "SUMMARY:" + ICalendarText.escape(programme.title(of: session))]
            if !description.isEmpty { lines.append("DESCRIPTION:" + ICalendarText.escape(description.joined(separator: "\n\n"))) }
            lines += ["STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines
    }
}
