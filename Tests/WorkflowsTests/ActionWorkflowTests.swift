import Documents
import Foundation
import PlainLanguage
import SessionPlanning
import SessionStore
import SpeakingTurns
import Testing
import TestSupport
import Workflows

/// Actions in the workflows: "Actions from last time" in the next agenda (timed, placed after the
/// opening items, naming nobody who has not agreed), "You said, we did" in the pack (names hidden
/// in every format), and the changes a person may ask for.
@Suite struct ActionWorkflowTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    static func day(_ iso: String) throws -> CalendarDate { try #require(CalendarDate(iso: iso)) }

    static func action(_ id: ActionID, raisedBy: Participant? = nil, role: Role = .expertByExperience, raised: String = "Letters still say 'failed to engage'",
                       status: ActionStatus = .open) throws -> SessionAction {
        SessionAction(id: id, session: SessionDetails(id: 1, title: "Language", date: try day("2026-10-14")), raisedByRole: role, raisedBy: raisedBy,
                      raised: raised, action: "Rewrite the appointment letter template with the group", owner: "Housing options team",
                      due: try day("2027-01-15"), status: status, createdAt: now, updatedAt: now)
    }

    static let amira = Participant(id: 7, displayName: "Amira Khan", role: .expertByExperience, consentsToBeNamed: false)
    static let rosa = Participant(id: 8, displayName: "Rosa Lind", role: .expertByExperience, consentsToBeNamed: true)

    static func agenda(slot end: String = "12:00") throws -> Agenda {
        try AgendaReader.read("""
            title: January
            date: 2027-01-13
            start: "10:00"
            end: "\(end)"
            where: {online: Zoom, link: "https://example.zoom.us/j/1"}
            contact: {name: Sam Okafor, email: sam@example.org}
            papers-by: 2027-01-06
            items:
              - {title: Welcome, kind: check-in, minutes: 15, leads: [{name: Dee Marsh, role: expert by experience}]}
              - {title: Ground rules, kind: ground-rules, minutes: 5}
              - {title: Talk, kind: discussion, minutes: 45}
              - {title: Break, kind: break, minutes: 10}
              - {title: Groups, kind: breakout, minutes: 20}
              - {title: Close, kind: close, minutes: 10}
            """, file: "january.yaml")
    }

    @Test func theItemTakesTwoMinutesAnActionAtLeastFiveAndAtMostFifteen() {
        #expect([1, 2, 3, 7, 8, 20].map(ActionsFromLastTime.minutes(for:)) == [5, 5, 6, 14, 15, 15])
    }

    @Test func theItemComesAfterTheOpeningItemsAndListsOnlyOpenActions() throws {
        let carried = ActionsFromLastTime(actions: [try Self.action(1), try Self.action(2, status: .done(whatChanged: "Done."))], people: [])
        #expect(carried.actions.map(\.id) == [1])
        let agenda = carried.adding(to: try Self.agenda())
        #expect(agenda.items.map(\.title) == ["Welcome", "Ground rules", "Actions from last time", "Talk", "Break", "Groups", "Close"])
        let item = try #require(carried.item)
        #expect(item.minutes == 5)
        #expect(item.description?.contains("An expert by experience said: Letters still say 'failed to engage'") == true)
        #expect(item.description?.contains("Housing options team, due by 15 January 2027.") == true)
        #expect(ActionsFromLastTime(actions: [], people: []).adding(to: try Self.agenda()) == (try Self.agenda()), "no open action, no item")
    }

    @Test func theItemNamesOnlyPeopleWhoAgreedAndHidesNamesInTheActionsWords() throws {
        let carried = ActionsFromLastTime(actions: [
            try Self.action(1, raisedBy: Self.amira, raised: "Amira Khan said the letters were cold"),
            try Self.action(2, raisedBy: Self.rosa),
        ], people: [Self.amira, Self.rosa])
        let text = try #require(carried.item?.description)
        #expect(!text.contains("Amira") && !text.contains("Khan"))
        #expect(text.contains("An expert by experience said: an expert by experience said the letters were cold."))
        #expect(text.contains("Rosa Lind (expert by experience) said:"))
    }

