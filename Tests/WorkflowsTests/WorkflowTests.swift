import Documents
import Foundation
@testable import Workflows
import SessionPlanning
import SessionStore
import SpeakingTurns
import Testing

/// The workflows every front end calls: one rule for the glossaries, transcripts matched to the
/// people present with times in the session's time zone.
@Suite struct WorkflowTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("roundtable-workflow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    static let transcript = "WEBVTT\n\n00:00:01.000 --> 00:00:09.000\nSam Jones: Hello.\n\n00:00:10.000 --> 00:00:30.000\nPriya Patel: Thanks.\n"

    @Test func transcriptsMatchOnlyThePeoplePresentInTheSessionsTimeZone() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        let store = try SessionStore(path: folder.appendingPathComponent("t.sqlite").path)
        let agenda = try write("agenda.yaml", """
            title: Language
            date: 2026-10-14
            start: "10:00"
            end: "12:00"
            time-zone: America/New_York
            where: {online: Zoom, link: "https://example.zoom.us/j/1"}
            items:
              - {title: Welcome, kind: check-in, minutes: 15}
            """)
        let session = try store.addSession(title: "Language", theme: nil, date: CalendarDate(year: 2026, month: 10, day: 14), agendaFile: agenda, now: now)
        let sam = try store.addPerson(name: "Sam Jones", role: .expertByExperience, now: now)
        _ = try store.addPerson(name: "Priya Patel", role: .professional, now: now)
        let file = try write("meeting.vtt", Self.transcript)
        let today = try #require(CalendarDate(year: 2026, month: 11, day: 30))

        #expect(throws: TranscriptImport.Problem.nobodyPresent(session)) {
            try TranscriptImport.run(store: store, session: session, transcript: file, start: nil, today: today, skipUnknown: false, replace: false)
        }
        _ = try store.markAttendance(session: session.id, people: [sam.id], present: true, now: now)
        // Priya is known to Roundtable but not marked present, so her cue matches nobody.
        let unmatched = #expect(throws: UnmatchedSpeakers.self) {
            try TranscriptImport.run(store: store, session: session, transcript: file, start: nil, today: today, skipUnknown: false, replace: false)
        }
        #expect(unmatched?.speakers.map(\.name) == ["Priya Patel"])
        let result = try TranscriptImport.run(store: store, session: session, transcript: file, start: ClockTime(text: "10:00"),
                                              today: today, skipUnknown: true, replace: false)
        #expect(result.imported == 1 && result.speakers == 1)
        #expect(result.skipped.map(\.name) == ["Priya Patel"])
        #expect(result.timeZone == "America/New_York")
        let turns = try store.turns(session: session.id, now: now).turns
        // 10:00:01 in New York on 14 October 2026 (summer time, UTC−4) is 14:00:01 UTC.
        #expect(turns.map(\.start) == [ISO8601DateFormatter().date(from: "2026-10-14T14:00:01Z")])
    }

    @Test func everyCommandChoosesGlossariesByOneRule() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let team = try write("project/.roundtable/glossary.yaml", "allow: [step change]\n")
        let named = try write("extra.yaml", "silence: [long-sentence]\n")
        let inside = folder.appendingPathComponent("project/notes")
        try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)

        let both = try GlossaryChoice.resolve(workingFolder: inside, named: named, userID: getuid())
        #expect(both.files == [team, named])
        #expect(both.glossary.isAllowed("step change"))
        let found = try GlossaryChoice.resolve(workingFolder: inside, named: nil, userID: getuid())
        #expect(found.files.count == 1 && found.glossary.isAllowed("step change"))
        let none = try GlossaryChoice.resolve(workingFolder: folder, named: nil, userID: getuid())
        #expect(none.files.isEmpty && !none.glossary.isAllowed("step change"))
    }

    @Test func aTeamGlossaryIsCompiledOnceIntoTheCacheAndAChangeIsSeenAtOnce() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent("cache")
        let team = try write("team.csv", "id,term,kind,meaning,alternatives\npathway-2,Pathway 2,jargon,Our route.,the route\n")
        func resolve() throws -> GlossaryChoice {
            try GlossaryChoice.resolve(workingFolder: folder, named: team, userID: getuid(), cacheFolder: cache)
        }
        func archives() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: cache.path).sorted() }
        let first = try resolve()
        #expect(first.glossary.entry(id: "pathway-2")?.term == "Pathway 2")
        let cached = try #require(try archives().first)
        #expect(try archives().count == 1 && cached.hasPrefix("glossary-") && cached.hasSuffix(".archive"))
        #expect(try resolve().glossary.entries == first.glossary.entries, "read back from the cache")

        // A damaged, cut short or foreign file in the cache is not trusted, and is written again.
        let file = cache.appendingPathComponent(cached)
        let good = try Data(contentsOf: file)
        for bad in [Data("garbage".utf8), good.prefix(good.count / 2), Data(good.reversed())] {
            try bad.write(to: file)
            #expect(try resolve().glossary.entries == first.glossary.entries)
            #expect(try Data(contentsOf: file) == good)
        }

        _ = try write("team.csv", "id,term,kind,meaning,alternatives\npathway-2,Pathway Two,jargon,Our route.,the route\n")
        #expect(try resolve().glossary.entry(id: "pathway-2")?.term == "Pathway Two", "a changed file gives a new key")
        #expect(try archives().count == 2)
        // Only the glossaries used last are kept: the one in use stays, however old its file.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -86_400)],
                                              ofItemAtPath: cache.appendingPathComponent(cached).path)
        #expect(try resolve().glossary.entry(id: "pathway-2")?.term == "Pathway Two")
        for version in 3...(GlossaryCache.kept + 2) {
            _ = try write("team.csv", "id,term,kind,meaning,alternatives\npathway-2,Pathway \(version),jargon,Our route.,the route\n")
            #expect(try resolve().glossary.entry(id: "pathway-2")?.term == "Pathway \(version)")
        }
        #expect(try archives().count == GlossaryCache.kept)
        #expect(try !archives().contains(cached), "the glossary used longest ago was removed")
        #expect(GlossaryCache.folder(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"])?.path == "/x/roundtable")
        #expect(GlossaryCache.folder(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/h"])?.path == "/h/.cache/roundtable")
        #expect(GlossaryCache.folder(environment: [:]) == nil)
    }
}
