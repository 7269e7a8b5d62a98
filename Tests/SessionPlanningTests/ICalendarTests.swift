import Documents
import Foundation
@testable import SessionPlanning
import Testing

@Suite struct ICalendarTests {
    func invite(_ agenda: Agenda) throws -> String {
        String(decoding: ICalendarWriter().write(agenda, schedule: try Schedule(agenda)), as: UTF8.self)
    }

    /// The content lines with folding undone (RFC 5545 section 3.1).
    func unfolded(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test func everyLineEndsWithCRLFAndIsAtMost75Octets() throws {
        var agenda = try Fixture.agenda("good")
        agenda.title = String(repeating: "Ein Straßenfest für alle, mit Kaffee ☕️ und Kuchen 🍰; ", count: 4)
        let data = ICalendarWriter().write(agenda, schedule: try Schedule(agenda))
        let bytes = [UInt8](data)
        #expect(bytes.suffix(2) == [13, 10])
        for (index, byte) in bytes.enumerated() where byte == 10 {
            #expect(index > 0 && bytes[index - 1] == 13, "a line feed without a carriage return at byte \(index)")
        }
        var lines = 0
        for line in data.split(separator: 10) {
            let content = line.dropLast()  // the carriage return
            lines += 1
            #expect(content.count <= 75, "a line of \(content.count) octets")
            #expect(String(validating: content, as: UTF8.self) != nil, "a fold split a UTF-8 character")
        }
        #expect(lines > 20)
        let summary = try #require(unfolded(String(decoding: data, as: UTF8.self)).first { $0.hasPrefix("SUMMARY:") })
        #expect(summary == "SUMMARY:" + ICalendarText.escape(agenda.title))
    }

    @Test func foldingNeverSplitsACharacter() {
        let line = "DESCRIPTION:" + String(repeating: "é", count: 40) + String(repeating: "😀", count: 20)
        let pieces = ICalendarText.fold(line)
        #expect(pieces.allSatisfy { $0.utf8.count <= 75 })
        #expect(pieces.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(pieces.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
        #expect(ICalendarText.fold("SHORT:x") == ["SHORT:x"])
    }

    @Test func textIsEscaped() {
        #expect(ICalendarText.escape("a, b; c\\d\ne\r\nf") == "a\\, b\\; c\\\\d\\ne\\nf")
        #expect(ICalendarText.quotedParameter("Sam \"The\" Okafor") == "\"Sam The Okafor\"")
    }

    @Test func eventHasTheAgendaTimesInItsTimeZone() throws {
        let lines = unfolded(try invite(try Fixture.agenda("good")))
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
        #expect(lines.contains("VERSION:2.0"))
        #expect(lines.contains { $0.hasPrefix("PRODID:") })
        #expect(lines.contains("DTSTART;TZID=Europe/London:20261014T100000"))
        #expect(lines.contains("DTEND;TZID=Europe/London:20261014T120000"))
        #expect(lines.contains("DTSTAMP:20261014T090000Z"), "the agenda's own start in UTC, not the clock")
        #expect(lines.contains("SUMMARY:Getting leaders on board"))
        #expect(lines.contains("URL:https://example.zoom.us/j/81234567890"))
        #expect(lines.contains("LOCATION:Online (Zoom)"))
        #expect(lines.contains("ORGANIZER;CN=\"Sam Okafor\":mailto:sam@example.org"))
        let description = try #require(lines.first { $0.hasPrefix("DESCRIPTION:") })
        #expect(description.contains("How to join:\\nJoin on Zoom: https://example.zoom.us/j/81234567890\\nMeeting ID: 812 3456 7890\\nPasscode: 241014"))
        #expect(description.contains("10:20–10:40 Guest session (Morgan Reid)"))
        #expect(description.contains("Sam Okafor\\, sam@example.org"))
        #expect(!lines.contains { $0.hasPrefix("RRULE:FREQ=MONTHLY") }, "a single session does not repeat")
    }

    @Test func vtimezoneForLondonFollowsTheYearlyRule() throws {
        let lines = unfolded(try invite(try Fixture.agenda("good")))
        let zone = Array(lines.drop { $0 != "BEGIN:VTIMEZONE" }.prefix { $0 != "END:VTIMEZONE" })
        #expect(zone == [
            "BEGIN:VTIMEZONE", "TZID:Europe/London",
            "BEGIN:DAYLIGHT", "DTSTART:20250330T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "DTSTART:20251026T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        ])
    }

    @Test func zonesWithoutChangesOrWithOtherRulesGetTheirOwnVTimezone() throws {
        var agenda = try Fixture.agenda("good")
        agenda.timeZone = "Asia/Tokyo"
        let tokyo = unfolded(try invite(agenda))
        #expect(tokyo.contains("TZID:Asia/Tokyo") && tokyo.contains("TZOFFSETTO:+0900") && !tokyo.contains("BEGIN:DAYLIGHT"))
        agenda.timeZone = "America/New_York"
        let newYork = unfolded(try invite(agenda))
        #expect(newYork.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU") && newYork.contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"))
        #expect(newYork.contains("DTSTART;TZID=America/New_York:20261014T100000"))
        agenda.timeZone = "Australia/Sydney"
        let sydney = unfolded(try invite(agenda))
        #expect(sydney.contains("TZOFFSETFROM:+1000") && sydney.contains("TZOFFSETTO:+1100"))
    }

    @Test func uidIsStableAndFollowsTitleDateAndStart() throws {
        let agenda = try Fixture.agenda("good")
        let uid = try #require(unfolded(try invite(agenda)).first { $0.hasPrefix("UID:") })
        #expect(uid.wholeMatch(of: /UID:[0-9a-f]{32}@roundtable/) != nil)
        #expect(unfolded(try invite(agenda)).contains(uid))
        var moved = agenda
        moved.date = try #require(CalendarDate(iso: "2026-10-21"))
        #expect(!unfolded(try invite(moved)).contains(uid))
        var renamedItem = agenda
        renamedItem.items[0].title = "Hello"
        #expect(unfolded(try invite(renamedItem)).contains(uid), "changing an item keeps the same event")
    }

    @Test func quarterlySeriesRepeatsOnTheSameWeekdayWithCountOrUntil() throws {
        var agenda = try Fixture.agenda("good")
        agenda.repetition = Repetition(ending: .count(4))
        #expect(unfolded(try invite(agenda)).contains("RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=2WE;COUNT=4"))
        agenda.repetition = Repetition(ending: .until(try #require(CalendarDate(iso: "2027-07-14"))))
        let until = unfolded(try invite(agenda))
        #expect(until.contains("RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=2WE;UNTIL=20270714T225959Z"))
        #expect(until.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"), "the time zone covers the whole series")
        agenda.repetition = Repetition()
        #expect(unfolded(try invite(agenda)).contains("RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=2WE"))
    }

    @Test func sameAgendaGivesTheSameBytes() throws {
        let agenda = try Fixture.agenda("good")
        #expect(try invite(agenda) == invite(agenda))
    }
    @Test func noValueCanBreakALineWhateverTheAgendaHolds() throws {
        var agenda = try Fixture.agenda("good")
        let hostile = "a\r\nATTENDEE:mailto:x@evil.example\rb\nc\u{0B}d\u{85}e\u{2028}f\u{7F}g\u{1B}[2J"
        agenda.title = hostile
        agenda.theme = hostile
        agenda.place = Place(online: hostile, link: "https://example.org/\r\nATTENDEE:mailto:x@evil.example", meetingID: hostile)
        agenda.contact = Contact(name: hostile, email: "sam@example.org\nATTENDEE:mailto:x@evil.example", phone: hostile)
        let data = [UInt8](ICalendarWriter().write(agenda, schedule: try Schedule(agenda)))
        for (index, byte) in data.enumerated() {
            if byte == 10 { #expect(index > 0 && data[index - 1] == 13, "a bare line feed at byte \(index)") }
            if byte == 13 { #expect(index + 1 < data.count && data[index + 1] == 10, "a bare carriage return at byte \(index)") }
            #expect(byte >= 0x20 || byte == 10 || byte == 13 || byte == 9, "control character \(byte) at byte \(index)")
            #expect(byte != 0x7F, "DEL at byte \(index)")
        }
        let text = String(decoding: data, as: UTF8.self)
        #expect(!unfolded(text).contains { $0.hasPrefix("ATTENDEE") })
        #expect(!text.contains("\u{85}") && !text.contains("\u{2028}"))
        #expect(!unfolded(text).contains { $0.hasPrefix("URL:") || $0.hasPrefix("ORGANIZER") })
    }
}
