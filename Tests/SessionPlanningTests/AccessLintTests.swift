import Documents
import PlainLanguage
@testable import SessionPlanning
import Testing

/// The access checks: the needs of the people registered, counted without names, against the
/// papers date, the support listed under `access:` and the breaks.
@Suite struct AccessLintTests {
    func findings(_ agenda: Agenda, _ needs: NeedsToPlanFor) throws -> [Diagnostic] {
        let checker = PlainLanguageChecker(glossary: try GlossaryLoader.curated())
        return AgendaLinter(checker: checker).lint(agenda, schedule: try Schedule(agenda), needs: needs)
            .filter { [.agendaPapersEarlyNeeded, .agendaAccessNotPlanned].contains($0.rule) }
    }

    @Test func papersEarlyFiresWhenPapersGoOutUnderFourteenDaysBefore() throws {
        var agenda = try Fixture.agenda("good")   // papers-by 7 October for 14 October: 7 days
        let finding = try #require(try findings(agenda, NeedsToPlanFor(papersEarly: 2)).first)
        #expect(finding.rule == .agendaPapersEarlyNeeded)
        #expect(finding.severity == .warning)
        #expect(finding.message == "2 people registered need the papers early, but they go out on 7 October 2026, 7 days before the session.")
        #expect(finding.suggestion?.contains("by 2026-09-30 (30 September 2026)") == true)
        #expect(finding.location.position?.line == 15)
        #expect(try findings(agenda, NeedsToPlanFor()) == [], "nobody needs them early")

        agenda.papersBy = CalendarDate(iso: "2026-09-30")
        #expect(try findings(agenda, NeedsToPlanFor(papersEarly: 1)) == [], "exactly 14 days is early enough")
        agenda.papersBy = CalendarDate(iso: "2026-10-01")
        #expect(try findings(agenda, NeedsToPlanFor(papersEarly: 1)).first?.message.hasPrefix("1 person registered needs the papers early") == true)
        agenda.papersBy = nil
        #expect(try findings(agenda, NeedsToPlanFor(papersEarly: 1)).first?.message.contains("does not say when papers go out") == true)
        agenda.rules.papersEarlyDaysBefore = 7
        agenda.papersBy = CalendarDate(iso: "2026-10-07")
        #expect(try findings(agenda, NeedsToPlanFor(papersEarly: 1)) == [], "the threshold comes from the agenda's rules")
    }

    @Test func eachKindOfSupportFiresOnlyWhenNeededAndNotListed() throws {
        var agenda = try Fixture.agenda("good")
        for support in AccessSupport.allCases {
            agenda.access = []
            let needs = NeedsToPlanFor(support: [support: 1])
            let found = try findings(agenda, needs)
            #expect(found.count == 1, "\(support)")
            #expect(found.first?.rule == .agendaAccessNotPlanned)
            #expect(found.first?.message == "1 person registered needs \(support.words), but the agenda does not list it under 'access'.")
            #expect(found.first?.suggestion?.contains("add '\(support.rawValue)' under 'access:'") == true)
            agenda.access = [support]
            #expect(try findings(agenda, needs) == [], "\(support) is listed")
            agenda.access = AccessSupport.allCases.filter { $0 != support }
            #expect(try findings(agenda, needs).count == 1, "everything else listed does not cover \(support)")
        }
    }

    @Test func breaksFireOnlyWhenTheAgendaHasNoBreak() throws {
        var agenda = try Fixture.agenda("good")
        #expect(try findings(agenda, NeedsToPlanFor(breaks: 3)) == [], "the good agenda has a break")
        agenda.items.removeAll { $0.kind == .break }
        let finding = try #require(try findings(agenda, NeedsToPlanFor(breaks: 3)).first)
        #expect(finding.message == "3 people registered need regular breaks, but the agenda has no break.")
        #expect(try findings(agenda, NeedsToPlanFor()) == [])
    }

    @Test func theAccessRulesCanBeSwitchedOff() throws {
        var agenda = try Fixture.agenda("good")
        let needs = NeedsToPlanFor(support: [.captions: 1], papersEarly: 1)
        #expect(try findings(agenda, needs).count == 2)
        agenda.rules.off = [.agendaPapersEarlyNeeded, .agendaAccessNotPlanned]
        #expect(try findings(agenda, needs) == [])
    }

    @Test func theAccessListIsReadAndWrittenBack() throws {
        let agenda = try readAgenda(agendaText(extra: "access: [captions, Easy read, british_sign_language, captions]",
                                               items: "  - {title: Welcome, kind: welcome, minutes: 10}"))
        #expect(agenda.access == [.captions, .easyRead, .britishSignLanguage], "each once, in the order written")
        let again = try readAgenda(AgendaYAMLWriter().write(agenda))
        #expect(again.access == agenda.access)
        #expect(AgendaYAMLWriter().write(agenda).contains("access: [\"captions\", \"easy-read\", \"british-sign-language\"]"))
    }

    @Test func unknownSupportIsRefusedWithItsLineAndANearName() throws {
        let text = agendaText(extra: "access:\n  - captions\n  - larg print", items: "  - {title: Welcome, kind: welcome, minutes: 10}")
        let error = try #require(throws: ReadError.self) { try readAgenda(text) }
        #expect(error.position == SourcePosition(line: 7, column: 5))
        #expect(error.problem == "'larg print' under 'access' is not support Roundtable knows. Did you mean 'large-print'?")
        #expect(error.advice.contains("captions, british-sign-language, easy-read, large-print, join-by-phone"))
    }
}
