import Documents
import Foundation
import PropertyBased
import SessionStore
import SpeakingTurns
import Testing
import TestSupport
import Workflows

/// The series report on a real store: counts by role, new and returning people, experts by
/// experience who came back, shares of speaking time, actions, a session nobody has come to yet,
/// how the series is chosen, no name anywhere in any format, and the same bytes every time.
@Suite struct SeriesReportTests {
    static let now = Date(timeIntervalSince1970: 1_830_000_000)

    static func day(_ iso: String) throws -> CalendarDate { try #require(CalendarDate(iso: iso)) }

    /// Everything private the store holds about the people, which no part of the report may show.
    static let secrets = ["Zephyrine", "Quillfeather", "Bartholomew", "Xandercroft", "Odalys", "Vantongeren", "Philippa", "Marchbanks",
                          "Ignatius", "Fairweather", "Cosimo", "Drummondville", "Moonbeam Peer Circle", "Northgate Borough Council",
                          "zephyrine@example.org", "07700 900123", "Book the bigger room", "glossy leaflets", "Rewrite the letters",
                          "Kestrel Housing Team", "national system", "new letter went out"]

    /// A store with the programme "Community of Practice" (January, April, July and October 2027;
    /// nobody has come to October yet), a second programme with one session, and one session in
    /// no programme, which the report must leave out.
    static func store(in temp: TemporaryFolder) throws -> SessionStore {
        let store = try SessionStore(path: temp.appendingPathComponent("rt.sqlite").path)
        let dates = ["2027-01-13", "2027-04-14", "2027-07-14", "2027-10-13"]
        let saved = try store.saveProgramme(name: "Community of Practice", sessions: try dates.map { date in
            PlannedSession(title: "Community of Practice: \(date)", theme: "Theme \(date)", date: try day(date))
        }, now: now)
        _ = try store.saveProgramme(name: "Leaders Forum", sessions: [PlannedSession(title: "Leaders", theme: nil, date: try day("2027-02-10"))], now: now)
        let extra = try store.addSession(title: "Extra", date: try day("2027-03-01"), now: now)
        let sessions = saved.added.map(\.id)
        func person(_ name: String, _ role: Role, organisation: String? = nil, email: String? = nil, phone: String? = nil) throws -> Participant {
            try store.addPerson(name: name, role: role, organisation: organisation, consent: ConsentChange(given: true, date: try day("2026-12-01")),
                                contact: try ContactDetails(email: email, phone: phone), now: now)
        }
        let zephyrine = try person("Zephyrine Quillfeather", .expertByExperience, organisation: "Moonbeam Peer Circle",
                                   email: "zephyrine@example.org", phone: "07700 900123")
        let bartholomew = try person("Bartholomew Xandercroft", .expertByExperience)
        let odalys = try person("Odalys Vantongeren", .expertByExperience)
        let philippa = try person("Philippa Marchbanks", .professional, organisation: "Northgate Borough Council")
        let ignatius = try person("Ignatius Fairweather", .facilitator)
        let cosimo = try person("Cosimo Drummondville", .guest)
        let attendance: [[Participant]] = [[zephyrine, bartholomew, philippa, ignatius, cosimo], [zephyrine, odalys, philippa],
                                           [zephyrine, bartholomew, ignatius], []]
        for (session, people) in zip(sessions, attendance) where !people.isEmpty {
            try store.markAttendance(session: session, people: people.map(\.id), present: true, now: now)
        }
        try store.markAttendance(session: extra.id, people: [odalys.id, cosimo.id], present: true, now: now)
        func turns(_ session: SessionID, _ spoken: [(Participant, TimeInterval)]) throws {
            var start = Date(timeIntervalSince1970: 1_800_000_000)
            try store.importTurns(session: session, turns: spoken.map { person, seconds in
                defer { start += seconds + 5 }
                return ImportedTurn(personID: person.id, start: start, end: start + seconds)
            }, replace: false)
        }
        try turns(sessions[0], [(zephyrine, 60), (philippa, 120), (ignatius, 20)])
        try turns(sessions[2], [(zephyrine, 100), (bartholomew, 50), (ignatius, 50)])
        try store.addNote(session: sessions[0], text: "Book the bigger room; Zephyrine Quillfeather asked.", now: now)
        let due = try day("2027-03-01")
        let raised = [(sessions[0], "Zephyrine Quillfeather said the glossy leaflets confuse people"), (sessions[0], "Letters are cold"),
                      (sessions[0], "Bartholomew wants a quiet room"), (sessions[1], "Odalys asked for bus fares")]
        let actions = try raised.map { session, words in
            try store.addAction(NewAction(session: session, raisedByRole: .expertByExperience, raisedBy: zephyrine.id, raised: words,
                                          action: "Rewrite the letters with Zephyrine", owner: "Kestrel Housing Team", due: due), now: now)
        }
        _ = try store.updateAction(actions[0].id, ActionUpdate(status: .done(whatChanged: "A new letter went out, thanks to Philippa.")), now: now)
        _ = try store.updateAction(actions[1].id, ActionUpdate(status: .notPossible(reason: "The letters come from a national system.")), now: now)
        return store
    }

    @Test func countsPeopleByRoleNewAndReturningAndExpertsWhoCameBack() throws {
        let temp = try TemporaryFolder("roundtable-series")
        defer { temp.remove() }
        let report = try SeriesReport.load(store: try Self.store(in: temp), programme: " community of practice ", now: Self.now)
        #expect(report.programme == "Community of Practice")
        #expect(report.sessions.map(\.details.date?.iso) == ["2027-01-13", "2027-04-14", "2027-07-14", "2027-10-13"], "only the programme's sessions, by date")
        #expect(report.sessions.map(\.attendance) == [
            [.expertByExperience: 2, .professional: 1, .facilitator: 1, .guest: 1], [.expertByExperience: 2, .professional: 1],
            [.expertByExperience: 2, .facilitator: 1], [:],
        ])
        #expect(report.sessions.map(\.attended) == [5, 3, 3, 0])
        #expect(report.sessions.map(\.newcomers) == [5, 1, 0, 0])
        #expect(report.sessions.map(\.returning) == [0, 2, 3, 0])
        #expect(report.sessions.map(\.returningExperts) == [0, 1, 2, 0])
        #expect(report.heldSessions.count == 3)
        #expect((report.people, report.peopleWhoCameBack) == (6, 4))
        #expect((report.experts, report.expertsWhoCameBack) == (3, 2))
        #expect(report.expertVisits.map { [$0.sessions, $0.experts] } == [[1, 1], [2, 1], [3, 1]])
        #expect(report.rolesPresent == [.expertByExperience, .professional, .facilitator, .guest])
    }

    @Test func speakingSharesByRoleAddUpTo100ForEachSessionAndTheSeries() throws {
        let temp = try TemporaryFolder("roundtable-series")
        defer { temp.remove() }
        let report = try SeriesReport.load(store: try Self.store(in: temp), programme: "Community of Practice", now: Self.now)
        let roles = report.rolesHeard
        #expect(report.sessions[0].speakingPercentages(roles) == [.expertByExperience: 30, .professional: 60, .facilitator: 10, .guest: 0])
        #expect(report.sessions[1].speakingPercentages(roles).isEmpty && !report.sessions[1].hasSpeaking, "came, but no turns recorded")
        #expect(report.sessions[2].speakingPercentages(roles) == [.expertByExperience: 75, .professional: 0, .facilitator: 25, .guest: 0])
        // 210, 120 and 70 seconds of 400: 52.5 % and 17.5 % round to 53 % and 17 %, so the shares still add up to 100.
        #expect(report.speakingPercentages(roles) == [.expertByExperience: 53, .professional: 30, .facilitator: 17, .guest: 0])
        #expect(report.placePercentages(roles) == [.expertByExperience: 55, .professional: 18, .facilitator: 18, .guest: 9], "6, 2, 2 and 1 of 11 places")
        for session in report.sessions where session.hasSpeaking {
            #expect(session.speakingPercentages(roles).values.reduce(0, +) == 100)
        }
        #expect(report.overview.contains("Experts by experience spoke for 53 % of the time, and took 55 % of the places at sessions."))
    }

    @Test func countsActionsRaisedDoneNotPossibleAndOpen() throws {
        let temp = try TemporaryFolder("roundtable-series")
        defer { temp.remove() }
        let report = try SeriesReport.load(store: try Self.store(in: temp), programme: "Community of Practice", now: Self.now)
        #expect(report.sessions.map { [$0.actions.raised, $0.actions.done, $0.actions.notPossible, $0.actions.open] }
                == [[3, 1, 1, 1], [1, 0, 0, 1], [0, 0, 0, 0], [0, 0, 0, 0]])
        #expect((report.actions.raised, report.actions.closed, report.actions.open) == (4, 2, 2))
        let document = report.document()
        let rows = try #require(Self.table(document, header: "Raised")?.rows).map { row in row.map { $0.plainText } }
        #expect(rows.last == ["All sessions", "4", "1", "1", "2"])
        #expect(report.overview.contains("4 actions were raised: 1 done, 1 not possible and 2 still open."))
    }

    @Test func aSessionWithNoAttendanceSaysSoInsteadOfShowingNoughts() throws {
        let temp = try TemporaryFolder("roundtable-series")
        defer { temp.remove() }
        let report = try SeriesReport.load(store: try Self.store(in: temp), programme: "Community of Practice", now: Self.now)
        #expect(report.overview.first == "The series has 4 sessions, from 13 January 2027 to 13 October 2027. 1 of them has no attendance recorded yet.")
        let document = report.document()
        let speaking = try #require(Self.tables(document, header: "Experts by experience").last, "each session's shares of speaking time")
        for table in [Self.table(document, header: "Everyone"), Self.table(document, header: "New"), speaking] {
            let table = try #require(table)
            let october = try #require(table.rows.first { $0[0].plainText == "13 October 2027" })
            #expect(october.dropFirst().map { $0.plainText }.filter { !$0.isEmpty } == ["No attendance recorded yet"], "\(table.header)")
        }
        let april = try #require(speaking.rows.first { $0[0].plainText == "14 April 2027" })
        #expect(april[1].plainText == "No speaking turns recorded")
        let text = String(decoding: try PlainTextWriter().write(document), as: UTF8.self)
        #expect(!text.contains("nan") && !text.contains("NaN") && !text.contains("inf"))
    }

    @Test func theSeriesIsTheOnlyProgrammeOrEverySessionOrTheOneNamed() throws {
        let temp = try TemporaryFolder("roundtable-series")
        defer { temp.remove() }
        let store = try Self.store(in: temp)
        #expect(throws: SeriesReportError.whichProgramme(names: ["Community of Practice", "Leaders Forum"])) {
            try SeriesReport.load(store: store, programme: nil, now: Self.now)
        }
        let error = SeriesReportError.unknownProgramme("Comunity of Practise", suggestion: "Community of Practice",
                                                       names: ["Community of Practice", "Leaders Forum"])
        #expect(throws: error) { try SeriesReport.load(store: store, programme: "Comunity of Practise", now: Self.now) }
        #expect(error.errorDescription?.contains("Did you mean 'Community of Practice'?") == true)
        #expect(try SeriesReport.load(store: store, programme: "leaders forum", now: Self.now).sessions.map(\.details.title) == ["Leaders"])

        let other = try TemporaryFolder("roundtable-series")
        defer { other.remove() }
        let plain = try SessionStore(path: other.appendingPathComponent("rt.sqlite").path)
        #expect(throws: SeriesReportError.noSessions) { try SeriesReport.load(store: plain, programme: nil, now: Self.now) }
        _ = try plain.addSession(title: "Later", date: try Self.day("2027-05-01"), now: Self.now)
        _ = try plain.addSession(title: "Earlier", date: try Self.day("2027-02-01"), now: Self.now)
        let every = try SeriesReport.load(store: plain, programme: nil, now: Self.now)
        #expect(every.programme == nil && every.sessions.map(\.details.title) == ["Earlier", "Later"], "no programme: every session, by date")
        #expect(every.fileName == "series-report" && every.title == "How our sessions are going")
        #expect(every.overview == ["The series has 2 sessions, from 1 February 2027 to 1 May 2027.", "Nobody has been marked present at any session yet."])
        #expect(throws: SeriesReportError.unknownProgramme("Leaders Forum", suggestion: nil, names: [])) {
            try SeriesReport.load(store: plain, programme: "Leaders Forum", now: Self.now)
        }
    }

    @Test func noNameOrPrivateDetailIsInAnyPartOfAnyFormat() throws {
        let temp = try TemporaryFolder("roundtable-series")
        defer { temp.remove() }
        let document = try SeriesReport.load(store: try Self.store(in: temp), programme: "Community of Practice", now: Self.now).document()
        var parts: [(String, String)] = [("html", String(decoding: try HTMLWriter().write(document), as: UTF8.self)),
                                         ("fodt", String(decoding: FODTWriter().write(document), as: UTF8.self))]
        let docx = try ZIPParts.unzip(try DOCXWriter().write(document))
        #expect(docx["word/document.xml"] != nil)
        for (path, data) in docx where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
            parts.append(("docx " + path, String(decoding: data, as: UTF8.self)))
        }
        for (part, text) in parts {
            if ["html", "fodt", "docx word/document.xml"].contains(part) { #expect(text.contains("Community of Practice"), "\(part) is the report") }
            for secret in Self.secrets {
                #expect(!text.localizedCaseInsensitiveContains(secret), "\(part) shows \(secret)")
            }
        }
    }

    @Test func theSameStoreGivesTheSameBytes() throws {
        let temp = try TemporaryFolder("roundtable-series")
        defer { temp.remove() }
        let store = try Self.store(in: temp)
        func files() throws -> [Data] {
            let report = try SeriesReport.load(store: store, programme: "Community of Practice", now: Date())
            return try OutputFiles.documents(report.document(), formats: [.html, .docx, .fodt, .md], baseName: report.fileName,
                                             folder: temp.url).map(\.data)
        }
        let first = try files()
        #expect(first.count == 4)
        #expect(try files() == first)
        #expect(try SeriesReport.load(store: store, programme: "Community of Practice", now: Self.now).fileName == "series-report-community-of-practice")
    }

    /// Any attendance and speaking times: new and returning people add up to those who came,
    /// shares of speaking time add up to 100 whenever anyone spoke, and nobody comes back more
    /// often than there are sessions.
    @Test func figuresAddUpForAnySeries() async {
        let session = zip(Gen.int(in: 0...7).array(of: 0...6), Gen.double(in: 0...3_600).array(of: 5...5))
        await propertyCheck(count: 300, input: session.array(of: 1...8)) { sessions in
            let records = sessions.enumerated().map { index, values in
                let (people, seconds) = values
                let attendees = people.map { SeriesRecord.Attendee(id: Int64($0), role: Role.allCases[$0 % Role.allCases.count]) }
                let speaking = Dictionary(uniqueKeysWithValues: zip(Role.allCases, seconds).filter { _ in !people.isEmpty })
                return SeriesRecord(session: SessionDetails(id: Int64(index + 1), title: "Session \(index + 1)"), attendees: attendees,
                                    speakingSeconds: speaking)
            }
            let report = SeriesReport(programme: "Any", records: records)
            let roles = Role.allCases
            for (figures, record) in zip(report.sessions, records) {
                #expect(figures.newcomers + figures.returning == figures.attended)
                #expect(figures.attended == record.attendees.count)
                #expect(figures.attendance.values.reduce(0, +) == figures.attended)
                #expect(figures.returningExperts <= figures.returning)
                let shares = figures.speakingPercentages(roles).values.reduce(0, +)
                #expect(shares == (figures.hasSpeaking ? 100 : 0), "\(figures.speakingSeconds)")
            }
            #expect(report.sessions.map(\.newcomers).reduce(0, +) == report.people)
            #expect(report.expertsWhoCameBack <= report.experts && report.peopleWhoCameBack <= report.people)
            #expect(report.visits.values.allSatisfy { $0 <= sessions.count })
            let total = report.speakingPercentages(roles).values.reduce(0, +)
            #expect(total == (report.sessions.contains(where: \.hasSpeaking) ? 100 : 0))
            #expect(report.placePercentages(roles).values.reduce(0, +) == (report.people > 0 ? 100 : 0))
            _ = report.document()
        }
    }

    /// The tables in `document` with a column headed `header`.
    static func tables(_ document: Document, header: String) -> [Table] {
        document.blocks.compactMap { block in
            guard case .table(let table) = block, table.header.contains(where: { $0.plainText == header }) else { return nil }
            return table
        }
    }

    /// The first table in `document` with a column headed `header`.
    static func table(_ document: Document, header: String) -> Table? { tables(document, header: header).first }
}
