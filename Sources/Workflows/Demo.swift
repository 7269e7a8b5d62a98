import Documents
import Foundation
import PlainLanguage
import RoundtableResources
import SessionPlanning
import SessionStore
import SpeakingTurns

/// The whole story on the bundled example session (the October "Language" Community of
/// Practice): its agenda checked and published with a calendar invite, who registered and came,
/// turns from its transcript, what people raised and what was done, and its resource pack with
/// "What you told us and what we did", with nobody named who has not agreed to be; then the
/// series report of the sessions so far (counts only); the series' 2027 programme with a calendar
/// file of every session; and January's agenda with the action still open from October, checked
/// against the access needs of the people registered. Every document is in the example group's house style, with
/// its logo, and the pack has a contents list.
public struct Demo: Sendable {
    /// What the demo made and found.
    public struct Outcome: Sendable {
        /// The documents to write, not yet written.
        public var files: [OutputFiles.File]
        /// The example agenda and what checking it found.
        public var agenda: AgendaCheck
        /// How many people are on the example registration list.
        public var registered: Int
        /// How many of them were marked as present.
        public var present: Int
        /// The speaking balance in sentences.
        public var balance: [String]
        /// What building the pack found and changed.
        public var pack: PackReport
        /// How many actions the pack's "You said, we did" shows.
        public var actions: Int
        /// How many open actions January's agenda carries from October.
        public var carried: Int
        /// How many people registered for January have access needs kept.
        public var withAccessNeeds: Int
        /// What checking January's agenda found, its access needs included.
        public var january: [Diagnostic]
    }

    /// The example's dates, which are all valid.
    private static func day(_ iso: String) throws -> CalendarDate {
        guard let day = CalendarDate(iso: iso) else { throw ReadError(file: "demo", position: nil, problem: "'\(iso)' is not a date.", advice: "") }
        return day
    }

    /// The people in the example registration list who did not come.
    static let absent: Set<String> = ["Pete Hall", "Ivy Carr"]

