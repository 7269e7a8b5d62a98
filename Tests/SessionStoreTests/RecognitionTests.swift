import Documents
import Foundation
import GRDB
import SessionStore
import SpeakingTurns
import Testing

/// Involvement records and rates: recorded with amounts in whole pence, a payment at the series'
/// rate worked out when it is recorded, corrections kept as history, and refusals that change nothing.
@Suite struct RecognitionTests {
    let at = TemporaryStore.at

    /// A store with Rosa registered for a session of the series "Community of Practice" on 14 October 2026.
    func setUp(_ temp: TemporaryStore) throws -> (SessionDetails, Participant) {
        let saved = try temp.store.saveProgramme(name: "Community of Practice",
                                                 sessions: [PlannedSession(title: "Language", theme: "Language", date: try #require(TemporaryStore.day))],
                                                 now: at(0))
        let session = try #require(saved.added.first)
        let rosa = try temp.store.addPerson(name: "Rosa Lind", role: .expertByExperience, now: at(0))
        try temp.store.markAttendance(session: session.id, people: [rosa.id], present: true, now: at(0))
        return (session, rosa)
    }

    @Test func amountsAreReadAsWholePenceAndAnythingElseIsRefused() throws {
        for (text, pence) in [("25", 2500), ("£25", 2500), ("25.50", 2550), ("£ 25.5", 2550), (" 0.05 ", 5), ("10000", 1_000_000)] {
            #expect(try Money(text: text).pence == Int64(pence), "\(text)")
        }
        for text in ["", "£", "-5", "25p", "25,50", "1,000", "25.505", "twenty", "25.", ".50", "1e3", "٢٥", "10000.01"] {
            #expect(throws: MoneyProblem.self, "\(text)") { try Money(text: text) }
        }
        #expect(throws: MoneyProblem.tooLarge("10000.01")) { try Money(text: "10000.01") }
        #expect(throws: MoneyProblem.notAnAmount("25p")) { try Money(text: "25p") }
        #expect(MoneyProblem.notAnAmount("25p").message.contains("'25p'"))
        #expect(Money(pence: 123_456).pounds == "£1,234.56")
        #expect(Money(pence: 5).decimal == "0.05")
        #expect(Money(pence: 2500).decimal == "25.00")
    }

    @Test func aRecordIsKeptWithItsChoiceExpensesAndDate() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let (session, rosa) = try setUp(temp)
        let record = try temp.store.recordInvolvement(
            NewInvolvement(person: rosa.id, session: session.id, role: .presented, preparationMinutes: 30,
                           offer: .voucher(Money(pence: 2000), kind: "  supermarket voucher "), expenses: Expenses(amount: Money(pence: 320), what: "bus fare")),
            now: at(1))
        #expect(record.choice == .voucher(Money(pence: 2000), kind: "supermarket voucher"))
        #expect(record.expenses == Expenses(amount: Money(pence: 320), what: "bus fare"))
        #expect(record.paidOn == TemporaryStore.day, "the day of the session when no day is given")
        #expect(record.role == .presented && record.preparationMinutes == 30)
        #expect(try temp.store.involvements() == [record])
        #expect(try temp.store.involvements(of: rosa.id) == [record])
        let pence = try DatabaseQueue(path: temp.path).read { try Int64.fetchOne($0, sql: "SELECT pence FROM involvement") }
        #expect(pence == 2000, "amounts are kept as whole pence")
    }

    @Test func aPaymentAtTheRateIsWorkedOutWhenRecordedAndKeptWhenTheRateChanges() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let (session, rosa) = try setUp(temp)
        let sam = try temp.store.addPerson(name: "Sam Jones", role: .expertByExperience, now: at(0))
        try temp.store.register(session: session.id, people: [sam.id], now: at(0))
        #expect(throws: StoreError.recognition(.noRate(session: session, programme: "Community of Practice"))) {
            try temp.store.recordInvolvement(NewInvolvement(person: rosa.id, session: session.id, role: .attended, offer: .payment(nil)), now: at(1))
        }
        #expect(try temp.store.setRate(programme: "community of practice", RecognitionRate(amount: Money(pence: 2500), per: .hour), now: at(1))
                == "Community of Practice")
        #expect(throws: StoreError.recognition(.needsSessionTime(session: session, rate: RecognitionRate(amount: Money(pence: 2500), per: .hour)))) {
            try temp.store.recordInvolvement(NewInvolvement(person: rosa.id, session: session.id, role: .attended, offer: .payment(nil)), now: at(1))
        }
        // 2 hours in the session and 25 minutes getting ready at £25.00 an hour: £60.416… is £60.42.
        let rosaRecord = try temp.store.recordInvolvement(NewInvolvement(person: rosa.id, session: session.id, role: .coFacilitated, sessionMinutes: 120,
                                                                        preparationMinutes: 25, offer: .payment(nil)), now: at(2))
        #expect(rosaRecord.choice == .payment(Money(pence: 6042)))
        try temp.store.setRate(programme: "Community of Practice", RecognitionRate(amount: Money(pence: 4000), per: .session), now: at(3))
        let samRecord = try temp.store.recordInvolvement(NewInvolvement(person: sam.id, session: session.id, role: .attended, offer: .payment(nil)), now: at(4))
        #expect(samRecord.choice == .payment(Money(pence: 4000)))
        #expect(try temp.store.involvements(of: rosa.id).first?.choice == .payment(Money(pence: 6042)), "a later rate leaves a recorded payment alone")
        #expect(try temp.store.rates(programme: "Community of Practice").rates.map(\.rate.words) == ["£25.00 an hour", "£40.00 a session"])
        #expect(throws: StoreError.recognition(.unknownProgramme("Comunity of Practice", suggestion: "Community of Practice"))) {
            try temp.store.setRate(programme: "Comunity of Practice", RecognitionRate(amount: Money(pence: 100), per: .hour), now: at(5))
        }
    }

    @Test func aCorrectionIsANewRowAndTheOldOneIsKeptInTheHistory() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let (session, rosa) = try setUp(temp)
        let first = NewInvolvement(person: rosa.id, session: session.id, role: .attended, offer: .payment(Money(pence: 2500)))
        #expect(throws: StoreError.recognition(.nothingToCorrect("Rosa Lind", session: session))) {
            try temp.store.recordInvolvement(first, correcting: true, now: at(1))
        }
        let original = try temp.store.recordInvolvement(first, now: at(1))
        #expect(throws: StoreError.recognition(.alreadyRecorded("Rosa Lind", session: session))) {
            try temp.store.recordInvolvement(first, now: at(2))
        }
        var fixed = first
        fixed.offer = .nothing
        fixed.expenses = Expenses(amount: Money(pence: 450), what: "taxi")
        let corrected = try temp.store.recordInvolvement(fixed, correcting: true, now: at(3))
        #expect(try temp.store.involvements() == [corrected])
        let history = try temp.store.involvements(of: rosa.id, history: true)
        #expect(history.map(\.id) == [original.id, corrected.id])
        #expect(history.map(\.isReplaced) == [true, false])
        #expect(history.first?.choice == .payment(Money(pence: 2500)), "the old record is kept as it was")
        let rows = try DatabaseQueue(path: temp.path).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM involvement") }
        #expect(rows == 2)
    }

    @Test func badRecordsAndUnknownPeopleOrSessionsChangeNothing() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let (session, rosa) = try setUp(temp)
        let stranger = try temp.store.addPerson(name: "Kim Lee", role: .guest, now: at(0))
        let undated = try temp.store.addSession(title: "Undated", now: at(0))
        try temp.store.register(session: undated.id, people: [rosa.id], now: at(0))
        let payment = RecognitionOffer.payment(Money(pence: 2500))
        let refusals: [(NewInvolvement, StoreError)] = [
            (NewInvolvement(person: stranger.id, session: session.id, role: .attended, offer: payment), .recognition(.notTakingPart("Kim Lee", session: session))),
            (NewInvolvement(person: rosa.id, session: undated.id, role: .attended, offer: payment), .recognition(.noDate(session: undated))),
            (NewInvolvement(person: rosa.id, session: session.id, role: .attended, offer: .payment(.zero)), .recognition(.zeroAmount(.payment))),
            (NewInvolvement(person: rosa.id, session: session.id, role: .attended, offer: .voucher(Money(pence: 100), kind: "  ")), .recognition(.emptyText(.voucherKind))),
            (NewInvolvement(person: rosa.id, session: session.id, role: .attended, offer: .nothing, expenses: Expenses(amount: Money(pence: 100), what: "")),
             .recognition(.emptyText(.expensesFor))),
            (NewInvolvement(person: rosa.id, session: session.id, role: .attended, preparationMinutes: -5, offer: payment), .recognition(.badTime(minutes: -5, .preparation))),
            (NewInvolvement(person: rosa.id, session: session.id, role: .attended, offer: .voucher(Money(pence: 100), kind: String(repeating: "x", count: 201))),
             .recognition(.tooLong(.voucherKind, limit: 200))),
            (NewInvolvement(person: rosa.id, session: session.id, role: .attended, sessionMinutes: 2000, offer: payment), .recognition(.badTime(minutes: 2000, .sessionTime))),
            (NewInvolvement(person: 999, session: session.id, role: .attended, offer: payment), .unknownPerson("#999", suggestion: nil)),
            (NewInvolvement(person: rosa.id, session: 999, role: .attended, offer: payment), .unknownSession("999", suggestion: nil)),
        ]
        for (record, error) in refusals {
            #expect(throws: error) { try temp.store.recordInvolvement(record, now: at(1)) }
        }
        #expect(try temp.store.involvements(history: true).isEmpty)
        // Nothing chosen and nothing paid back needs no date, even for a session without one.
        let nothing = try temp.store.recordInvolvement(NewInvolvement(person: rosa.id, session: undated.id, role: .attended, offer: .nothing), now: at(2))
        #expect(nothing.paidOn == nil)
        #expect(try temp.store.person("rosa lind").id == rosa.id, "a name is matched in any case")
    }
}
