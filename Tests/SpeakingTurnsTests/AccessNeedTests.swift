import SpeakingTurns
import Testing

/// Access needs as people type them: a need alone, or with their own words after "=".
@Suite struct AccessNeedTypingTests {
    @Test func needsAreReadAsPeopleTypeThem() throws {
        #expect(try PersonAccessNeed(typed: "BSL").need == .britishSignLanguage)
        #expect(try PersonAccessNeed(typed: "easy read").need == .easyRead)
        #expect(try PersonAccessNeed(typed: "papers_early=two weeks before") == PersonAccessNeed(.papersEarly, note: "two weeks before"))
        #expect(try PersonAccessNeed(typed: "other= a quiet room ").note == "a quiet room")
        #expect(throws: PersonAccessNeed.Problem.unknown("captoins", likely: .captions)) { try PersonAccessNeed(typed: "captoins") }
        #expect(throws: PersonAccessNeed.Problem.otherWithoutNote) { try PersonAccessNeed(typed: "other") }
        #expect(throws: PersonAccessNeed.Problem.otherWithoutNote) { try PersonAccessNeed(typed: "other=  ") }
        #expect(throws: PersonAccessNeed.Problem.noteTooLong(.largePrint)) {
            try PersonAccessNeed(typed: "large-print=" + String(repeating: "x", count: PersonAccessNeed.maximumNoteLength + 1))
        }
        #expect(PersonAccessNeed.Problem.unknown("captoins", likely: .captions).message.contains("Did you mean 'captions'?"))
    }
}
