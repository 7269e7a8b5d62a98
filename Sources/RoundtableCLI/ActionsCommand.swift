import ArgumentParser
import Documents
import Foundation
import SessionStore
import SpeakingTurns
import Workflows

/// `roundtable actions`: what was raised at a session and what was done about it.
struct ActionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Record what people raised at a session, and what was done about it.",
        discussion: """
        An action says what someone raised and what will be done. It also says who will do it \
        and by when. Give the role of the person who raised it. You can also give their name. \
        Their name is only used in what you share if they have agreed to be named.

        Open actions go into the next agenda with --actions, as the item "Actions from last \
        time". Every resource pack has a table of what people told you and what you did.

        Examples:

            roundtable actions add 1 --raised-by-role expert --raised "Our letters are hard to read" \\
                --action "Rewrite the letter with the group" --owner "Letters team" --due 2027-01-15
            roundtable actions list --open
            roundtable actions update 1 --status done --we-did "The new letter went out in December."
        """,
        subcommands: [Add.self, List.self, Update.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", 
            abstract: "Record an action raised at a session.",
            discussion: """
            The action starts as open. Change it with 'roundtable actions update' when it is done, \
            when it cannot be done, or when the date moves.

            Example:

                roundtable actions add 1 --raised-by-role expert --raised "Our letters are hard to read" \\
                    --action "Rewrite the letter with the group" --owner "Letters team" --due 2027-01-15
            """
        )

        @Argument(help: ArgumentHelp("The number or title of the session where it was raised.", valueName: "session"))
        var session: String

        @Option(name: .customLong("raised-by-role"), help: Role.help("The role of the person who raised it.", valueName: "role"),
                completion: .list(Role.allValueStrings), transform: Role.parse)
        var role: Role

        @Option(name: .customLong("raised-by"),
                help: ArgumentHelp("The name of the person who raised it, if they want it kept. It is only shared if they agreed to be named.",
                                   valueName: "name"))
        var person: String?

        @Option(help: ArgumentHelp("What they raised, in their words.", valueName: "text"))
        var raised: String

        @Option(help: ArgumentHelp("What will be done about it.", valueName: "text"))
        var action: String

        @Option(help: ArgumentHelp("Who will do it: a team or a role, for example \"Letters team\".", valueName: "text"))
        var owner: String

        @Option(help: ArgumentHelp("The day it should be done by, as year-month-day, for example 2027-01-15.", valueName: "date"))
        var due: String

        @OptionGroup var store: StoreOptions

        func validate() throws {
            _ = try ActionOptions.day(due)
        }

        func run() throws {
            let (database, session) = try store.open(session: self.session)
            let person = try self.person.map { try database.person($0) }
            let added = try database.addAction(NewAction(session: session.id, raisedByRole: role, raisedBy: person?.id, raised: raised,
                                                         action: action, owner: owner, due: try ActionOptions.day(due)), now: Date())
            print("Recorded action \(added.id) for session \(session.id): \(added.action) (\(added.owner), due by \(added.due.long)).")
            if let person, !person.consentsToBeNamed {
                print("\(person.displayName) has not agreed to be named, so what you share says \"\(ActionWords(added).raisedBy.lowercased())\".")
            }
            print("Next: when it is done, run: roundtable actions update \(added.id) --status done --we-did \"What changed\"")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", 
            abstract: "List actions, as a table: all of them, or those of one session.",
            discussion: """
            Each row has the action's number, the session, who raised it, what they said, the \
            action, who does it, when it is due and where it stands. An open action past its day \
            is marked late. Names are shown here, on your own screen, with a note when someone \
            has not agreed to be named.

            Examples:

                roundtable actions list
                roundtable actions list 1 --open
            """
        )

        @Argument(help: ArgumentHelp("The number or title of a session, to list only the actions raised there.", valueName: "session"))
        var session: String?

        @Flag(help: "List only the actions that are still open.")
        var open = false

        @OptionGroup var store: StoreOptions

        func run() throws {
            let database = try store.open()
            let selection = try session.map { ActionSelection.raisedAt(try database.session($0).id) } ?? .every
            let actions = try database.actions(selection, openOnly: open)
            guard !actions.isEmpty else {
                let which = open ? "open actions" : "actions"
                print("There are no \(which)\(session.map { " for session \($0)" } ?? "") yet. Record one with: "
                      + "roundtable actions add \(session ?? "1") --raised-by-role expert --raised \"What they said\" "
                      + "--action \"What we will do\" --owner \"Team\" --due 2027-01-15")
                return
            }
            let today = CalendarDate.today()
            let rows = actions.map { action -> [String] in
                let words = ActionWords(action)
                return ["\(action.id)", "\(action.session.id)", words.raisedByOnScreen, action.raised, action.action, action.owner,
                        action.due.iso, today.map(words.status) ?? action.status.word]
            }
            print(PlainTable(header: ["No.", "Session", "Raised by", "You said", "Action", "Owner", "Due", "Status"], rows: rows).text)
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "update", 
            abstract: "Mark an action as done or not possible, or change the day it is due.",
            discussion: """
            When an action is done, say what changed with --we-did. When it cannot be done, say \
            why with --reason, so people are not left wondering. Every change is kept.

            Examples:

                roundtable actions update 1 --status done --we-did "The new letter went out in December."
                roundtable actions update 2 --status not-possible --reason "The letters come from a national system."
                roundtable actions update 3 --due 2027-03-31
            """
        )

        @Argument(help: ArgumentHelp("The action's number, as 'roundtable actions list' shows it.", valueName: "number"))
        var id: ActionID

        @Option(help: ActionStatusChoice.help("Where the action stands now.", valueName: "status"),
                completion: .list(ActionStatusChoice.allValueStrings), transform: ActionStatusChoice.parse)
        var status: ActionStatusChoice?

        @Option(name: .customLong("we-did"), help: ArgumentHelp("What changed, for an action that is done.", valueName: "text"))
        var weDid: String?

        @Option(help: ArgumentHelp("Why it cannot be done, for an action that is not possible.", valueName: "text"))
        var reason: String?

        @Option(help: ArgumentHelp("A new day for it to be done by, as year-month-day.", valueName: "date"))
        var due: String?

        @OptionGroup var store: StoreOptions

        /// The change asked for, or advice on what is missing.
        private func change() throws -> ActionUpdate {
            let day = try due.map(ActionOptions.day)
            do {
                return try ActionStatusChoice.update(status: status, whatChanged: weDid, reason: reason, due: day)
            } catch {
                throw ValidationError(ActionOptions.advice(for: error))
            }
        }

        func validate() throws {
            _ = try change()
        }

        func run() throws {
            let updated = try store.open().updateAction(id, try change(), now: Date())
            print("Action \(updated.id) is now \(updated.status.word), due by \(updated.due.long): \(updated.action)")
        }
    }
}

