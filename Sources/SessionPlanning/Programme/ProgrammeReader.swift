import Documents
import Foundation
import PlainLanguage
import Yams

/// Reads a programme file (YAML) into a `Programme`, reporting every problem with the file, line
/// and column and what to write instead, as the agenda reader does.
public enum ProgrammeReader {
    /// The top-level details a programme file may give.
    public static let keys = ["name", "organisation", "weekday", "start", "end", "time-zone", "rhythm", "organisers", "rules", "sessions"]
    /// The details of one session.
    public static let sessionKeys = ["date", "theme", "guest", "description"]

    /// Reads the programme in `text`, the contents of `file`.
    public static func read(_ text: String, file: String) throws(ReadError) -> Programme {
        guard let root = try YAMLDocument.parse(text, file: file) else {
            throw ReadError(file: file, problem: "This programme file has no details in it.",
                            advice: "Start from Roundtable's example: roundtable programme new.")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        let map = try YAMLMap(root, file: file, context: "the programme", allowedKeys: keys)
        var positions: [String: SourcePosition] = [:]
        for key in map.keys { positions[key] = map.position(of: key) }

        let name = try map.requiredString("name", example: "Community of Practice")
        let weekday = try choice(map, "weekday", among: Weekday.allCases, name: \.name, example: "Wednesday")
        guard let start = try AgendaReader.time(map, "start") else {
            throw ReadError(file: file, position: map.position(of: "start"), problem: "The programme needs the usual start time.",
                            advice: "Add a line such as 'start: \"10:00\"'.")
        }
        guard let end = try AgendaReader.time(map, "end") else {
            throw ReadError(file: file, position: map.position(of: "end"), problem: "The programme needs the usual end time.",
                            advice: "Add a line such as 'end: \"12:00\"'.")
        }
        guard end > start else {
            throw ReadError(file: file, position: map.position(of: "end"), problem: "The end time \(end) is not after the start time \(start).",
                            advice: "Check both times; a session must end later on the same day, written on the 24-hour clock (2 pm is \"14:00\").")
        }
        let rhythm = try choice(map, "rhythm", among: Rhythm.allCases, name: \.rawValue, example: "quarterly")

        let sessionNodes = try map.sequence("sessions")
        guard !sessionNodes.isEmpty else {
            throw ReadError(file: file, position: map.position(of: "sessions"), problem: "The programme has no sessions.",
                            advice: "Add a 'sessions:' list with one '- date: …' for each session, each with its theme.")
        }
        var sessions: [ProgrammeSession] = []
        for (index, node) in sessionNodes.enumerated() {
            sessions.append(try session(node, number: index + 1, file: file, lines: lines))
        }
        var rulesOff: Set<RuleID> = []
        if let node = map.value("rules") {
            let inner = try YAMLMap(node, file: file, context: "'rules'", allowedKeys: ["off"])
            rulesOff = Set(try inner.ruleIDs("off", allowed: RuleID.allCases.filter { $0.origin != .agenda },
                                             advice: "Use a rule id shown in brackets after a finding, such as programme-bank-holiday."))
        }
        return Programme(file: file, name: name, organisation: try map.string("organisation"), weekday: weekday, start: start, end: end,
                         timeZone: try AgendaReader.zone(map), rhythm: rhythm, organisers: try map.strings("organisers"),
                         sessions: sessions, rulesOff: rulesOff, positions: positions,
                         nameProse: map.value("name").flatMap { YAMLProse.block($0, lines: lines, kind: .title, paragraph: 1) })
    }

    /// One of a closed set of words, such as a weekday, written in any case.
    private static func choice<Value>(_ map: YAMLMap, _ key: String, among values: [Value], name: (Value) -> String,
                                      example: String) throws(ReadError) -> Value {
        let text = try map.requiredString(key, example: example)
        let wanted = text.lowercased().replacingOccurrences(of: " ", with: "-")
        if let value = values.first(where: { name($0).lowercased() == wanted }) { return value }
        let names = values.map(name)
        let lowered = names.map { $0.lowercased() }
        let hint = Suggestions.closest(to: wanted, among: lowered).flatMap(lowered.firstIndex(of:)).map { " Did you mean '\(names[$0])'?" } ?? ""
        throw map.problem(at: map.value(key) ?? map.node, "'\(text)' is not a \(key) Roundtable knows.\(hint)",
                          advice: "Use one of: \(names.joined(separator: ", ")).")
    }

    private static func session(_ node: Node, number: Int, file: String, lines: [Substring]) throws(ReadError) -> ProgrammeSession {
        let name = node.mapping?["theme"]?.string.map { "session \(number) ('\($0)')" } ?? "session \(number)"
        let map = try YAMLMap(node, file: file, context: name, allowedKeys: sessionKeys)
        guard let date = try AgendaReader.date(map, "date", required: true) else {
            throw map.problem(at: node, "\(name.prefix(1).uppercased() + name.dropFirst()) needs a date.", advice: "Add a line such as 'date: 2027-01-13'.")
        }
        let prose = ["theme", "description"].compactMap { key in
            map.value(key).flatMap { YAMLProse.block($0, lines: lines, kind: key == "theme" ? .heading : .paragraph, paragraph: number) }
        }
        return ProgrammeSession(date: date, theme: try map.string("theme"), guest: try map.string("guest"),
                                description: try map.string("description"), position: YAMLErrors.position(of: node), prose: prose)
    }
}
