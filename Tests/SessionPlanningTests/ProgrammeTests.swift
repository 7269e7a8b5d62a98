import Documents
import Foundation
import PlainLanguage
import SessionPlanning
import Testing

/// Reading a programme file, and every programme rule firing and not firing.
@Suite struct ProgrammeTests {
    static let example = Fixture.folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources/example/community-of-practice-2027.yaml")

    /// A programme meeting on Wednesdays every three months, with `sessions` (YAML lines).
    static func text(extra: String = "", sessions: String) -> String {
        """
        name: Community of Practice
        weekday: Wednesday
        start: "10:00"
        end: "12:00"
        rhythm: quarterly
        \(extra)
        sessions:
        \(sessions)
        """
    }

    static func lint(_ text: String) throws -> [Diagnostic] {
        let programme = try ProgrammeReader.read(text, file: "programme.yaml")
        return ProgrammeLinter(checker: PlainLanguageChecker(glossary: try GlossaryLoader.curated())).lint(programme)
    }

    static func error(_ text: String) -> String? {
        do {
            _ = try ProgrammeReader.read(text, file: "programme.yaml")
            return nil
        } catch {
            return error.errorDescription
        }
    }

    @Test func theExampleReadsAndHasNoFindings() throws {
        let programme = try ProgrammeReader.read(try TextFile.read(Self.example.path), file: "example")
        #expect(programme.sessions.map(\.date.iso) == ["2027-01-13", "2027-04-14", "2027-07-14", "2027-10-13"])
        #expect(programme.weekday == .wednesday && programme.rhythm == .quarterly && programme.timeZone == "Europe/London")
        #expect(programme.title(of: programme.sessions[1]) == "Community of Practice: Tools for working together as equals")
        #expect(programme.years == "2027")
        let findings = ProgrammeLinter(checker: PlainLanguageChecker(glossary: try GlossaryLoader.curated())).lint(programme)
        #expect(findings.map(\.message) == [])
    }

    @Test func aSessionOnAnotherWeekdayIsReported() throws {
        let findings = try Self.lint(Self.text(sessions: "  - {date: 2027-01-14, theme: Language}\n  - {date: 2027-04-14, theme: Tools}"))
        #expect(findings.map(\.rule) == [.programmeWeekday])
        #expect(findings.first?.message == "The session on Thursday 14 January 2027 is not on a Wednesday, the group's usual day.")
        #expect(findings.first?.location.position?.line == 8)
    }

    @Test func sessionsCloserThanTheRhythmAreReported() throws {
        let close = try Self.lint(Self.text(sessions: "  - {date: 2027-01-13, theme: Language}\n  - {date: 2027-03-10, theme: Tools}"))
        #expect(close.map(\.rule) == [.programmeTooClose])
        #expect(close.first?.message.contains("only 8 weeks apart, but the group meets every three months") == true)
        let monthly = try Self.lint(Self.text(sessions: "  - {date: 2027-01-13, theme: Language}\n  - {date: 2027-02-10, theme: Tools}")
            .replacingOccurrences(of: "rhythm: quarterly", with: "rhythm: monthly"))
        #expect(monthly == [])
    }

    @Test func aSessionOnABankHolidayIsReported() throws {
        // Easter Monday 2027 and the summer bank holiday of 2027 are Mondays.
        let findings = try Self.lint(Self.text(extra: "rules: {off: [programme-weekday]}",
                                               sessions: "  - {date: 2027-03-29, theme: Language}\n  - {date: 2027-08-30, theme: Tools}"))
        #expect(findings.map(\.rule) == [.programmeBankHoliday, .programmeBankHoliday])
        #expect(findings.first?.message == "The session on Monday 29 March 2027 falls on a bank holiday (Easter Monday).")
        let tuesday = try Self.lint(Self.text(extra: "rules: {off: [programme-weekday]}", sessions: "  - {date: 2027-03-30, theme: Language}"))
        #expect(tuesday == [])
    }

    @Test func aSessionWithoutAThemeIsReported() throws {
        let findings = try Self.lint(Self.text(sessions: "  - date: 2027-01-13\n  - {date: 2027-04-14, theme: Tools}"))
        #expect(findings.map(\.rule) == [.programmeThemeMissing])
        #expect(findings.first?.location.position?.line == 8)
    }

    @Test func jargonInThemesAndDescriptionsIsReportedAtItsWord() throws {
        let findings = try Self.lint(Self.text(sessions: "  - date: 2027-01-13\n    theme: Language\n    description: A step change in how we work."))
        #expect(findings.map(\.rule) == [.jargon])
        #expect(findings.first?.location.position == SourcePosition(line: 10, column: 20))
    }

    @Test func mistakesNameTheLineAndColumn() {
        #expect(Self.error(Self.text(sessions: "  - {date: 2027-02-30, theme: Language}"))?
            .hasPrefix("programme.yaml line 8, column 12: 'date' in session 1 ('Language') is 2027-02-30, a day that does not exist") == true)
        #expect(Self.error(Self.text(sessions: "  - {date: 2027-01-13}").replacingOccurrences(of: "Wednesday", with: "Wensday"))?
            .hasPrefix("programme.yaml line 2, column 10: 'Wensday' is not a weekday Roundtable knows. Did you mean 'Wednesday'?") == true)
        #expect(Self.error(Self.text(sessions: "  - {date: 2027-01-13, guests: Sam}"))?
            .contains("Session 1 has a detail called 'guests' that Roundtable does not know. Did you mean 'guest'?") == true)
        #expect(Self.error(Self.text(sessions: "").replacingOccurrences(of: "rhythm: quarterly", with: "rhythm: weekly"))?
            .contains("'weekly' is not a rhythm Roundtable knows") == true)
        #expect(Self.error("name: Community of Practice\nweekday: Wednesday\nstart: \"10:00\"\nend: \"12:00\"\nrhythm: quarterly\nsessions: []\n")?
            .contains("The programme has no sessions.") == true)
    }
}
