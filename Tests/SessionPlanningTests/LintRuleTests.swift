import Documents
import PlainLanguage
@testable import SessionPlanning
import Testing

@Suite struct LintRuleTests {
    @Test func agendaThatFollowsEveryRuleHasNoFindings() throws {
        #expect(try Fixture.findings("good") == [])
    }

    @Test func overrunIsAnErrorAtTheFirstItemPastTheEnd() throws {
        let findings = try Fixture.findings("overrun").filter { $0.rule == .agendaOverrun }
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.severity == .error)
        #expect(finding.message == "The items run 5 minutes past the end time 12:00: they finish at 12:05, from 'Close' on.")
        #expect(finding.suggestion?.contains("Take 5 minutes off the items") == true)
        #expect(finding.location.position == SourcePosition(line: 42, column: 5))
        #expect(try !Fixture.rules("good").contains(.agendaOverrun))
    }

    @Test func underFiveMinutesSpareIsAWarning() throws {
        let finding = try #require(try Fixture.findings("little-slack").first { $0.rule == .agendaLittleSlack })
        #expect(finding.severity == .warning)
        #expect(finding.message.hasPrefix("Only 2 minutes are spare between 10:00 and 12:00"))
        #expect(finding.location.position?.line == 6)
        #expect(try !Fixture.rules("good").contains(.agendaLittleSlack))
        #expect(try !Fixture.rules("overrun").contains(.agendaLittleSlack), "an over-run is reported as such, not as too little slack")
    }

    @Test func fixedTimeThatCannotBeKeptNamesBothItems() throws {
        let finding = try #require(try Fixture.findings("fixed-clash").first { $0.rule == .agendaFixedTimeMissed })
        #expect(finding.severity == .error)
        #expect(finding.message == "'Guest session' is fixed to start at 10:20, but 'Long ground rules' before it runs until 10:30.")
        #expect(finding.suggestion == "Shorten the items before 'Guest session' by 10 minutes, or change its start time ('starts-at') to 10:30.")
        #expect(try Fixture.rules("fixed-gap") == [])
        #expect(try !Fixture.rules("good").contains(.agendaFixedTimeMissed))
    }

    @Test func breakMissingAfterSixtyMinutesIsReported() throws {
        let findings = try Fixture.findings("no-break").filter { $0.rule == .agendaBreakMissing }
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.message == "By the end of 'Second discussion' at 11:25, people will have gone 85 minutes since 10:00 without a break of at least 10 minutes.")
        #expect(finding.suggestion?.contains("Add a break of at least 10 minutes before 'Second discussion' (at 10:55)") == true)
        #expect(finding.location.position?.line == 13)
        #expect(try !Fixture.rules("good").contains(.agendaBreakMissing))
    }

    @Test func startCloseAndGroundRulesAreChecked() throws {
        let findings = try Fixture.findings("shape")
        #expect(findings.map(\.rule) == [.agendaGroundRulesMissing, .agendaCheckInMissing, .agendaCloseMissing])
        #expect(findings[1].message == "The session starts with 'Update from the team' (presentation), not a welcome or check-in.")
        #expect(findings[2].message == "The session ends with 'Discussion' (discussion), not a close.")
        let good = try Fixture.rules("good")
        for rule in [RuleID.agendaGroundRulesMissing, .agendaCheckInMissing, .agendaCloseMissing, .agendaGroundRulesLate] {
            #expect(!good.contains(rule))
        }
    }

    @Test func groundRulesLateAreReportedAtTheirItem() throws {
        let finding = try #require(try Fixture.findings("ground-rules-late").first { $0.rule == .agendaGroundRulesLate })
        #expect(finding.message.hasPrefix("The ground rules start at 10:40, 40 minutes into the session"))
        #expect(finding.location.position == SourcePosition(line: 11, column: 5))
    }

    @Test func wallOfPresentationsWithoutLivedExperienceLeadIsReported() throws {
        let findings = try Fixture.findings("presentations")
        #expect(findings.map(\.rule) == [.agendaVoiceTime, .agendaNoLivedExperienceLead])
        #expect(findings[0].message == "Discussion, breakout and feedback take 5 of the 55 minutes (9%), and presentations take 35 minutes.")
        #expect(findings[1].suggestion?.contains("role: expert by experience") == true)
        let good = try Fixture.rules("good")
        #expect(!good.contains(.agendaVoiceTime) && !good.contains(.agendaNoLivedExperienceLead))
    }

    @Test func papersLateAndRoomWithoutAddressAreReported() throws {
        let findings = try Fixture.findings("invite-late")
        #expect(findings.map(\.rule) == [.agendaJoinDetailsMissing, .agendaPapersLate])
        #expect(findings[0].severity == .error)
        #expect(findings[0].message == "'where' names a room but gives no address. People will not know how to join.")
        #expect(findings[1].message == "Papers go out on 11 October 2026, only 3 days before the session.")
        #expect(findings[1].suggestion?.contains("by 2026-10-07 (7 October 2026)") == true)
    }

    @Test func missingWhereContactAndPapersDateAreReported() throws {
        let findings = try Fixture.findings("invite-missing")
        #expect(findings.map(\.rule) == [.agendaJoinDetailsMissing, .agendaContactMissing, .agendaPapersLate])
        #expect(findings[0].message == "The agenda does not say where the session is or how to join.")
        #expect(findings[1].message == "The contact has no e-mail address or phone number.")
        #expect(findings[2].suggestion?.contains("papers-by: 2026-10-07") == true)
        #expect(try Fixture.rules("no-contact") == [.agendaContactMissing])
        let good = try Fixture.rules("good")
        for rule in [RuleID.agendaJoinDetailsMissing, .agendaContactMissing, .agendaPapersLate] { #expect(!good.contains(rule)) }
    }

    @Test func titlesAndDescriptionsAreCheckedForPlainLanguageAtTheirPositions() throws {
        let findings = try Fixture.findings("wording")
        let summary = findings.map { "\($0.rule):\($0.excerpt ?? ""):\($0.location.position?.line ?? 0):\($0.location.position?.column ?? 0)" }
        // The second line of a folded description keeps its own line and column.
        #expect(summary == ["label:Service users:2:8", "acronym-unexplained:ICB:2:30", "jargon:step change:20:26"])
        #expect(findings[2].suggestion?.hasPrefix("Try: ") == true)
    }

    @Test func thresholdsAndRulesCanBeChangedInTheAgenda() throws {
        let rules = try Fixture.agenda("rules").rules
        #expect(rules.breakEveryMinutes == 90 && rules.voiceSharePercent == 90 && rules.papersDaysBefore == 3 && rules.slackMinutes == 20)
        let findings = try Fixture.findings("rules")
        // No break warning at 85 minutes, no papers warning at 3 days, no check-in warning (switched off);
        // but a 90% share of voices and 20 spare minutes are not met.
        #expect(findings.map(\.rule) == [.agendaLittleSlack, .agendaVoiceTime])
        #expect(findings[1].suggestion?.contains("at least 90%") == true)
    }

    @Test func agendaRulesAreNamedAsSuch() {
        #expect(RuleID.allCases.allSatisfy { ($0.origin == .agenda) == $0.rawValue.hasPrefix("agenda-") })
    }

    /// Every rule the linter can report, the checker's and readability's too, can be switched off.
    @Test func everyRuleCanBeSwitchedOffInTheAgenda() throws {
        let long = "  - {title: A, kind: welcome, minutes: 5, description: \"" + Array(repeating: "word", count: 30).joined(separator: " ") + ".\"}"
        #expect(try Fixture.lint(readAgenda(agendaText(items: long))).map(\.rule).contains(.longSentence))
        let off = RuleID.allCases.filter { $0.origin != .programme }.map(\.rawValue).joined(separator: ", ")
        #expect(try Fixture.lint(readAgenda(agendaText(extra: "rules: {off: [\(off)]}", items: long))) == [])
    }

    @Test func bundledTemplatesAndExampleHaveNoErrorsOrWarnings() throws {
        for name in try AgendaTemplates.names() {
            let agenda = try AgendaReader.read(try AgendaTemplates.text(name), file: name)
            #expect(try Fixture.lint(agenda) == [], "\(name)")
        }
        #expect(try AgendaTemplates.names() == ["community-of-practice", "lived-experience-panel", "planning-workshop"])
        let example = Fixture.folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/example/language-session-agenda.yaml").path
        let agenda = try AgendaReader.read(try TextFile.read(example), file: "example")
        #expect(try Fixture.lint(agenda) == [])
    }
}
