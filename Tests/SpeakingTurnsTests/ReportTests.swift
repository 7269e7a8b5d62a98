import Documents
import Foundation
import SpeakingTurns
import Testing
import TestSupport

@Suite struct ReportTests {
    // Two experts by experience (one consents to be named), two professionals, one guest.
    let sam = Participant(id: 1, displayName: "Sam Secret", role: .expertByExperience)
    let jo = Participant(id: 2, displayName: "Jo Named", role: .expertByExperience, consentsToBeNamed: true)
    let kim = Participant(id: 3, displayName: "Kim Private", role: .professional)
    let lee = Participant(id: 4, displayName: "Lee Hidden", role: .professional, organisation: "Council")
    let max = Participant(id: 5, displayName: "Max Quiet", role: .guest)

    func at(_ seconds: Double) -> Date { Date(timeIntervalSince1970: 2_000_000_000 + seconds) }

    var report: BalanceReport {
        // Times: Kim 60 s, Lee 24 s, Sam 10 s, Jo 6 s, Max 0 s; T = 100 s.
        // Experts: 2 of 5 people (40 %), 16 s of 100 (16 %).
        let turns = [
            Turn(id: 1, personID: 3, start: at(0), end: at(60), source: .live),
            Turn(id: 2, personID: 1, start: at(60), end: at(70), source: .live),
            Turn(id: 3, personID: 4, start: at(70), end: at(94), source: .live),
            Turn(id: 4, personID: 2, start: at(94), end: at(100), source: .live, interrupted: true),
        ]
        let metrics = BalanceMetrics(participants: [sam, jo, kim, lee, max], turns: turns, now: at(100))
        let session = SessionDetails(id: 7, title: "Language", theme: "Saying what we mean", date: CalendarDate(iso: "2026-10-14"))
        return BalanceReport(session: session, metrics: metrics, interruptedTurns: 1)
    }

    @Test func readingSaysHowExpertsByExperienceFared() {
        #expect(report.reading == [
            "5 people were present and 4 of them spoke, in 4 turns over 1 minute 40 seconds.",
            "Experts by experience were 40 % of the people present and spoke for 16 % of the time.",
            "1 person did not speak: Participant D (guest).",
        ])
    }

    @Test func peopleWithoutConsentAreNeverNamedAnywhere() throws {
        let document = report.document()
        // The PDF is LibreOffice's print of the FODT, searched through pdftotext in PublishPrivacyTests.
        for format in OutputFormat.allCases where format != .pdf {
            let text = try ZIPParts.visibleBytes(try format.writer.write(document))
            for secret in ["Sam Secret", "Kim Private", "Lee Hidden", "Max Quiet", "Council"] {
                #expect(!text.contains(secret), "\(format.rawValue) names \(secret)")
            }
            #expect(text.contains("Jo Named"), "\(format.rawValue)")
            #expect(text.contains("Participant A"), "\(format.rawValue)")
        }
        // Letters follow the order of the report: most speaking time first.
        guard case .barChart(let chart)? = document.blocks.first(where: { if case .barChart = $0 { return true } else { return false } }) else {
            Issue.record("no chart")
            return
        }
        #expect(chart.bars.map(\.label) == ["Participant A (professional)", "Participant B (professional)",
                                            "Participant C (expert by experience)", "Jo Named (expert by experience)",
                                            "Participant D (guest)"])
        #expect(chart.bars.map(\.value) == ["60 % · 1 turn", "24 % · 1 turn", "10 % · 1 turn", "6 % · 1 turn", "0 % · 0 turns"])
        #expect(document.metadata.title == "Speaking balance: Language")
        #expect(document.metadata.summary?.contains("Participant") == false)
    }

    @Test func reportCarriesFiguresAndNotes() throws {
        let text = String(decoding: try PlainTextWriter().write(report.document()), as: UTF8.self)
        #expect(text.contains("1 turn was cut short when the tracker stopped unexpectedly"))
        // Times 60, 24, 10, 6 and 0 s, mean 20 s: Σᵢ Σⱼ |tᵢ − tⱼ| = 2 × 276 = 552, and 552 / (2 × 5² × 20) = 0.552.
        #expect(text.contains("Gini coefficient: 0.55 (0 means"))
        #expect(text.contains("Experts by experience"))
        #expect(text.contains("14 October 2026"))
    }

    @Test func lettersContinuePastZ() {
        let many = (0..<28).map { Participant(id: PersonID($0), displayName: "P\($0)", role: .guest) }
        let names = PublicNames(many)
        #expect(names.name(of: many[25]) == "Participant Z")
        #expect(names.name(of: many[26]) == "Participant AA")
        #expect(names.nameWithRole(of: many[27]) == "Participant AB (guest)")
    }
}
