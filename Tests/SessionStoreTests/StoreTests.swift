import Documents
import Foundation
import GRDB
import SessionStore
import SpeakingTurns
import Testing

@Suite struct StoreTests {
    let at = TemporaryStore.at

    @Test func newDatabaseIsCreatedInWALModeWithItsFolder() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        #expect(FileManager.default.fileExists(atPath: temp.path))
        let mode = try DatabaseQueue(path: temp.path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func sessionsAreFoundByNumberOrTitleWithSuggestions() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = temp.store
        let language = try store.addSession(title: "Language", theme: "Words", date: TemporaryStore.day, agendaFile: "agenda.yaml", now: at(0))
        _ = try store.addSession(title: "Leaders", now: at(1))
        _ = try store.addSession(title: "Leaders", now: at(2))
        #expect(try store.session("\(language.id)") == language)
        #expect(try store.session("language") == language)
        #expect(throws: StoreError.unknownSession("Langauge", suggestion: "Language")) { try store.session("Langauge") }
        #expect(throws: StoreError.ambiguousSession("Leaders", ids: [2, 3])) { try store.session("Leaders") }
        #expect(try store.sessions().map(\.details.title) == ["Language", "Leaders", "Leaders"])
        try store.addNote(session: language.id, text: "Room was too warm.", now: at(3))
        #expect(try store.notes(session: language.id).map(\.text) == ["Room was too warm."])
    }

