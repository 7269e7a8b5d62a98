import Documents
import Foundation

/// Writes an agenda as an iCalendar invite (RFC 5545) by hand: one event in the agenda's time
/// zone, with a VTIMEZONE, the join details and the items in its description, repeating every
/// three months when the agenda says so. The same agenda always gives the same bytes.
public struct ICalendarWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The file name extension, without the dot.
    public let fileExtension = "ics"

    /// The invite for `agenda`, whose times are `schedule`.
    public func write(_ agenda: Agenda, schedule: Schedule) -> Data {
        Data(ICalendarText.serialise(lines(agenda, schedule: schedule)).utf8)
    }

    /// The content lines, unfolded and without line endings.
    func lines(_ agenda: Agenda, schedule: Schedule) -> [String] {
        let times = AgendaTimes(agenda)
        let start = times.instant(agenda.date, agenda.start)
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Roundtable//Agenda builder//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        lines += VTimeZone(zone: times.zone, id: agenda.timeZone, years: (agenda.date.year - 1)...lastYear(agenda)).lines
        lines += ["BEGIN:VEVENT",
                  "UID:" + StableID.uid(for: "\(agenda.title)\n\(agenda.date.iso)\n\(agenda.start)"),
                  "DTSTAMP:" + ICalendarFormat.utc(start),
                  "DTSTART;TZID=\(agenda.timeZone):" + ICalendarFormat.local(agenda.date, agenda.start),
                  "DTEND;TZID=\(agenda.timeZone):" + ICalendarFormat.local(agenda.date, agenda.end)]
        if let repetition = agenda.repetition {
            lines.append("RRULE:" + rule(repetition, agenda: agenda, times: times))
        }
        lines.append("SUMMARY:" + ICalendarText.escape(agenda.title))
        lines.append("DESCRIPTION:" + ICalendarText.escape(description(agenda, schedule: schedule, times: times)))
        if let place = agenda.place {
            if let location = AgendaWords.location(place) { lines.append("LOCATION:" + ICalendarText.escape(location)) }
            if let link = place.link.flatMap(ICalendarText.uri) { lines.append("URL:" + link) }
        }
        if let contact = agenda.contact {
            if let email = contact.email.flatMap(ICalendarText.uri) {
                let name = contact.name.map { ";CN=" + ICalendarText.quotedParameter($0) } ?? ""
                lines.append("ORGANIZER\(name):mailto:" + email)
            }
            lines.append("CONTACT:" + ICalendarText.escape(contact.line))
        }
        lines += ["STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
        return lines
    }

    /// Every three months on the same weekday of the month ("the second Wednesday"), with a count or an end.
    private func rule(_ repetition: Repetition, agenda: Agenda, times: AgendaTimes) -> String {
        let head = "FREQ=MONTHLY;INTERVAL=3;BYDAY=" + SeriesDay(agenda.date).byDay
        switch repetition.ending {
        case .never:
            return head
        case .count(let count):
            return head + ";COUNT=\(count)"
        case .until(let until):
            // With a DTSTART in a time zone, UNTIL must be in UTC (RFC 5545 section 3.3.10): the end of that day, local time.
            let endOfDay = times.instant(until, ClockTime(minutes: ClockTime.dayLength - 1) ?? agenda.end).addingTimeInterval(59)
            return head + ";UNTIL=" + ICalendarFormat.utc(endOfDay)
        }
    }

    /// The last year the series reaches, so the time zone covers every session.
    private func lastYear(_ agenda: Agenda) -> Int {
        switch agenda.repetition?.ending {
        case nil: return agenda.date.year
        case .never?: return agenda.date.year + 10
        case .count(let count)?: return agenda.date.year + (agenda.date.month - 1 + 3 * (count - 1)) / 12
        case .until(let until)?: return until.year
        }
    }

    /// The theme, the time, how to join, the items and who to contact, as plain lines.
    private func description(_ agenda: Agenda, schedule: Schedule, times: AgendaTimes) -> String {
        var parts: [String] = []
        if let theme = agenda.theme { parts.append("Theme: \(theme)") }
        parts.append(times.when(agenda))
        if let repetition = agenda.repetition { parts.append(AgendaWords.repetition(repetition, from: agenda.date) + ".") }
        if let place = agenda.place {
            parts.append((["How to join:"] + AgendaWords.joining(place).map { "\($0.label): \($0.value)" }).joined(separator: "\n"))
        }
        let items = schedule.slots.map { slot -> String in
            let item = agenda.items[slot.item]
            let leads = item.leads.isEmpty ? "" : " (\(item.leads.map(\.name).joined(separator: ", ")))"
            return "\(slot.start)–\(slot.end) \(item.title)\(leads)"
        }
        parts.append((["Agenda:"] + items).joined(separator: "\n"))
        if let papersBy = agenda.papersBy { parts.append("Papers will be sent out by \(papersBy.weekdayName) \(papersBy.long).") }
        if let contact = agenda.contact { parts.append("Questions, access needs or support: \(contact.line)") }
        return parts.joined(separator: "\n\n")
    }
}
