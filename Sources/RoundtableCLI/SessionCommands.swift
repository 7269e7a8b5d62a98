import ArgumentParser
import Documents
import Foundation
import SessionStore
import SpeakingTurns

/// `roundtable session`: the sessions Roundtable keeps.
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "Add, list and look at sessions.",
        discussion: """
        A session is one meeting. Give a session by its number (shown by 'roundtable session list') \
        or by its title.

        Examples:

            roundtable session add "Language" --date 2026-10-14 --theme Language
            roundtable session list
            roundtable session show 1
            roundtable session note 1 "The room was too warm; book the bigger one."
        """,
        subcommands: [Add.self, List.self, Show.self, Note.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a session.")

        @Argument(help: ArgumentHelp("The session's title.", valueName: "title"))
        var title: String

        @Option(help: ArgumentHelp("What the session is about.", valueName: "theme"))
        var theme: String?

        @Option(help: ArgumentHelp("The day of the session, as year-month-day, for example 2026-10-14.", valueName: "date"))
        var date: String?

        @Option(help: ArgumentHelp("The agenda file the session follows.", valueName: "file"))
        var agenda: String?

        @OptionGroup var store: StoreOptions

        func validate() throws {
            if title.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("The title is empty. Give the session a title, for example \"Language: saying what we mean\".")
            }
            if let date, CalendarDate(iso: date) == nil {
                throw ValidationError("The date '\(date)' is not one Roundtable can read. Write it as year-month-day, for example 2026-10-14.")
            }
        }

        func run() throws {
            let session = try store.open().addSession(title: title.trimmingCharacters(in: .whitespaces), theme: theme,
                                                      date: date.flatMap { CalendarDate(iso: $0) }, agendaFile: agenda, now: Date())
            print("Added session \(session.id): \(session.title)\(session.date.map { ", \($0.long)" } ?? "").")
            print("Next: register people with 'roundtable register \(session.id) \"Name\"' or 'roundtable register \(session.id) --csv people.csv'.")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List every session.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            let sessions = try store.open().sessions()
            guard !sessions.isEmpty else {
                print("There are no sessions yet. Add one with 'roundtable session add \"Title\" --date 2026-10-14'.")
                return
            }
            for summary in sessions {
                let session = summary.details
                print("\(session.id). \(session.title) — \(session.date?.long ?? "no date") — \(summary.registered) registered, \(summary.present) present, \(summary.turns) \(summary.turns == 1 ? "turn" : "turns")")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a session: its details, who registered and came, its turns and notes.")

        @Argument(help: ArgumentHelp("The session's number or title.", valueName: "session"))
        var session: String

        @OptionGroup var store: StoreOptions

        func run() throws {
            let (database, session) = try store.open(session: self.session)
            print("Session \(session.id): \(session.title)")
            if let date = session.date { print("Date: \(date.long)") }
            if let theme = session.theme { print("Theme: \(theme)") }
            if let agenda = session.agendaFile { print("Agenda: \(agenda)") }
            let present = Set(try database.present(session: session.id).map(\.id))
            let registered = try database.registered(session: session.id)
            print("\nRegistered (\(registered.count)), * = present:")
            for person in registered {
                print("  \(present.contains(person.id) ? "*" : " ") \(person.nameWithRole)\(person.consentsToBeNamed ? "" : " — not to be named")")
            }
            let onBehalf = try database.cameOnBehalf(session: session.id)
            if !onBehalf.isEmpty {
                print("\nCame on behalf of a colleague (\(onBehalf.count)):")
                for (colleague, member) in onBehalf { print("    \(colleague.displayName), for \(member.displayName)") }
            }
            let turns = try database.turns(session: session.id, now: Date())
            let metrics = turns.metrics(now: Date())
            print("\nTurns: \(metrics.turnCount), \(Durations.words(metrics.totalSeconds)) of speaking. See them with 'roundtable turns list \(session.id)'.")
            let notes = try database.notes(session: session.id)
            if !notes.isEmpty {
                print("\nNotes:")
                for note in notes { print("  \(LocalTime.clock(note.createdAt))  \(note.text)") }
            }
        }
    }

    struct Note: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "note", abstract: "Write a note about a session.")

        @Argument(help: ArgumentHelp("The session's number or title.", valueName: "session"))
        var session: String

        @Argument(help: ArgumentHelp("The note.", valueName: "text"))
        var text: String

        @OptionGroup var store: StoreOptions

        func run() throws {
            let (database, session) = try store.open(session: self.session)
            try database.addNote(session: session.id, text: text, now: Date())
            print("Noted for session \(session.id).")
        }
    }
}
