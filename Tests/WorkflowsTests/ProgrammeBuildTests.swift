import Documents
import Foundation
import PlainLanguage
import SessionPlanning
import SessionStore
import Testing
import TestSupport
import Workflows

/// Building a programme: "Our sessions for 2027" in every format, one calendar file with every
/// session, and the sessions in the store, which a second build leaves as they are.
@Suite struct ProgrammeBuildTests {
    static let example = ProjectFiles.root.appendingPathComponent("Resources/example/community-of-practice-2027.yaml").path
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    static func check() throws -> ProgrammeCheck {
        try ProgrammeCheck(path: example, glossary: try GlossaryLoader.curated(), shownAs: "community-of-practice-2027.yaml")
    }

    @Test func theDocumentsAndCalendarHoldEverySessionAndAreTheSameEachTime() throws {
        let folder = URL(fileURLWithPath: "/tmp/out")
        let files = try Self.check().files(ProgrammeCheck.usualFormats, baseName: "programme", into: folder)
        #expect(files.map(\.url.lastPathComponent) == ["programme.html", "programme.docx", "programme.fodt", "programme.ics"])
        let again = try Self.check().files(ProgrammeCheck.usualFormats, baseName: "programme", into: folder)
        #expect(files.map(\.data) == again.map(\.data), "the same programme gives the same bytes")

        let html = String(decoding: files[0].data, as: UTF8.self)
        #expect(html.contains("<h1>Our sessions for 2027</h1>") || html.contains("Our sessions for 2027</h1>"))
        for theme in ["Getting senior leaders on board", "Tools for working together as equals", "Getting people involved", "Language"] {
            #expect(html.contains(theme))
            #expect(try ZIPParts.visibleBytes(files[1].data).contains(theme), "the Word file has \(theme)")
        }
        #expect(html.contains("programme.ics"), "the document says which file holds the calendar")

        let ics = String(decoding: files[3].data, as: UTF8.self)
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == 4)
        #expect(ics.components(separatedBy: "BEGIN:VTIMEZONE").count - 1 == 1)
        for day in ["20270113", "20270414", "20270714", "20271013"] {
            #expect(ics.contains("DTSTART;TZID=Europe/London:\(day)T100000\r\nDTEND;TZID=Europe/London:\(day)T120000\r\n"))
        }
        #expect(ics.contains("SUMMARY:Community of Practice: Getting senior leaders on board\r\n"))
        #expect(ics.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 }, "lines are folded at 75 octets")
    }

    @Test func buildingTwiceChangesNothingAndAMovedSessionIsUpdated() throws {
        let folder = try TemporaryFolder("roundtable-programme")
        defer { folder.remove() }
        let store = try SessionStore(path: folder.appendingPathComponent("p.sqlite").path)
        let checked = try Self.check()
        let first = try checked.save(in: store, now: Self.now)
        #expect(first.added.map(\.title) == ["Community of Practice: Getting senior leaders on board",
                                             "Community of Practice: Tools for working together as equals",
                                             "Community of Practice: Getting people involved", "Community of Practice: Language"])
        let before = try store.sessions()
        let second = try checked.save(in: store, now: Self.now.addingTimeInterval(60))
        #expect(second.added.isEmpty && second.updated.isEmpty && second.unchanged.count == 4)
        #expect(try store.sessions() == before, "building twice changes nothing")

        // The July session moves a week later and the October theme changes: both are updated, not added.
        let text = try TextFile.read(Self.example)
            .replacingOccurrences(of: "date: 2027-07-14", with: "date: 2027-07-21")
            .replacingOccurrences(of: "theme: Language", with: "theme: The words we use")
        let moved = folder.appendingPathComponent("moved.yaml")
        try Data(text.utf8).write(to: moved)
        let third = try ProgrammeCheck(path: moved.path, glossary: try GlossaryLoader.curated()).save(in: store, now: Self.now.addingTimeInterval(120))
        #expect(third.added.isEmpty && third.unchanged.count == 2)
        #expect(third.updated.map { "\($0.date?.iso ?? "") \($0.theme ?? "")" } == ["2027-07-21 Getting people involved", "2027-10-13 The words we use"])
        #expect(try store.sessions().map(\.details.id) == before.map(\.details.id), "the same sessions, kept with their numbers")
    }
}