    @Test func consentHistoryIsKeptAndTheLastChangeCounts() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = temp.store
        let sam = try store.addPerson(name: "Sam Jones", role: .expertByExperience, organisation: "Peer group", now: at(0))
        #expect(!sam.consentsToBeNamed)
        let given = try #require(CalendarDate(iso: "2026-10-01"))
        let withdrawn = try #require(CalendarDate(iso: "2026-11-02"))
        try store.recordConsent(person: sam.id, change: ConsentChange(given: true, date: given), now: at(1))
        #expect(try store.person("sam jones").consentsToBeNamed)
        try store.recordConsent(person: sam.id, change: ConsentChange(given: false, date: withdrawn), now: at(2))
        #expect(try !store.person("Sam Jones").consentsToBeNamed)
        #expect(try store.consentHistory(person: sam.id).map(\.change) == [ConsentChange(given: true, date: given), ConsentChange(given: false, date: withdrawn)])
        #expect(throws: StoreError.personExists("sam jones")) { try store.addPerson(name: "sam jones", role: .guest, now: at(3)) }
        #expect(throws: StoreError.unknownPerson("Sam Jnoes", suggestion: "Sam Jones")) { try store.person("Sam Jnoes") }
    }

    @Test func registrationListIsImportedAllOrNothing() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = temp.store
        let today = try #require(TemporaryStore.day)
        let session = try store.addSession(title: "Language", now: at(0))
        _ = try store.addPerson(name: "Priya Patel", role: .professional, now: at(0))
        let good = try RegistrationList.read("name,role,organisation,consent\nSam Jones,expert by experience,,yes\nPriya Patel,,Council,\n", file: "people.csv")
        let result = try store.importRegistrations(session: session.id, entries: good, file: "people.csv", today: today, now: at(1))
        #expect(result.added == ["Sam Jones"])
        #expect(result.registered == ["Sam Jones", "Priya Patel"])
        #expect(result.consentChanged == ["Sam Jones"])
        #expect(try store.person("Sam Jones").consentsToBeNamed)
        #expect(try store.person("Priya Patel").organisation == "Council")

        let bad = try RegistrationList.read("name,role\nAlex New,guest\nPriya Patel,guest\n", file: "more.csv")
        let error = #expect(throws: StoreError.self) {
            try store.importRegistrations(session: session.id, entries: bad, file: "more.csv", today: today, now: at(2))
        }
        #expect(error?.errorDescription?.hasPrefix("more.csv line 3, column 1: 'Priya Patel' is already in Roundtable as professional") == true)
        #expect(throws: StoreError.self) { try store.person("Alex New") }
        #expect(try store.registered(session: session.id).map(\.displayName) == ["Priya Patel", "Sam Jones"])
    }

    @Test func theOnBehalfOfColumnRegistersAColleagueInAMembersPlace() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = temp.store
        let today = try #require(TemporaryStore.day)
        let session = try store.addSession(title: "Language", now: at(0))
        // The colleague's row comes before the member's: the whole list is registered first.
        let list = try RegistrationList.read("name,role,On-Behalf-Of\nKim Lee,professional,sam jones\nSam Jones,expert by experience,\n", file: "people.csv")
        #expect(list.map(\.onBehalfOf) == ["sam jones", nil])
        let result = try store.importRegistrations(session: session.id, entries: list, file: "people.csv", today: today, now: at(1))
        #expect(result.onBehalf.map { [$0.colleague, $0.member] } == [["Kim Lee", "Sam Jones"]])
        try store.markAttendance(session: session.id, people: [try store.person("Kim Lee").id], present: true, now: at(2))
        #expect(try store.cameOnBehalf(session: session.id).map { [$0.colleague.displayName, $0.member.displayName] } == [["Kim Lee", "Sam Jones"]])

        #expect(throws: ReadError.self) { try RegistrationList.read("name,on behalf of\nKim Lee,kim lee\n", file: "self.csv") }
        let circle = try RegistrationList.read("name,on behalf of\nSam Jones,Kim Lee\n", file: "circle.csv")
        let error = #expect(throws: StoreError.self) {
            try store.importRegistrations(session: session.id, entries: circle, file: "circle.csv", today: today, now: at(3))
        }
        #expect(error?.errorDescription?.hasPrefix("circle.csv line 2, column 1: Sam Jones cannot come on behalf of themselves, or of someone coming on their behalf.") == true)
        let unknown = try RegistrationList.read("name,role,on behalf of\nAlex New,guest,Nobody Known\n", file: "unknown.csv")
        let missing = #expect(throws: StoreError.self) {
            try store.importRegistrations(session: session.id, entries: unknown, file: "unknown.csv", today: today, now: at(4))
        }
        #expect(missing?.errorDescription?.contains("'Nobody Known', whom 'Alex New' comes on behalf of, is not in Roundtable or on this list.") == true)
        #expect(throws: StoreError.self) { try store.person("Alex New") }
    }

    @Test func programmesAreListedWithTheirSessionsByDate() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = temp.store
        let (january, april) = (try #require(CalendarDate(iso: "2027-01-13")), try #require(CalendarDate(iso: "2027-04-14")))
        _ = try store.saveProgramme(name: "Leaders", sessions: [PlannedSession(title: "Leaders", theme: nil, date: april)], now: at(0))
        _ = try store.saveProgramme(name: "community", sessions: [PlannedSession(title: "April", theme: nil, date: april),
                                                                  PlannedSession(title: "January", theme: nil, date: january)], now: at(1))
        _ = try store.addSession(title: "Alone", date: january, now: at(2))
        let programmes = try store.programmes()
        #expect(programmes.map(\.name) == ["community", "Leaders"])
        #expect(programmes.map(\.sessionCount) == [2, 1])
        #expect(try store.sessions(programme: programmes[0].id).map(\.details.title) == ["January", "April"])
        #expect(try store.sessions(programme: 99).isEmpty)
    }

    @Test func startingATurnEndsThePreviousAndUndoTakesItBack() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = temp.store
        let (session, people) = try temp.session(people: [("Ada", .expertByExperience), ("Ben", .professional)])
        let (ada, ben) = (people[0], people[1])
        let first = try store.startTurn(session: session.id, person: ada.id, source: .live, at: at(10))
        #expect(first.ended == nil)
        let second = try store.startTurn(session: session.id, person: ben.id, source: .live, at: at(40))
        #expect(second.ended?.person == ada)
        #expect(second.ended?.turn.end == at(40))
        // Pressing for the person already speaking changes nothing.
        #expect(try store.startTurn(session: session.id, person: ben.id, source: .live, at: at(45)).started == second.started)
        let stopped = try store.stopTurn(session: session.id, at: at(50))
        #expect(stopped.turn.end == at(50))
        #expect(throws: StoreError.noTurnRunning(session)) { try store.stopTurn(session: session.id, at: at(51)) }

        // Undo the stop: Ben speaks again. Undo Ben's start: his turn goes and Ada's runs again.
        guard case .stop(let again) = try store.undo(session: session.id, at: at(60)) else {
            Issue.record("expected the stop to be undone")
            return
        }
        #expect(again.turn == second.started.turn && again.person == ben)
        guard case .start(let removed, let resumed) = try store.undo(session: session.id, at: at(61)) else {
            Issue.record("expected the start to be undone")
            return
        }
        #expect(removed.person == ben)
        #expect(resumed?.person == ada && resumed?.turn.end == nil)
        guard case .start(_, nil) = try store.undo(session: session.id, at: at(62)) else {
            Issue.record("expected Ada's start to be undone")
            return
        }
        #expect(throws: StoreError.nothingToUndo(session)) { try store.undo(session: session.id, at: at(63)) }
        #expect(try store.turns(session: session.id, now: at(64)).turns.isEmpty)
    }

    @Test func aTurnForSomeoneNotPresentIsRefusedWithWhatToDo() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = temp.store
        let (session, _) = try temp.session(people: [("Ada", .expertByExperience)])
        let late = try store.addPerson(name: "Cy Late", role: .guest, now: at(0))
        let error = #expect(throws: StoreError.self) { try store.startTurn(session: session.id, person: late.id, source: .manual, at: at(1)) }
        #expect(error == .notPresent(["Cy Late"], session: session))
        #expect(error?.errorDescription?.hasSuffix("If they are here, mark them present first.") == true)
        #expect(try store.turns(session: session.id, now: at(2)).turns.isEmpty)
    }

    @Test func aLiveTurnLeftRunningByACrashEndsAtTheLastHeartbeat() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = temp.store
        let (session, people) = try temp.session(people: [("Ada", .expertByExperience), ("Ben", .professional)])
        #expect(try store.beginLive(session: session.id, at: at(0)) == nil)
        _ = try store.startTurn(session: session.id, person: people[0].id, source: .live, at: at(10))
        try store.heartbeat(session: session.id, at: at(17))
        // A second live view while the first is alive is refused.
        #expect(throws: StoreError.trackedElsewhere(session)) { try store.beginLive(session: session.id, at: at(18)) }
        // The first one dies without a word. Reading shows the turn ended at the heartbeat…
        let read = try store.turns(session: session.id, now: at(100))
        #expect(read.turns.first?.end == at(17))
        #expect(read.interruptedCount == 1)
        // …and the next live view records it so.
        let recovered = try store.beginLive(session: session.id, at: at(100))
        #expect(recovered?.turn.end == at(17))
        #expect(recovered?.turn.interrupted == true)
        let turns = try store.turns(session: session.id, now: at(101)).turns
        #expect(turns.count == 1 && turns[0].end == at(17) && turns[0].interrupted)
        #expect(try store.endLive(session: session.id, at: at(102)) == nil)
    }

    @Test func importedTurnsNeedPresentPeopleAndReplaceOnlyWhenAsked() throws {
        let temp = try TemporaryStore()
        defer { temp.cleanUp() }
        let store = temp.store
        let (session, people) = try temp.session(people: [("Ada", .expertByExperience)])
        let absent = try store.addPerson(name: "Ben", role: .professional, now: at(0))
        let turns = [ImportedTurn(personID: people[0].id, start: at(0), end: at(5))]
        #expect(throws: StoreError.notPresent(["Ben"], session: session)) {
            try store.importTurns(session: session.id, turns: turns + [ImportedTurn(personID: absent.id, start: at(6), end: at(7))], replace: false)
        }
        #expect(try store.importTurns(session: session.id, turns: turns, replace: false) == 1)
        #expect(throws: StoreError.alreadyImported(session, count: 1)) { try store.importTurns(session: session.id, turns: turns, replace: false) }
        #expect(try store.importTurns(session: session.id, turns: turns + turns, replace: true) == 2)
        #expect(try store.turns(session: session.id, now: at(10)).turns.map(\.source) == [.imported, .imported])
    }

    @Test func defaultLocationFollowsXDG() {
        #expect(DatabaseLocation.choose(option: "x.sqlite", environment: ["ROUNDTABLE_DB": "y"], homeDirectory: "/h").path == "x.sqlite")
        #expect(DatabaseLocation.choose(option: nil, environment: ["ROUNDTABLE_DB": "y"], homeDirectory: "/h").path == "y")
        #expect(DatabaseLocation.choose(option: nil, environment: ["XDG_DATA_HOME": "/d"], homeDirectory: "/h").path == "/d/roundtable/roundtable.sqlite")
        #expect(DatabaseLocation.choose(option: nil, environment: ["XDG_DATA_HOME": "relative"], homeDirectory: "/h").path == "/h/.local/share/roundtable/roundtable.sqlite")
    }
}
