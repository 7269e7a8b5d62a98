import Documents
import Foundation
import PlainLanguage
import SessionPlanning
import SessionStore
import SpeakingTurns
import Testing
import TestSupport
import Workflows

/// The access needs an agenda is checked against: those of the people registered for the
/// session on its day, counted for the checks and named only for the facilitators.
@Suite struct AgendaAccessTests {
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    static func agenda(title: String = "Language", date: String = "2026-10-14") throws -> Agenda {
        try AgendaReader.read("""
            title: \(title)
            date: \(date)
            start: "10:00"
            end: "12:00"
            where: {online: Zoom, link: "https://example.zoom.us/j/1"}
            items:
              - {title: Welcome, kind: welcome, minutes: 10}
            """, file: "agenda.yaml")
    }

    @Test func theSessionOnTheAgendasDayIsFoundByDateThenTitle() throws {
        let folder = try TemporaryFolder("agenda-access")
        defer { folder.remove() }
        let store = try SessionStore(path: folder.appendingPathComponent("t.sqlite").path)
        let day = try #require(CalendarDate(iso: "2026-10-14"))
        #expect(throws: AgendaSessionError.noSession(day: day)) { try AgendaAccess(store: store, agenda: try Self.agenda()) }
        let language = try store.addSession(title: "Language", date: day, now: Self.now)
        #expect(try AgendaAccess(store: store, agenda: try Self.agenda(title: "Another title")).session == language, "the only session that day")
        let panel = try store.addSession(title: "Panel", date: day, now: Self.now)
        #expect(try AgendaAccess(store: store, agenda: try Self.agenda(title: "panel")).session == panel)
        #expect(throws: AgendaSessionError.severalSessions(day: day, titles: ["Language", "Panel"])) {
            try AgendaAccess(store: store, agenda: try Self.agenda(title: "Another title"))
        }
    }

    @Test func needsAreCountedForTheChecksAndNamedOnlyInThePlan() throws {
        let session = SessionDetails(id: 1, title: "Language")
        let rosa = Participant(id: 1, displayName: "Rosa Lind", role: .expertByExperience, consentsToBeNamed: false)
        let ben = Participant(id: 2, displayName: "Ben Carr", role: .professional, consentsToBeNamed: true)
        let access = AgendaAccess(session: session, people: [
            PersonWithNeeds(person: ben, needs: [try PersonAccessNeed(.captions), try PersonAccessNeed(.other, note: "a quiet room")]),
            PersonWithNeeds(person: rosa, needs: [try PersonAccessNeed(.captions), try PersonAccessNeed(.breaks), try PersonAccessNeed(.papersEarly, note: "two weeks")]),
        ])
        #expect(access.counts == NeedsToPlanFor(support: [.captions: 2], papersEarly: 1, breaks: 1))
        #expect(access.plan.needs == [
            AccessPlan.Need(need: "Live captions", people: ["Ben Carr", "Rosa Lind"]),
            AccessPlan.Need(need: "Regular breaks", people: ["Rosa Lind"]),
            AccessPlan.Need(need: "Papers early", people: ["Rosa Lind (two weeks)"]),
            AccessPlan.Need(need: "Something else", people: ["Ben Carr (a quiet room)"]),
        ])
        let checked = try AgendaCheck(agenda: try Self.agenda(), glossary: Glossary(entries: []), access: access)
        let everyone = try checked.publish([AgendaFormat.document(.md)], baseName: "a", into: folder())
        let facilitators = try checked.publish([AgendaFormat.document(.md)], forFacilitators: true, baseName: "a", into: folder())
        #expect(String(decoding: facilitators[0].data, as: UTF8.self).contains("| Papers early | Rosa Lind (two weeks) |"))
        let published = String(decoding: everyone[0].data, as: UTF8.self)
        for word in ["Rosa", "Ben", "quiet", "two weeks", "Access needs"] {
            #expect(!published.contains(word), "'\(word)' is in the version sent out")
        }
    }

    private func folder() -> URL { URL(fileURLWithPath: "/tmp/not-written") }
}
