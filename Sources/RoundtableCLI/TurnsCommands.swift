import ArgumentParser
import Documents
import Foundation
import Workflows
import SessionPlanning
import SessionStore
import SpeakingTurns

/// `roundtable turns`: who spoke, when and for how long.
struct TurnsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "turns",
        abstract: "Track speaking turns live, record them by command or from a transcript, and report on the balance.",
        discussion: """
        Examples:

            roundtable turns live 1       (full screen)
            roundtable turns start 1 "Sam Jones"
            roundtable turns stop 1
            roundtable turns undo 1
            roundtable turns list 1
            roundtable turns import 1 meeting.vtt --start 10:00
            roundtable turns report 1 --to html,docx
        """,
        subcommands: [Live.self, Start.self, Stop.self, Undo.self, List.self, Import.self, Report.self]
    )

    struct Live: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "live", 
            abstract: "Track who speaks, full screen, with one key per person.",
            discussion: """
        Each person marked present has a key (1–9, then a–z without u and q), shown on the \
        screen. Press it when they start speaking; the turn before ends. Space ends the \
        current turn, u undoes the last start or end, and q quits. Every key press is saved at \
        once. So if the window closes, run the same command again to carry on.
        """
        )

        @Argument(help: ArgumentHelp("The session's number or title.", valueName: "session"))
        var session: String

        @OptionGroup var store: StoreOptions

        func run() throws {
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
                throw CommandFailure(message: "The live view needs a terminal window to show the screen and read key presses. From a script or another program, use 'roundtable turns start \(self.session) \"Name\"', 'roundtable turns stop \(self.session)' and 'roundtable turns undo \(self.session)' instead.")
            }
            let (database, session) = try store.open(session: self.session)
            guard !(try database.present(session: session.id)).isEmpty else {
                throw CommandFailure(message: "Nobody is marked present at session \(session.id) yet, so nobody has a key. Mark who came first: roundtable attend \(session.id) \"Name\" \"Another name\"")
            }
            try LiveView(store: database, session: session).run()
        }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "start", abstract: "Start a person's turn, ending the one running.")

        @Argument(help: ArgumentHelp("The session's number or title.", valueName: "session"))
        var session: String

        @Argument(help: ArgumentHelp("The name of the person who is speaking.", valueName: "person"))
        var person: String

        @OptionGroup var store: StoreOptions

        func run() throws {
            let (database, session) = try store.open(session: self.session)
            let person = try database.person(self.person)
            let change = try database.startTurn(session: session.id, person: person.id, source: .manual, at: Date())
            if let ended = change.ended {
                print("\(ended.person.displayName)'s turn ended after \(Durations.clock(ended.turn.seconds(now: Date()))).")
            }
            print("\(person.displayName) is speaking (since \(LocalTime.clock(change.started.turn.start))). End the turn with 'roundtable turns stop \(session.id)'.")
        }
    }

    struct Stop: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stop", abstract: "End the turn running.")

        @Argument(help: ArgumentHelp("The session's number or title.", valueName: "session"))
        var session: String

        @OptionGroup var store: StoreOptions

        func run() throws {
            let (database, session) = try store.open(session: self.session)
            let ended = try database.stopTurn(session: session.id, at: Date())
            print("\(ended.person.displayName)'s turn ended after \(Durations.clock(ended.turn.seconds(now: Date()))).")
        }
    }

    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "undo", abstract: "Undo the last start or end of a turn.")

        @Argument(help: ArgumentHelp("The session's number or title.", valueName: "session"))
        var session: String

        @OptionGroup var store: StoreOptions

        func run() throws {
            let (database, session) = try store.open(session: self.session)
            print(try database.undo(session: session.id, at: Date()).sentence)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List a session's turns, with times in the session's time zone, and the balance so far.")

        @Argument(help: ArgumentHelp("The session's number or title.", valueName: "session"))
        var session: String

        @OptionGroup var store: StoreOptions

        func run() throws {
            let (database, session) = try store.open(session: self.session)
            let now = Date()
            let turns = try database.turns(session: session.id, now: now)
            let names = Dictionary(turns.participants.map { ($0.id, $0.displayName) }, uniquingKeysWith: { first, _ in first })
            guard !turns.turns.isEmpty else {
                print("No turns yet in session \(session.id). Start one with 'roundtable turns start \(session.id) \"Name\"' or 'roundtable turns live \(session.id)'.")
                return
            }
            let zone = TranscriptImport.timeZone(of: session)
            for turn in turns.turns {
                let state = turn.end == nil ? "  (speaking now)" : turn.interrupted ? "  (ended when Roundtable stopped unexpectedly)" : ""
                print("\(LocalTime.clock(turn.start, in: zone))  \(Durations.clock(turn.seconds(now: now)).leftPadded(7))  \(names[turn.personID] ?? "?")  [\(turn.source.name)]\(state)")
            }
            let metrics = turns.metrics(now: now)
            print("")
            for (person, percent) in zip(metrics.people, metrics.personPercentages) {
                print("\(person.participant.displayName): \(percent) % of the time, \(person.turnCount) \(person.turnCount == 1 ? "turn" : "turns")")
            }
            if !metrics.notHeardYet.isEmpty {
                print("Not heard yet: \(metrics.notHeardYet.map(\.displayName).joined(separator: ", "))")
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import", 
            abstract: "Import turns from a Zoom or Teams transcript (a .vtt file).",
            discussion: """
            Each cue (a line of speech) must start with the speaker's name, as Zoom ("Sam Jones: …") \
            and Teams (<v Sam Jones>…</v>) write them. Names are matched to people marked present. \
            Times are read in the time zone of the session's agenda, or UK time if it has none. \
            Cues in a row by the same person become one turn. If a speaker is not known, nothing is \
            imported unless you add --skip-unknown.
            """
        )

        @Argument(help: ArgumentHelp("The session's number or title.", valueName: "session"))
        var session: String

        @Argument(help: ArgumentHelp("The transcript file (.vtt).", valueName: "transcript"))
        var transcript: String

        @Option(help: ArgumentHelp("The time the recording started, such as 10:00, on the session's date. If you leave it out: midnight.", valueName: "time"))
        var start: String?

        @Flag(help: "Import the turns of known speakers and leave out the others.")
        var skipUnknown = false

        @Flag(help: "Replace turns imported into this session before.")
        var replace = false

        @OptionGroup var store: StoreOptions

        func run() throws {
            let (database, session) = try store.open(session: self.session)
            var startTime: ClockTime?
            if let start {
                guard let time = ClockTime(text: start) else {
                    throw ValidationError("The time '\(start)' is not one Roundtable can read. Write it as hours:minutes, for example 10:00 or 14:30.")
                }
                startTime = time
            }
            let result: TranscriptImport.Result
            do {
                result = try TranscriptImport.run(store: database, session: session, transcript: transcript, start: startTime,
                                                  today: try CommandInput.day(nil), skipUnknown: skipUnknown, replace: replace)
            } catch let error as UnmatchedSpeakers {
                throw CommandFailure(message: (error.errorDescription ?? "") + " To mark someone present: roundtable attend \(session.id) \"Name\". To leave the others out, add --skip-unknown.")
            }
            let (count, people) = (result.imported, result.speakers)
            print("Imported \(count) \(count == 1 ? "turn" : "turns") by \(people) \(people == 1 ? "person" : "people") into session \(session.id) from \(transcript), with times in \(result.timeZone).")
            for speaker in result.skipped {
                print("Left out: '\(speaker.name)' (\(speaker.cueCount) \(speaker.cueCount == 1 ? "cue" : "cues"), first at line \(speaker.firstLine)).")
            }
            if result.unnamedCues > 0 { print("Left out: \(result.unnamedCues) cues that name no speaker.") }
        }
    }

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "report", 
            abstract: "Write the speaking-balance report of a session.",
            discussion: """
            People who have not agreed to be named appear as "Participant A", "Participant B" and \
            so on, with their role. Organisations are left out.
            """
        )

        @Argument(help: ArgumentHelp("The session's number or title.", valueName: "session"))
        var session: String

        @OptionGroup var files: DocumentFileOptions

        @OptionGroup var store: StoreOptions
        @OptionGroup var look: LookOptions

        func run() throws {
            let options = try look.look().options
            let (database, session) = try store.open(session: self.session)
            let now = Date()
            let turns = try database.turns(session: session.id, now: now)
            let document = (turns.balanceReport(now: now)?.document()) ?? Document()
            let files = try self.files.files(document, options: options, baseName: "speaking-balance-\(session.id)")
            try OutputWriting.write(files, inputs: [store.resolvedPath])
            Console.wrote(files)
            let unnamed = turns.participants.filter { !$0.consentsToBeNamed }.count
            if unnamed > 0 {
                print("\(unnamed) \(unnamed == 1 ? "person has" : "people have") no recorded consent to be named and \(unnamed == 1 ? "appears" : "appear") as a participant letter.")
            }
        }
    }
}

extension String {
    /// The string with spaces in front, to `width` characters.
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
