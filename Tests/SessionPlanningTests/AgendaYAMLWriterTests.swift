import Documents
import Foundation
import PropertyBased
@testable import SessionPlanning
import Testing

/// Writing an agenda back as an agenda file keeps everything in it: the web page edits agendas
/// this way, so a lost field would be a lost part of someone's plan.
@Suite struct AgendaYAMLWriterTests {
    /// `agenda` without what only reading a file gives (its name, positions and prose).
    static func content(_ agenda: Agenda) -> Agenda {
        var agenda = agenda
        agenda.file = ""
        agenda.positions = [:]
        agenda.titleProse = nil
        for index in agenda.items.indices {
            agenda.items[index].position = nil
            agenda.items[index].prose = []
        }
        return agenda
    }

    /// Reads `text`, writes it, reads that, and gives both agendas.
    static func roundTrip(_ text: String) throws -> (read: Agenda, again: Agenda, written: String) {
        let agenda = try AgendaReader.read(text, file: "agenda.yaml")
        let written = AgendaYAMLWriter().write(agenda)
        return (content(agenda), content(try AgendaReader.read(written, file: "written.yaml")), written)
    }

    @Test(arguments: ["good", "fixed-clash", "fixed-gap", "rules", "presentations", "shape", "wording", "no-contact", "overrun"])
    func aFixtureReadsBackTheSame(_ name: String) throws {
        let text = try String(contentsOf: Fixture.folder.appendingPathComponent(name + ".yaml"), encoding: .utf8)
        let result = try Self.roundTrip(text)
        #expect(result.again == result.read, "\(result.written)")
    }

    @Test func everyTemplateAndTheExampleReadBackTheSame() throws {
        var texts = try AgendaTemplates.names().map { try AgendaTemplates.text($0) }
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/example/language-session-agenda.yaml")
        texts.append(try String(contentsOf: example, encoding: .utf8))
        #expect(texts.count >= 4)
        for text in texts {
            let result = try Self.roundTrip(text)
            #expect(result.again == result.read, "\(result.written)")
            #expect(result.read.items.contains { !$0.leads.isEmpty })
        }
    }

    @Test func settingsAndSwitchedOffRulesAreKept() throws {
        let result = try Self.roundTrip(try String(contentsOf: Fixture.folder.appendingPathComponent("rules.yaml"), encoding: .utf8))
        #expect(result.read.rules != AgendaRules())
        #expect(result.written.contains("rules:"))
        #expect(result.again.rules == result.read.rules)
    }

    /// Text a person may type: quotes, colons, hashes, brackets, line breaks, accents and emoji
    /// (the reader trims space around a value, so the text has none there).
    static let characters = Array("abc XYZ:#'\"[]{}&*!|>-,%@`\\\n\tééçø€😀")
    static let typed = Gen.int(in: 0...(characters.count - 1)).map { characters[$0] }
        .array(of: 1...40)
        .map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        .filter { !$0.isEmpty }

    @Test func anyTypedTitleNotesAndNamesReadBackAsTyped() async {
        await propertyCheck(input: zip(Self.typed, Self.typed, Self.typed)) { title, notes, name in
            let item = AgendaItem(title: title, kind: .discussion, minutes: 30, leads: [Lead(name: name, role: .expertByExperience)],
                                  description: notes, materials: [notes], facilitatorNotes: notes, accessibility: notes)
            let agenda = Agenda(file: "", title: title, date: CalendarDate(year: 2027, month: 1, day: 13)!,
                                start: ClockTime(minutes: 600)!, end: ClockTime(minutes: 720)!, items: [item])
            let written = AgendaYAMLWriter().write(agenda)
            let again = try? AgendaReader.read(written, file: "written.yaml")
            #expect(again.map(Self.content) == agenda, "\(written)")
        }
    }
}
