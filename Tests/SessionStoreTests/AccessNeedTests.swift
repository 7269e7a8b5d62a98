import Documents
import Foundation
import GRDB
import SessionStore
import SpeakingTurns
import Testing

/// Access needs: kept only with the person's agreement, replaced as a
/// whole, forgotten completely on request, and listed for the people registered for a session.
@Suite struct AccessNeedTests {
    let at = TemporaryStore.at

    static func day() throws -> CalendarDate { try #require(TemporaryStore.day) }

    @Test func needsAreKeptReplacedAndForgotten() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = temp.store
        let ann = try store.addPerson(name: "Ann Lee", role: .expertByExperience, now: at(0))
        #expect(try store.accessNeeds(person: ann.id) == nil)
        let agreed = try Self.day()
        try store.setAccessNeeds(person: ann.id, [try PersonAccessNeed(.papersEarly, note: "two weeks"), try PersonAccessNeed(.captions)],
                                 agreedOn: agreed, now: at(1))
        let kept = try #require(try store.accessNeeds(person: ann.id))
        #expect(kept.agreedOn == agreed)
        #expect(kept.needs.map(\.need) == [.captions, .papersEarly], "in the fixed order, not the order typed")
        #expect(kept.needs.last?.note == "two weeks")

        try store.setAccessNeeds(person: ann.id, [try PersonAccessNeed(.largePrint)], agreedOn: agreed, now: at(2))
        #expect(try store.accessNeeds(person: ann.id)?.needs.map(\.need) == [.largePrint], "what is given replaces what was kept")

        try store.setAccessNeeds(person: ann.id, [], agreedOn: agreed, now: at(3))
        #expect(try store.accessNeeds(person: ann.id)?.needs == [], "agreed, and nothing extra needed")

        try store.setAccessNeeds(person: ann.id, [try PersonAccessNeed(.breaks)], agreedOn: agreed, now: at(4))
        #expect(try store.forgetAccessNeeds(person: ann.id))
        #expect(try store.accessNeeds(person: ann.id) == nil)
        #expect(try !store.forgetAccessNeeds(person: ann.id))
        let left = try DatabaseQueue(path: temp.path).read { db in
            try Int.fetchOne(db, sql: "SELECT (SELECT count(*) FROM accessNeed) + (SELECT count(*) FROM accessAgreement)")
        }
        #expect(left == 0, "forgetting removes every row, not just the agreement")
    }

    @Test func theDatabaseRefusesANeedWithoutAgreementOrAnUnknownNeed() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let ann = try temp.store.addPerson(name: "Ann Lee", role: .expertByExperience, now: at(0))
        try DatabaseQueue(path: temp.path).write { db in
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "INSERT INTO accessNeed (personId, need) VALUES (?, 'captions')", arguments: [ann.id])
            }
            try db.execute(sql: "INSERT INTO accessAgreement (personId, agreedOn, recordedAt) VALUES (?, '2026-10-01', 0)", arguments: [ann.id])
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "INSERT INTO accessNeed (personId, need) VALUES (?, 'telepathy')", arguments: [ann.id])
            }
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "INSERT INTO accessNeed (personId, need) VALUES (?, 'other')", arguments: [ann.id])
            }
        }
    }

    @Test func aSessionListsOnlyThePeopleRegisteredWhoHaveNeeds() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = temp.store
        let session = try store.addSession(title: "Language", date: TemporaryStore.day, now: at(0))
        let other = try store.addSession(title: "Engagement", date: TemporaryStore.day, now: at(0))
        let ann = try store.addPerson(name: "Ann Lee", role: .expertByExperience, now: at(0))
        let bo = try store.addPerson(name: "Bo Yu", role: .professional, now: at(0))
        let cy = try store.addPerson(name: "Cy Okafor", role: .guest, now: at(0))
        let dee = try store.addPerson(name: "Dee Marsh", role: .expertByExperience, now: at(0))
        try store.register(session: session.id, people: [ann.id, bo.id, cy.id], now: at(1))
        try store.register(session: other.id, people: [dee.id], now: at(1))
        try store.setAccessNeeds(person: ann.id, [try PersonAccessNeed(.easyRead)], agreedOn: try Self.day(), now: at(2))
        try store.setAccessNeeds(person: bo.id, [], agreedOn: try Self.day(), now: at(2))
        try store.setAccessNeeds(person: dee.id, [try PersonAccessNeed(.captions)], agreedOn: try Self.day(), now: at(2))
        let listed = try store.accessNeeds(session: session.id)
        #expect(listed.map(\.person.displayName) == ["Ann Lee"], "Bo needs nothing, Cy was not asked, Dee is not registered")
        #expect(listed.first?.needs == [try PersonAccessNeed(.easyRead)])
    }
}