    /// Runs the example in a database in `scratch` (a folder the caller removes afterwards) and
    /// prepares its documents for `folder`.
    public static func run(into folder: URL, scratch: URL) throws -> Outcome {
        let example = BundledResources.url("example")
        let agendaFile = example.appendingPathComponent("language-session-agenda.yaml").path
        let notesFile = example.appendingPathComponent("language-session-notes.md").path
        let peopleFile = example.appendingPathComponent("language-session-people.csv").path
        let transcriptFile = example.appendingPathComponent("language-session-transcript.vtt").path
        let glossary = try GlossaryLoader.curated()
        let look = WriterOptions(style: try HouseStyleReader.read(example.appendingPathComponent("house-style.yaml").path))

        // 1. The agenda: read, timed and checked.
        let checked = try AgendaCheck(path: agendaFile, glossary: glossary, shownAs: "language-session-agenda.yaml")
        let agenda = checked.agenda

        // 2. Who came and who spoke, in a database that is thrown away afterwards.
        let store = try SessionStore(path: scratch.appendingPathComponent("demo.sqlite").path)
        let origin = AgendaTimes(timeZone: agenda.timeZone).instant(agenda.date, agenda.start)
        let session = try store.addSession(title: agenda.title, theme: agenda.theme, date: agenda.date,
                                           agendaFile: "language-session-agenda.yaml", now: origin)
        let list = try RegistrationList.read(try TextFile.read(peopleFile, kind: "registration list"), file: "language-session-people.csv")
        _ = try store.importRegistrations(session: session.id, entries: list, file: "language-session-people.csv", today: agenda.date, now: origin)
        let registered = try store.registered(session: session.id)
        _ = try store.markAttendance(session: session.id, people: registered.filter { !absent.contains($0.displayName) }.map(\.id),
                                     present: true, now: origin)
        _ = try TranscriptImport.run(store: store, session: session, transcript: transcriptFile, start: agenda.start,
                                     timeZone: agenda.timeZone, today: agenda.date, skipUnknown: false, replace: true)

        // 3. What people raised, and what was done: one action still open, one done.
        _ = try store.addAction(NewAction(session: session.id, raisedByRole: .expertByExperience,
                                                    raisedBy: try store.person("Jordan Ellis").id,
                                                    raised: "Letters still say 'failed to engage'",
                                                    action: "Rewrite the appointment letter template with the group",
                                                    owner: "Housing options team", due: try day("2027-01-15")), now: origin)
        let papers = try store.addAction(NewAction(session: session.id, raisedByRole: .expertByExperience,
                                                   raised: "The papers came too late to read before the session",
                                                   action: "Send the papers two weeks ahead, in large print on request",
                                                   owner: "Community of Practice organisers", due: try day("2026-12-01")), now: origin)
        _ = try store.updateAction(papers.id, ActionUpdate(status: .done(whatChanged: "The papers for January go out on 30 December, two weeks ahead.")),
                                   now: origin)

        // 4. The pack and the agenda, published with nobody named who has not agreed to be.
        let input = try PackInput.load(store: store, session: session, notes: notesFile, agenda: agendaFile)
        var packLook = look
        packLook.contents = true
        let (pack, report) = ResourcePack(glossary: glossary, look: packLook).build(input)
        let agendaFormats = try AgendaFormat.list("html,docx,fodt,ics")
        var files = try AgendaPublisher(formats: agendaFormats, options: look)
            .files(for: ResourcePack.redactor(for: input).redact(agenda), schedule: checked.schedule, baseName: "language-session-agenda", into: folder)
        files += try OutputFiles.documents(pack, formats: [.html, .docx, .fodt], options: packLook, baseName: "language-session-pack", folder: folder)

        // 5. How the sessions so far have gone: the series report, counts only.
        let series = try SeriesReport.load(store: store, programme: nil, now: origin)
        files += try OutputFiles.documents(series.document(), formats: [.html, .docx, .fodt], options: look, baseName: series.fileName, folder: folder)

        // 6. The next year's programme, published with one calendar file, its sessions added to the database.
        let programme = try ProgrammeCheck(path: ProgrammeCheck.example.path, glossary: glossary, shownAs: "community-of-practice-2027.yaml")
        _ = try programme.save(in: store, now: origin)
        files += try programme.files(ProgrammeCheck.usualFormats, options: look, baseName: "community-of-practice-2027", into: folder)

        // 7. January's agenda, with the action still open from October as "Actions from last time", checked
        // against the access needs of two people registered for January, who agreed to them being kept.
        let januaryDay = try day("2027-01-13")
        guard let januarySession = try store.sessions().map(\.details).first(where: { $0.date == januaryDay }) else {
            throw ReadError(file: "community-of-practice-2027.yaml", position: nil, problem: "The example programme has no session on 13 January 2027.",
                            advice: "Put the January session back in the example programme.")
        }
        let jordan = try store.person("Jordan Ellis"), grace = try store.person("Grace Obi")
        try store.register(session: januarySession.id, people: [jordan.id, grace.id], now: origin)
        try store.setAccessNeeds(person: jordan.id, [try PersonAccessNeed(.papersEarly, note: "two weeks before"), try PersonAccessNeed(.captions)],
                                 agreedOn: agenda.date, now: origin)
        try store.setAccessNeeds(person: grace.id, [try PersonAccessNeed(.largePrint, note: "18 point")], agreedOn: agenda.date, now: origin)
        let january = try AgendaCheck(path: example.appendingPathComponent("leaders-session-agenda.yaml").path, glossary: glossary,
                                      shownAs: "leaders-session-agenda.yaml", actionsFrom: store, accessNeedsFrom: store)
        let januaryInput = PackInput(session: try store.session(january.agenda.title), notes: Document(),
                                     agenda: (january.agenda, january.schedule), registered: [], present: [], known: try store.people())
        files += try AgendaPublisher(formats: agendaFormats, options: look)
            .files(for: ResourcePack.redactor(for: januaryInput).redact(january.agenda), schedule: january.schedule,
                   baseName: "leaders-session-agenda", into: folder)
        return Outcome(files: files, agenda: checked, registered: registered.count, present: input.present.count,
                       balance: input.balance?.reading ?? [], pack: report, actions: input.actions.count,
                       carried: january.carried.count, withAccessNeeds: january.access?.people.count ?? 0, january: january.findings)
    }
}