    @Test func anAgendaWithNoRoomForTheItemIsReportedByTheUsualRule() throws {
        let temp = try TemporaryFolder("roundtable-actions")
        defer { temp.remove() }
        let store = try SessionStore(path: temp.appendingPathComponent("rt.sqlite").path)
        let october = try store.addSession(title: "October", date: try Self.day("2026-10-14"), now: Self.now)
        let january = try store.addSession(title: "January", date: try Self.day("2027-01-13"), now: Self.now)
        for (session, raised) in [(october.id, "From October"), (january.id, "Raised in January itself")] {
            _ = try store.addAction(NewAction(session: session, raisedByRole: .professional, raised: raised, action: "Act", owner: "Team",
                                              due: try Self.day("2027-02-01")), now: Self.now)
        }
        let file = temp.appendingPathComponent("january.yaml")
        let text = AgendaYAMLWriter().write(try Self.agenda(slot: "11:45"))
        try text.write(to: file, atomically: true, encoding: .utf8)
        let checked = try AgendaCheck(path: file.path, glossary: try GlossaryLoader.curated(), actionsFrom: store)
        #expect(checked.carried.map(\.raised) == ["From October"], "only actions raised before the agenda's day")
        #expect(checked.agenda.items[2].title == ActionsFromLastTime.title)
        #expect(checked.findings.contains { $0.rule == .agendaOverrun })
        let without = try AgendaCheck(path: file.path, glossary: try GlossaryLoader.curated())
        #expect(!without.findings.contains { $0.rule == .agendaOverrun } && without.carried.isEmpty)
    }

    @Test func aChangeNeedsTheWordsItsStatusCallsFor() throws {
        let due = try Self.day("2027-03-01")
        #expect(try ActionStatusChoice.update(status: .done, whatChanged: " New letter. ", reason: nil, due: nil)
                == ActionUpdate(status: .done(whatChanged: "New letter.")))
        #expect(try ActionStatusChoice.update(status: nil, whatChanged: nil, reason: nil, due: due) == ActionUpdate(due: due))
        #expect(try ActionStatusChoice.update(status: .open, whatChanged: nil, reason: nil, due: nil) == ActionUpdate(status: .open))
        let refused: [(ActionStatusChoice?, String?, String?, CalendarDate?, ActionInputError)] = [
            (nil, nil, nil, nil, .nothingToChange), (nil, "x", nil, nil, .wordsWithoutStatus), (.open, nil, "x", nil, .wordsForOpen),
            (.done, nil, nil, due, .whatChangedNeeded), (.done, " ", nil, nil, .whatChangedNeeded), (.done, "x", "y", nil, .reasonForDone),
            (.notPossible, nil, nil, nil, .reasonNeeded), (.notPossible, "x", "y", nil, .whatChangedForNotPossible),
        ]
        for (status, whatChanged, reason, due, error) in refused {
            #expect(throws: error) { try ActionStatusChoice.update(status: status, whatChanged: whatChanged, reason: reason, due: due) }
        }
    }

    @Test func youSaidWeDidHidesANameWithoutConsentInEveryFormat() throws {
        let session = SessionDetails(id: 1, title: "Language", date: try Self.day("2026-10-14"))
        var input = PackInput(session: session, notes: try MarkdownReader().read("# Notes\n\nWe talked about letters.\n"),
                              registered: [Self.rosa], present: [Self.rosa], known: [Self.amira, Self.rosa])
        input.actions = [
            try Self.action(1, raisedBy: Self.amira, raised: "Amira Khan said the letters from AMIRA's team were cold"),
            try Self.action(2, raisedBy: Self.rosa, status: .done(whatChanged: "Amira helped rewrite the letter.")),
            try Self.action(3, role: .professional, status: .notPossible(reason: "The letters come from a national system.")),
        ]
        let (document, report) = ResourcePack(glossary: try GlossaryLoader.curated()).build(input)
        #expect(!report.replacements.isEmpty)
        let plain = String(decoding: try PlainTextWriter().write(document, options: WriterOptions(lineWidth: 1000)), as: UTF8.self)
        #expect(plain.contains("What you told us and what we did"))
        #expect(plain.contains("Rosa Lind (expert by experience): Letters still say 'failed to engage'"))
        #expect(plain.contains("We could not: Rewrite the appointment letter template with the group. Why: The letters come from a national system."))
        for format in OutputFormat.allCases where format != .pdf {
            let data = try format.writer.write(document, options: .standard)
            let texts = format == .docx ? try ZIPParts.unzip(data).values.map { String(decoding: $0, as: UTF8.self) } : [String(decoding: data, as: UTF8.self)]
            for text in texts {
                #expect(!text.lowercased().contains("amira") && !text.contains("Khan"), "a hidden name is in the \(format) pack")
            }
        }
    }
}