extension ActionStatusChoice: SuggestingChoice {
    /// A status as people write it: open, done, not-possible (or "not possible").
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).joined(separator: "-"))
    }

    /// The status a mistyped word most likely means.
    static func likely(_ text: String) -> ActionStatusChoice? {
        Suggestions.closest(to: text.lowercased(), among: allCases.map(\.rawValue)).flatMap(Self.init(rawValue:))
    }
}

/// Reading and wording the options of the actions commands.
enum ActionOptions {
    /// The day in `text`, or advice on how to write it.
    static func day(_ text: String) throws -> CalendarDate {
        guard let day = CalendarDate(iso: text) else {
            throw ValidationError("The date '\(text)' is not one Roundtable can read. Write it as year-month-day, for example 2027-01-15.")
        }
        return day
    }

    /// What to type instead, for a change that cannot be made as given.
    static func advice(for error: ActionInputError) -> String {
        switch error {
        case .nothingToChange:
            return "Say what to change: --status done with --we-did, --status not-possible with --reason, or a new --due date."
        case .wordsWithoutStatus:
            return "--we-did and --reason go with a status. Add --status done or --status not-possible."
        case .wordsForOpen:
            return "An open action has no --we-did or --reason. Leave them out, or choose --status done or --status not-possible."
        case .whatChangedNeeded:
            return "Say what changed, so people hear what was done: add --we-did \"What changed\"."
        case .reasonForDone:
            return "A done action has no --reason. Say what changed with --we-did instead."
        case .reasonNeeded:
            return "Say why it cannot be done, so people are not left wondering: add --reason \"Why not\"."
        case .whatChangedForNotPossible:
            return "An action that is not possible has no --we-did. Say why not with --reason instead."
        }
    }
}
