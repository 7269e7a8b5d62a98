/// Where the session store lives when no file is named: the XDG data folder.
public enum DatabaseLocation {
    /// Who chose the database file.
    public enum Choice: Sendable, Equatable {
        /// The user, on the command line.
        case option
        /// The user, with the `ROUNDTABLE_DB` environment variable.
        case environment
        /// Nobody: the standard place in the data folder.
        case standard
    }

    /// The database file to use, and who chose it: `option` (from `--db`) if given, else
    /// `ROUNDTABLE_DB`, else `$XDG_DATA_HOME/roundtable/roundtable.sqlite`, else
    /// `~/.local/share/roundtable/roundtable.sqlite`. The caller passes the environment and home
    /// folder, so this reads nothing itself.
    public static func choose(option: String?, environment: [String: String], homeDirectory: String) -> (path: String, choice: Choice) {
        if let option, !option.isEmpty { return (option, .option) }
        if let variable = environment["ROUNDTABLE_DB"], !variable.isEmpty { return (variable, .environment) }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return (data + "/roundtable/roundtable.sqlite", .standard)
        }
        return (homeDirectory + "/.local/share/roundtable/roundtable.sqlite", .standard)
    }
}
