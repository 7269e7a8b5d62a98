import ArgumentParser
import Documents
import Foundation
import SessionStore
import SpeakingTurns

/// The `--db` option every session, people and turns command shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"),
            help: ArgumentHelp("The database file to use. If you leave it out: ROUNDTABLE_DB, or else ~/.local/share/roundtable/roundtable.sqlite.",
                               valueName: "file"))
    var path: String?

    @Flag(name: .customLong("create"),
          help: "Start a new, empty database if the file named by --db or ROUNDTABLE_DB is not there yet.")
    var create = false

    /// The database file, and where its name came from: --db, else ROUNDTABLE_DB, else the XDG data folder.
    private var location: (path: String, choice: DatabaseLocation.Choice) {
        DatabaseLocation.choose(option: path, environment: ProcessInfo.processInfo.environment,
                                homeDirectory: FileManager.default.homeDirectoryForCurrentUser.path)
    }

    /// The database file, so that no output replaces it.
    var resolvedPath: String { location.path }

    /// Opens the database. The standard one is created when it is missing; a file the user named
    /// must exist unless --create is given, so a mistyped path never starts an empty database.
    func open() throws -> SessionStore {
        let (path, choice) = location
        if !create, !FileManager.default.fileExists(atPath: path) {
            let advice = "Check the spelling of the path, or add --create to start a new, empty database there."
            switch choice {
            case .option:
                throw CommandFailure(message: "There is no database at \(path). \(advice)")
            case .environment:
                throw CommandFailure(message: "There is no database at \(path). ROUNDTABLE_DB names this file. \(advice)")
            case .standard:
                break
            }
        }
        return try SessionStore(path: path)
    }

    /// Opens the database and finds the session a person means by `session` (number or title).
    func open(session: String) throws -> (SessionStore, SessionDetails) {
        let database = try open()
        return (database, try database.session(session))
    }
}

/// Today and times of day in the facilitator's own time zone.
enum LocalTime {
    /// The time of day, such as `10:02:13`, here or in the time zone called `zone`.
    static func clock(_ date: Date, in zone: String? = nil) -> String {
        var calendar = Calendar.current
        if let zone, let timeZone = TimeZone(identifier: zone) { calendar.timeZone = timeZone }
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        let two = { (value: Int?) in String(format: "%02d", value ?? 0) }
        return "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second))"
    }
}

extension Participant {
    /// "Sam Jones (expert by experience)".
    var nameWithRole: String { "\(displayName) (\(role.name))" }
}

/// Dates typed on the command line, read with advice when mistyped.
enum CommandInput {
    /// A date written as year-month-day, or today when none is given.
    static func day(_ text: String?) throws -> CalendarDate {
        guard let text else {
            guard let today = CalendarDate.today() else {
                throw CommandFailure(message: "Today's date could not be read from the clock. Give the date with --date, for example --date 2026-10-14.")
            }
            return today
        }
        guard let date = CalendarDate(iso: text) else {
            throw ValidationError("The date '\(text)' is not one Roundtable can read. Write it as year-month-day, for example 2026-10-14.")
        }
        return date
    }
}
