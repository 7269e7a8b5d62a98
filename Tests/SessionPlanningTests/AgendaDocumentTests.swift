import Documents
import Foundation
@testable import SessionPlanning
import Testing

@Suite struct AgendaDocumentTests {
    func text(_ agenda: Agenda, facilitator: Bool = false) throws -> String {
        try text(agenda, for: facilitator ? .facilitators(nil) : .everyone)
    }

    func text(_ agenda: Agenda, for audience: AgendaAudience) throws -> String {
        let document = AgendaDocument(audience: audience).build(agenda, schedule: try Schedule(agenda))
        return String(decoding: try MarkdownWriter().write(document), as: UTF8.self)
    }

    @Test func documentHasWhenHowToJoinAndATableOfTimes() throws {
        let markdown = try text(try Fixture.agenda("good"))
        #expect(markdown.contains("**When:** Wednesday 14 October 2026, 10:00 to 12:00 (Europe/London, UTC+1)"))
        #expect(markdown.contains("**Meeting ID:** 812 3456 7890"))
        #expect(markdown.contains("| Time | Item | Led by |"))
        #expect(markdown.contains("| 10:00–10:15 | Welcome and check-in | Sam Okafor (facilitator), Dee Marsh (expert by experience) |"))
        #expect(markdown.contains("**Papers:** sent out by Wednesday 7 October 2026"))
    }

    @Test func spareTimeBeforeAFixedItemIsShownInTheTable() throws {
        let markdown = try text(try Fixture.agenda("fixed-gap"))
        #expect(markdown.contains("| 10:30–10:45 | *Spare time* |"))
        #expect(markdown.contains("| 10:45–11:00 | Guest session |"))
    }

    @Test func facilitatorNotesOnlyInTheFacilitatorVersion() throws {
        var agenda = try Fixture.agenda("good")
        agenda.items[0].facilitatorNotes = "Admit people from the waiting room."
        #expect(!(try text(agenda)).contains("Admit people"))
        let version = try text(agenda, facilitator: true)
        #expect(version.contains("Admit people from the waiting room."))
        #expect(version.contains("Facilitator version"))
        #expect(version.contains("leaving 5 minutes spare"))
    }

    @Test func publisherNamesFilesAfterTheAgendaAndKeepsTheOrder() throws {
        let agenda = try Fixture.agenda("good")
        let folder = URL(fileURLWithPath: "/tmp/out")
        let files = try AgendaPublisher().files(for: agenda, schedule: try Schedule(agenda), baseName: "october", into: folder)
        #expect(files.map(\.url.lastPathComponent) == ["october.html", "october.docx", "october.fodt", "october.md", "october.txt", "october.ics"])
        let facilitator = try AgendaPublisher(formats: [.calendar], audience: .facilitators(nil))
            .files(for: agenda, schedule: try Schedule(agenda), baseName: "october", into: folder)
        #expect(facilitator.map(\.url.lastPathComponent) == ["october-facilitator.ics"])
        #expect(try AgendaFormat.list("docx, ics,docx") == [.document(.docx), .calendar])
        #expect(throws: AgendaFormatError.self) { try AgendaFormat.list("rtf") }
    }

    @Test func theAccessArrangedIsPublishedForEveryone() throws {
        var agenda = try Fixture.agenda("good")
        agenda.access = [.captions, .easyRead, .joinByPhone]
        let markdown = try text(agenda)
        #expect(markdown.contains("**Access:** Live captions, papers in simple words with pictures and a phone number to join by. Tell Sam Okafor what else would help you take part."))
        agenda.access = []
        #expect(!(try text(agenda)).contains("**Access:**"))
    }

    @Test func accessNeedsAreListedOnlyInTheFacilitatorsVersion() throws {
        let agenda = try Fixture.agenda("good")
        let plan = AccessPlan(needs: [AccessPlan.Need(need: "Papers early", people: ["Rosa Lind (two weeks before)", "Ben Carr"])])
        let facilitators = try text(agenda, for: .facilitators(plan))
        #expect(facilitators.contains("## Access needs to plan for"))
        #expect(facilitators.contains("| Papers early | Rosa Lind (two weeks before), Ben Carr |"))
        #expect(facilitators.contains("do not send it out"))
        let nobody = try text(agenda, for: .facilitators(AccessPlan(needs: [])))
        #expect(nobody.contains("Nobody registered has told us of an access need."))
        #expect(!(try text(agenda, for: .facilitators(nil))).contains("Access needs to plan for"), "not looked up, so not shown")
        #expect(!(try text(agenda)).contains("Access needs"))
    }
}
