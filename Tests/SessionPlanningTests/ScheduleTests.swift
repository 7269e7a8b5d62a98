import Documents
@testable import SessionPlanning
import Testing

@Suite struct ScheduleTests {
    @Test func everyItemGetsAStartAndEndInOrder() throws {
        let schedule = try Schedule(try Fixture.agenda("good"))
        #expect(schedule.slots.map { "\($0.start)-\($0.end)" } == [
            "10:00-10:15", "10:15-10:20", "10:20-10:40", "10:40-10:50", "10:50-11:00", "11:00-11:30", "11:30-11:45", "11:45-11:55",
        ])
        #expect(schedule.itemMinutes == 115 && schedule.slack == 5 && schedule.overrun == 0)
        #expect(schedule.summary == "The items take 115 minutes of the 120-minute slot (10:00 to 12:00), leaving 5 minutes spare.")
    }

    @Test func gapBeforeAFixedItemBecomesSlack() throws {
        let schedule = try Schedule(try Fixture.agenda("fixed-gap"))
        let guest = schedule.slots[2]
        #expect(guest.start == ClockTime(text: "10:45") && guest.gapBefore == 15)
        #expect(schedule.finish == ClockTime(text: "11:55"))
        #expect(schedule.slack == 20 && schedule.overrun == 0 && schedule.clashes.isEmpty)
    }

    @Test func fixedItemThatWouldStartLateIsAClashWithTheItemBefore() throws {
        let schedule = try Schedule(try Fixture.agenda("fixed-clash"))
        #expect(schedule.clashes == [Schedule.Clash(item: 2, previous: 1, fixed: try #require(ClockTime(text: "10:20")),
                                                    earliest: try #require(ClockTime(text: "10:30")))])
        #expect(schedule.slots[2].start == ClockTime(text: "10:30"))
    }

    @Test func fixedTimeBeforeTheSessionStartsIsAClashWithTheStart() throws {
        let agenda = try readAgenda(agendaText(items: """
          - {title: Early guest, kind: presentation, minutes: 10, starts-at: "09:30"}
        """))
        let schedule = try Schedule(agenda)
        #expect(schedule.clashes.first?.previous == nil)
        let finding = try #require(try Fixture.lint(agenda).first { $0.rule == .agendaFixedTimeMissed })
        #expect(finding.message == "'Early guest' is fixed to start at 09:30, before the session starts at 10:00.")
    }

    @Test func overrunAndSlackAreCounted() throws {
        let schedule = try Schedule(try Fixture.agenda("overrun"))
        #expect(schedule.overrun == 5 && schedule.slack == 0 && schedule.finish == ClockTime(text: "12:05"))
        #expect(schedule.summary.hasSuffix("and run 5 minutes over, finishing at 12:05."))
    }

    @Test func itemsCrossingMidnightAreRefused() throws {
        let error = try #require(readError(agendaText(start: "22:30", end: "23:30", items: """
          - {title: Welcome, kind: welcome, minutes: 30}
          - {title: Night walk, kind: activity, minutes: 90}
        """)))
        #expect(error.position == SourcePosition(line: 8, column: 5))
        #expect(error.problem == "The item 'Night walk' (from 23:00) would run past midnight.")
        let duration = try #require(readError("title: T\ndate: 2026-10-14\nstart: \"23:00\"\nduration: 120\nitems:\n  - {title: A, kind: welcome, minutes: 5}\n"))
        #expect(duration.problem == "A session of 120 minutes starting at 23:00 would run past midnight.")
        #expect(duration.position == SourcePosition(line: 4, column: 1))
    }

    @Test func itemEndingExactlyAtMidnightIsAllowed() throws {
        let schedule = try Schedule(try readAgenda(agendaText(start: "23:00", end: "23:59", items: """
          - {title: Late talk, kind: discussion, minutes: 60}
        """)))
        #expect(schedule.finish.minutes == 24 * 60 && schedule.overrun == 1)
        #expect(schedule.finish.description == "24:00")
    }
}
