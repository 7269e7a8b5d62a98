import Documents
@testable import SessionPlanning
import Testing

@Suite struct AgendaReaderTests {
    @Test func everyDetailIsRead() throws {
        let agenda = try Fixture.agenda("good")
        #expect(agenda.title == "Getting leaders on board" && agenda.theme == "Getting senior leaders on board")
        #expect(agenda.date == CalendarDate(year: 2026, month: 10, day: 14))
        #expect(agenda.start.description == "10:00" && agenda.end.description == "12:00" && agenda.timeZone == "Europe/London")
        #expect(agenda.place == Place(online: "Zoom", link: "https://example.zoom.us/j/81234567890", meetingID: "812 3456 7890", passcode: "241014"))
        #expect(agenda.contact == Contact(name: "Sam Okafor", email: "sam@example.org"))
        #expect(agenda.papersBy == CalendarDate(year: 2026, month: 10, day: 7))
        #expect(agenda.items.count == 8)
        #expect(agenda.items[0].leads == [Lead(name: "Sam Okafor", role: .facilitator), Lead(name: "Dee Marsh", role: .expertByExperience)])
        #expect(agenda.items[2].startsAt == ClockTime(text: "10:20") && agenda.items[2].materials == ["Slides"])
        #expect(agenda.items[0].position == SourcePosition(line: 17, column: 5))
    }

    @Test func durationAndRepeatForms() throws {
        let agenda = try readAgenda("title: T\ndate: 2026-10-14\nstart: \"9:30\"\nduration: 90\nrepeat: quarterly\ntime-zone: europe/london\nitems:\n  - {title: A, kind: welcome, minutes: 5}\n")
        #expect(agenda.end.description == "11:00" && agenda.repetition == Repetition(ending: .never) && agenda.timeZone == "Europe/London")
        let counted = try readAgenda(agendaText(extra: "repeat: {every: quarterly, count: 4}", items: "  - {title: A, kind: welcome, minutes: 5}"))
        #expect(counted.repetition == Repetition(ending: .count(4)))
        let until = try readAgenda(agendaText(extra: "repeat: {every: quarterly, until: 2027-07-14}", items: "  - {title: A, kind: welcome, minutes: 5}"))
        #expect(until.repetition == Repetition(ending: .until(try #require(CalendarDate(iso: "2027-07-14")))))
    }

