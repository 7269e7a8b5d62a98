/// Where the session store lives when no file is named: the XDG data folder.
public enum DatabaseLocation {
    /// The database file to use: `option` (from `--db`) if given, else `ROUNDTABLE_DB`, else
    /// `$XDG_DATA_HOME/roundtable/roundtable.sqlite`, else `~/.local/share/roundtable/roundtable.sqlite`.
    /// The caller passes the environment and home folder, so this reads nothing itself.
    public static func resolve(option: String?, environment: [String: String], homeDirectory: String) -> String {
        if let option, !option.isEmpty { return option }
        if let variable = environment["ROUNDTABLE_DB"], !variable.isEmpty { return variable }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return data + "/roundtable/roundtable.sqlite"
        }
        return homeDirectory + "/.local/share/roundtable/roundtable.sqlite"
    }
}
