import Documents
import Foundation
import GRDB
import SessionStore
import SpeakingTurns
import Testing

/// Actions ("you said, we did"): recorded, chosen by session and date, changed with a history,
/// and refused when a part is empty, with nothing saved.
@Suite struct ActionTests {
    let at = TemporaryStore.at

    static func day(_ iso: String) throws -> CalendarDate { try #require(CalendarDate(iso: iso)) }

    func letters(_ session: SessionID, by person: PersonID? = nil) throws -> NewAction {
        NewAction(session: session, raisedByRole: .expertByExperience, raisedBy: person,
                  raised: " Letters still say 'failed to engage' ", action: "Rewrite the appointment letter template with the group",
                  owner: "Housing options team", due: try Self.day("2027-01-15"))
    }

    @Test func anActionIsRecordedOpenWithItsSessionAndPerson() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = temp.store
        let session = try store.addSession(title: "Language", date: TemporaryStore.day, now: at(0))
        let rosa = try store.addPerson(name: "Rosa Lind", role: .expertByExperience, now: at(0))
        let action = try store.addAction(try letters(session.id, by: rosa.id), now: at(1))
        #expect(action.status == .open)
        #expect(action.raised == "Letters still say 'failed to engage'", "spaces at either end are taken off")
        #expect(action.session == session)
        #expect(action.raisedBy?.displayName == "Rosa Lind")
        #expect(action.raisedBy?.consentsToBeNamed == false)
        #expect(try store.action(action.id) == action)
        #expect(try store.actions(.every).map(\.id) == [action.id])
    }

    @Test func aDoneOrImpossibleActionKeepsItsWordsAndEveryChangeIsInItsHistory() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = temp.store
        let session = try store.addSession(title: "Language", date: TemporaryStore.day, now: at(0))
        let action = try store.addAction(try letters(session.id), now: at(1))
        let later = try store.updateAction(action.id, ActionUpdate(due: try Self.day("2027-02-01")), now: at(2))
        #expect(later.due == (try Self.day("2027-02-01")))
        #expect(later.status == .open)
        let done = try store.updateAction(action.id, ActionUpdate(status: .done(whatChanged: "The new letter went out in December.")), now: at(3))
        #expect(done.status == .done(whatChanged: "The new letter went out in December."))
        #expect(done.updatedAt == at(3))
        let impossible = try store.updateAction(action.id, ActionUpdate(status: .notPossible(reason: "The letters come from a national system.")), now: at(4))
        #expect(impossible.status == .notPossible(reason: "The letters come from a national system."))
        let history = try store.actionHistory(action.id)
        #expect(history.map(\.status.word) == ["open", "open", "done", "not possible"])
        #expect(history.map(\.due.iso) == ["2027-01-15", "2027-02-01", "2027-02-01", "2027-02-01"])
        #expect(history.map(\.changedAt) == [at(1), at(2), at(3), at(4)])
    }

    @Test func emptyTextAnUnknownActionAndAnUnknownSessionChangeNothing() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = temp.store
        let session = try store.addSession(title: "Language", date: TemporaryStore.day, now: at(0))
        var blank = try letters(session.id)
        blank.owner = "   "
        #expect(throws: StoreError.emptyActionText(.owner)) { try store.addAction(blank, now: at(1)) }
        #expect(throws: StoreError.unknownSession("99", suggestion: nil)) { try store.addAction(try letters(99), now: at(1)) }
        #expect(throws: StoreError.unknownPerson("#42", suggestion: nil)) { try store.addAction(try letters(session.id, by: 42), now: at(1)) }
        #expect(try store.actions(.every).isEmpty)
        let action = try store.addAction(try letters(session.id), now: at(1))
        #expect(throws: StoreError.emptyActionText(.reason)) {
            try store.updateAction(action.id, ActionUpdate(status: .notPossible(reason: " ")), now: at(2))
        }
        #expect(throws: StoreError.emptyActionText(.whatChanged)) {
            try store.updateAction(action.id, ActionUpdate(status: .done(whatChanged: "")), now: at(2))
        }
        #expect(throws: StoreError.unknownAction(7)) { try store.updateAction(7, ActionUpdate(due: try Self.day("2027-03-01")), now: at(2)) }
        #expect(try store.action(action.id) == action)
        #expect(try store.actionHistory(action.id).count == 1)
        #expect(StoreError.emptyActionText(.reason).errorDescription?.contains("why it is not possible") == true)
    }

    @Test func actionsAreChosenBySessionAndByTheDayOfTheSessionTheyWereRaisedAt() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = temp.store
        let july = try store.addSession(title: "July", date: try Self.day("2026-07-08"), now: at(0))
        let october = try store.addSession(title: "October", date: try Self.day("2026-10-14"), now: at(0))
        let january = try store.addSession(title: "January", date: try Self.day("2027-01-13"), now: at(0))
        let undated = try store.addSession(title: "Someday", now: at(0))
        let fromOctober = try store.addAction(try letters(october.id), now: at(1))
        let fromJuly = try store.addAction(try letters(july.id), now: at(2))
        let fromJanuary = try store.addAction(try letters(january.id), now: at(3))
        let fromUndated = try store.addAction(try letters(undated.id), now: at(4))
        _ = try store.updateAction(fromJuly.id, ActionUpdate(status: .done(whatChanged: "Done.")), now: at(5))

        #expect(try store.actions(.every).map(\.id) == [fromJuly.id, fromOctober.id, fromJanuary.id, fromUndated.id], "by the session's date, undated last")
        #expect(try store.actions(.raisedAt(october.id)).map(\.id) == [fromOctober.id])
        #expect(try store.actions(.raisedBefore(january.date!)).map(\.id) == [fromJuly.id, fromOctober.id])
        #expect(try store.actions(.raisedBefore(january.date!), openOnly: true).map(\.id) == [fromOctober.id])
        #expect(try store.actions(.raisedUpTo(october)).map(\.id) == [fromJuly.id, fromOctober.id])
        #expect(try store.actions(.raisedUpTo(undated)).map(\.id) == [fromUndated.id])
    }
}