    /// Each bad input gives one message with the line and column, and what to do.
    @Test(arguments: [
        ("title: [unclosed\n", 2, 1, "This YAML could not be read"),
        (agendaText(extra: "titel: x", items: "  - {title: A, kind: welcome, minutes: 5}"), 5, 1,
         "The agenda has a detail called 'titel' that Roundtable does not know. Did you mean 'title'?"),
        (agendaText(items: "  - title: A\n    kind: welcome\n    mintues: 5"), 9, 5,
         "Item 1 ('A') has a detail called 'mintues' that Roundtable does not know. Did you mean 'minutes'?"),
        (agendaText(items: "  - {title: A, kind: welcome, minutes: ten}"), 7, 40,
         "'minutes' in item 1 ('A') must be a whole number, for example 15."),
        (agendaText(items: "  - {title: A, kind: welcome, minutes: 0}"), 7, 40,
         "'minutes' in item 1 ('A') is 0, but it must be between 1 and 1440."),
        (agendaText(items: "  - {title: A, kind: welcome, minutes: -5}"), 7, 40,
         "'minutes' in item 1 ('A') is -5, but it must be between 1 and 1440."),
        (agendaText(items: "  - {title: A, kind: welcom, minutes: 5}"), 7, 22,
         "The kind 'welcom' of item 1 ('A') is not one Roundtable knows. Did you mean 'welcome'?"),
        (agendaText(extra: "time-zone: Europe/Londn", items: "  - {title: A, kind: welcome, minutes: 5}"), 5, 12,
         "'Europe/Londn' is not a time zone Roundtable knows. Did you mean 'Europe/London'?"),
        (agendaText(extra: "time-zone: London", items: "  - {title: A, kind: welcome, minutes: 5}"), 5, 12,
         "'London' is not a time zone Roundtable knows. Did you mean 'Europe/London'?"),
        (agendaText(start: "12:00", end: "10:00", items: "  - {title: A, kind: welcome, minutes: 5}"), 4, 1,
         "The end time 10:00 is not after the start time 12:00."),
        ("title: T\ndate: 2026-02-30\nstart: \"10:00\"\nend: \"11:00\"\nitems:\n  - {title: A, kind: welcome, minutes: 5}\n", 2, 7,
         "'date' in the agenda is 2026-02-30, a day that does not exist: February 2026 has no day 30."),
        ("title: T\ndate: 14/10/2026\nstart: \"10:00\"\nend: \"11:00\"\nitems:\n  - {title: A, kind: welcome, minutes: 5}\n", 2, 7,
         "'date' in the agenda is '14/10/2026', which is not a date Roundtable can read."),
        (agendaText(start: "10am", items: "  - {title: A, kind: welcome, minutes: 5}"), 3, 8,
         "'start' in the agenda must be a time of day on the 24-hour clock"),
        (agendaText(items: "  - {title: A, kind: welcome, minutes: 5, leads: [{name: Jo, role: expert}]}"), 7, 68,
         "The role 'expert' of Jo is not one Roundtable knows."),
        (agendaText(items: "  - {title: A, kind: welcome, minutes: [5]}"), 7, 40,
         "'minutes' in item 1 ('A') must be a whole number"),
        (agendaText(extra: "rules: {off: [agenda-overun]}", items: "  - {title: A, kind: welcome, minutes: 5}"), 5, 15,
         "'agenda-overun' under 'off' is not a rule Roundtable has. Did you mean 'agenda-overrun'?"),
        (agendaText(extra: "where: {link: zoom.us/j/1}", items: "  - {title: A, kind: welcome, minutes: 5}"), 5, 15,
         "The link 'zoom.us/j/1' in 'where' is not a web address."),
        (agendaText(items: "  []"), 6, 1, "The agenda has no items."),
        (agendaText(extra: "contact: {name: Sam, email: \"sam@example.org\\nATTENDEE:mailto:x@evil.example\"}", items: "  - {title: A, kind: welcome, minutes: 5}"),
         5, 29, "The e-mail address in 'contact' has a line break or another control character in it."),
        (agendaText(extra: "contact: {email: sam@localhost}", items: "  - {title: A, kind: welcome, minutes: 5}"), 5, 18,
         "'sam@localhost' is not a whole e-mail address: the part after @ has no dot."),
        (agendaText(extra: "contact: sam@@example.org", items: "  - {title: A, kind: welcome, minutes: 5}"), 5, 10,
         "'sam@@example.org' is not a whole e-mail address: it must have exactly one @."),
        (agendaText(extra: "where: {link: \"https://example.org/a\\tb\"}", items: "  - {title: A, kind: welcome, minutes: 5}"), 5, 15,
         "The link in 'where' has a space, a line break or another control character in it."),
    ] as [(String, Int, Int, String)])
    func badInputIsReportedAtItsLineAndColumn(text: String, line: Int, column: Int, message: String) throws {
        let error = try #require(readError(text), "no error for:\n\(text)")
        #expect(error.file == "agenda.yaml")
        #expect(error.position == SourcePosition(line: line, column: column), "\(error.problem)")
        #expect(error.problem.contains(message), "got: \(error.problem)")
        #expect(!error.advice.isEmpty)
        #expect(error.errorDescription?.hasPrefix("agenda.yaml line \(line), column \(column): ") == true)
    }

    @Test func yamlPositionsOfFoldedAndQuotedTextPointAtTheWords() throws {
        let agenda = try readAgenda("""
        title: "Quoted title"
        date: 2026-10-14
        start: "10:00"
        end: "11:00"
        items:
          - title: Plain title
            kind: welcome
            minutes: 5
            description: >
              First line
                of the text
        """)
        #expect(agenda.titleProse?.segments.first?.position == SourcePosition(line: 1, column: 9))
        let prose = agenda.items[0].prose
        #expect(prose[0].segments.map(\.position) == [SourcePosition(line: 6, column: 12)])
        #expect(prose[1].segments.map(\.text) == ["First line", "of the text"])
        #expect(prose[1].segments.map(\.position) == [SourcePosition(line: 10, column: 7), SourcePosition(line: 11, column: 9)])
    }

    @Test func calendarArithmetic() throws {
        let date = try #require(CalendarDate(iso: "2026-10-14"))
        #expect(date.weekdayName == "Wednesday")
        #expect(date.adding(days: -7) == CalendarDate(iso: "2026-10-07"))
        #expect(date.adding(days: 80) == CalendarDate(iso: "2027-01-02"))
        let leap = try #require(CalendarDate(iso: "2028-03-01"))
        let before = try #require(CalendarDate(iso: "2028-02-28"))
        #expect(leap.days(since: before) == 2)
        let lastWednesday = try #require(CalendarDate(iso: "2026-12-30"))
        #expect(SeriesDay(date).byDay == "2WE" && SeriesDay(lastWednesday).byDay == "-1WE")
    }
}
