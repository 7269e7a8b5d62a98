import Documents
import Foundation
import PlainLanguage
import Yams

/// Reads an agenda file (YAML) into an `Agenda`, reporting every problem with the file, line and
/// column and what to write instead.
public enum AgendaReader {
    /// The top-level details an agenda file may give.
    public static let keys = ["title", "theme", "organisation", "date", "start", "end", "duration", "time-zone", "where",
                              "organisers", "facilitators", "contact", "papers-by", "access", "repeat", "rules", "items"]
    /// The details of one item.
    public static let itemKeys = ["title", "kind", "minutes", "leads", "description", "materials",
                                  "facilitator-notes", "accessibility", "starts-at"]
    static let placeKeys = ["online", "link", "meeting-id", "passcode", "room", "address", "directions"]
    static let leadKeys = ["name", "role"]
    static let contactKeys = ["name", "email", "phone"]
    static let repeatKeys = ["every", "count", "until"]
    static let ruleKeys = ["break-every-minutes", "break-minutes", "voice-share-percent", "papers-days-before",
                           "papers-early-days-before", "slack-minutes", "ground-rules-within-minutes", "off"]

    /// Reads the agenda in `text`, the contents of `file`.
    public static func read(_ text: String, file: String) throws(ReadError) -> Agenda {
        guard let root = try YAMLDocument.parse(text, file: file) else {
            throw ReadError(file: file, problem: "This agenda file has no details in it.",
                            advice: "Start from one of Roundtable's agenda templates, such as community-of-practice.")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        let map = try YAMLMap(root, file: file, context: "the agenda", allowedKeys: keys)
        var positions: [String: SourcePosition] = [:]
        for key in map.keys { positions[key] = map.position(of: key) }

        let title = try map.requiredString("title", example: "Language: saying what we mean")
        guard let date = try Self.date(map, "date", required: true) else {
            throw map.problem(at: root, "The agenda needs a date.", advice: "Add a line such as 'date: 2026-10-14'.")
        }
        guard let start = try time(map, "start") else {
            throw ReadError(file: file, position: map.position(of: "start"), problem: "The agenda needs a start time.",
                            advice: "Add a line such as 'start: \"10:00\"'.")
        }
        let end = try endTime(map, start: start)
        let timeZone = try zone(map)

        var items: [AgendaItem] = []
        let itemNodes = try map.sequence("items")
        guard !itemNodes.isEmpty else {
            throw ReadError(file: file, position: map.position(of: "items"), problem: "The agenda has no items.",
                            advice: "Add an 'items:' list with one '- title: …' for each part of the session, each with its kind and minutes.")
        }
        for (index, node) in itemNodes.enumerated() {
            items.append(try item(node, number: index + 1, file: file, lines: lines))
        }
        let titleProse = map.value("title").flatMap { YAMLProse.block($0, lines: lines, kind: .title, paragraph: 1) }
        return Agenda(file: file, title: title, theme: try map.string("theme"), organisation: try map.string("organisation"),
                      date: date, start: start, end: end, timeZone: timeZone, place: try place(map),
                      organisers: try map.strings("organisers"), facilitators: try map.strings("facilitators"),
                      contact: try contact(map), papersBy: try Self.date(map, "papers-by", required: false), access: try access(map),
                      repetition: try repetition(map, after: date), rules: try rules(map), items: items,
                      positions: positions, titleProse: titleProse)
    }

    // MARK: Dates and times

    static func date(_ map: YAMLMap, _ key: String, required: Bool) throws(ReadError) -> CalendarDate? {
        guard let node = map.value(key) else {
            if required {
                throw map.problem(at: map.node, "\(capitalised(map.context)) needs '\(key)'.",
                                  advice: "Add a line such as '\(key): 2026-10-14' (year-month-day).")
            }
            return nil
        }
        guard let text = try map.string(key) else {
            throw map.problem(at: node, "'\(key)' in \(map.context) is empty.", advice: "Write a date as year-month-day, for example 2026-10-14.")
        }
        if let date = CalendarDate(iso: text) { return date }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        if parts.count == 3, text.count == 10, (1...12).contains(parts[1]) {
            throw map.problem(at: node, "'\(key)' in \(map.context) is \(text), a day that does not exist: \(monthName(parts[1])) \(parts[0]) has no day \(parts[2]).",
                              advice: "Check the calendar and write a day that exists, as year-month-day.")
        }
        throw map.problem(at: node, "'\(key)' in \(map.context) is '\(text)', which is not a date Roundtable can read.",
                          advice: "Write it as year-month-day, for example 2026-10-14.")
    }

    static func time(_ map: YAMLMap, _ key: String) throws(ReadError) -> ClockTime? {
        guard let node = map.value(key) else { return nil }
        guard let text = try map.string(key), let time = ClockTime(text: text) else {
            throw map.problem(at: node, "'\(key)' in \(map.context) must be a time of day on the 24-hour clock, for example \"10:00\" or \"14:30\".",
                              advice: "Write the hours and minutes with a colon between them, in quotes: \(key): \"10:00\".")
        }
        return time
    }

    private static func endTime(_ map: YAMLMap, start: ClockTime) throws(ReadError) -> ClockTime {
        if map.has("end") && map.has("duration") {
            throw ReadError(file: map.file, position: map.position(of: "duration"), problem: "The agenda gives both an end time and a duration.",
                            advice: "Keep one of them: 'end: \"12:00\"' or 'duration: 120' (minutes).")
        }
        if let end = try time(map, "end") {
            guard end > start else {
                throw ReadError(file: map.file, position: map.position(of: "end"),
                                problem: "The end time \(end) is not after the start time \(start).",
                                advice: "Check both times; a session must end later on the same day, written on the 24-hour clock (2 pm is \"14:00\").")
            }
            return end
        }
        guard let minutes = try map.int("duration", range: 1...ClockTime.dayLength, example: "120") else {
            throw ReadError(file: map.file, position: map.position(of: "start"), problem: "The agenda does not say when the session ends.",
                            advice: "Add 'end: \"12:00\"', or 'duration: 120' for the length in minutes.")
        }
        guard let end = ClockTime(minutes: start.minutes + minutes) else {
            throw ReadError(file: map.file, position: map.position(of: "duration"),
                            problem: "A session of \(minutes) minutes starting at \(start) would run past midnight.",
                            advice: "Roundtable plans sessions that end on the day they start: shorten it, or split it into two sessions.")
        }
        return end
    }

    static func zone(_ map: YAMLMap) throws(ReadError) -> String {
        guard let name = try map.string("time-zone") else { return Agenda.defaultTimeZone }
        if let known = TimeZoneNames.canonical(name) { return known }
        let hint = TimeZoneNames.suggestion(for: name).map { " Did you mean '\($0)'?" } ?? ""
        throw ReadError(file: map.file, position: (map.value("time-zone")).flatMap { YAMLErrors.position(of: $0) },
                        problem: "'\(name)' is not a time zone Roundtable knows.\(hint)",
                        advice: "Use an IANA time zone name such as Europe/London (the default for the UK), or leave 'time-zone' out.")
    }

    // MARK: Where, who and when again

    /// The support listed under `access:`, each once, in the order written.
    private static func access(_ map: YAMLMap) throws(ReadError) -> [AccessSupport] {
        var result: [AccessSupport] = []
        let nodes = map.value("access").map { $0.sequence.map(Array.init) ?? [$0] } ?? []
        for (index, text) in try map.strings("access").enumerated() {
            let key = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: "-")
            guard let support = AccessSupport(rawValue: key) else {
                let hint = Suggestions.closest(to: key, among: AccessSupport.allCases.map(\.rawValue)).map { " Did you mean '\($0)'?" } ?? ""
                throw map.problem(at: nodes.indices.contains(index) ? nodes[index] : map.node,
                                  "'\(text)' under 'access' is not support Roundtable knows.\(hint)",
                                  advice: "List what you have arranged, from: \(AccessSupport.choices).")
            }
            if !result.contains(support) { result.append(support) }
        }
        return result
    }

    private static func place(_ map: YAMLMap) throws(ReadError) -> Place? {
        guard let node = map.value("where") else { return nil }
        if let scalar = node.scalar {
            let text = scalar.string.trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("http") else { return Place(room: text) }
            try checkLink(text, at: node, in: map)
            return Place(link: text)
        }
        let inner = try YAMLMap(node, file: map.file, context: "'where'", allowedKeys: placeKeys)
        let place = Place(online: try inner.string("online"), link: try inner.string("link"), meetingID: try inner.string("meeting-id"),
                          passcode: try inner.string("passcode"), room: try inner.string("room"), address: try inner.string("address"),
                          directions: try inner.string("directions"))
        if let link = place.link, !(link.lowercased().hasPrefix("https://") || link.lowercased().hasPrefix("http://")) {
            throw inner.problem(at: inner.value("link") ?? node, "The link '\(link)' in 'where' is not a web address.",
                                advice: "Copy the whole joining link from the meeting invitation; it starts with https://.")
        }
        if let link = place.link { try checkLink(link, at: inner.value("link") ?? node, in: inner) }
        return place
    }

    /// A joining link is written into calendar invites, so it must be one unbroken address.
    private static func checkLink(_ link: String, at node: Node, in map: YAMLMap) throws(ReadError) {
        let broken = link.unicodeScalars.contains { $0.value < 0x21 || (0x7F...0x9F).contains($0.value) || $0.properties.isWhitespace }
        guard broken else { return }
        throw map.problem(at: node, "The link in 'where' has a space, a line break or another control character in it.",
                          advice: "Copy the whole joining link from the meeting invitation onto one line, with no spaces (write a space as %20).")
    }

    /// An e-mail address is written into calendar invites, so it must have a strict, simple shape.
    private static func checkEmail(_ email: String, at node: Node, in map: YAMLMap) throws(ReadError) {
        guard let problem = EmailAddress.problem(in: email) else { return }
        let advice = "Write the whole address on one line, such as name@example.org."
        switch problem {
        case .controlCharacter:
            throw map.problem(at: node, "The e-mail address in 'contact' has a line break or another control character in it.", advice: advice)
        case .space, .atCount, .emptyPart, .noDotInDomain:
            throw map.problem(at: node, "'\(email)' is not a whole e-mail address: \(problem.words).", advice: advice)
        }
    }

    private static func contact(_ map: YAMLMap) throws(ReadError) -> Contact? {
        guard let node = map.value("contact") else { return nil }
        if let scalar = node.scalar {
            let text = scalar.string.trimmingCharacters(in: .whitespaces)
            guard text.contains("@") else { return Contact(name: text) }
            try checkEmail(text, at: node, in: map)
            return Contact(email: text)
        }
        let inner = try YAMLMap(node, file: map.file, context: "'contact'", allowedKeys: contactKeys)
        let contact = Contact(name: try inner.string("name"), email: try inner.string("email"), phone: try inner.string("phone"))
        if let email = contact.email { try checkEmail(email, at: inner.value("email") ?? node, in: inner) }
        return contact
    }

    private static func repetition(_ map: YAMLMap, after date: CalendarDate) throws(ReadError) -> Repetition? {
        guard let node = map.value("repeat") else { return nil }
        let every: String?
        var ending = Repetition.Ending.never
        var everyNode = node
        if node.scalar != nil {
            every = try map.string("repeat")
        } else {
            let inner = try YAMLMap(node, file: map.file, context: "'repeat'", allowedKeys: repeatKeys)
            every = try inner.string("every")
            everyNode = inner.value("every") ?? node
            if inner.has("count") && inner.has("until") {
                throw inner.problem(at: node, "'repeat' gives both a count and an end date.",
                                    advice: "Keep one: 'count: 4' for four sessions, or 'until: 2027-10-13'.")
            }
            if let count = try inner.int("count", range: 1...100, example: "4") { ending = .count(count) }
            if let until = try Self.date(inner, "until", required: false) {
                guard until >= date else {
                    throw inner.problem(at: inner.value("until") ?? node, "'until' in 'repeat' is \(until.long), before the first session on \(date.long).",
                                        advice: "Give the last day the series should run to.")
                }
                ending = .until(until)
            }
        }
        guard every?.lowercased() == "quarterly" else {
            throw map.problem(at: everyNode, "Roundtable can repeat a session every three months, written 'quarterly', but this agenda says '\(every ?? "")'.",
                              advice: "Write 'repeat: quarterly', or leave 'repeat' out for a single session.")
        }
        return Repetition(ending: ending)
    }

    private static func rules(_ map: YAMLMap) throws(ReadError) -> AgendaRules {
        guard let node = map.value("rules") else { return AgendaRules() }
        let inner = try YAMLMap(node, file: map.file, context: "'rules'", allowedKeys: ruleKeys)
        var rules = AgendaRules()
        if let value = try inner.int("break-every-minutes", range: 15...1440, example: "60") { rules.breakEveryMinutes = value }
        if let value = try inner.int("break-minutes", range: 1...120, example: "10") { rules.breakMinutes = value }
        if let value = try inner.int("voice-share-percent", range: 0...100, example: "40") { rules.voiceSharePercent = value }
        if let value = try inner.int("papers-days-before", range: 0...90, example: "7") { rules.papersDaysBefore = value }
        if let value = try inner.int("papers-early-days-before", range: 0...90, example: "14") { rules.papersEarlyDaysBefore = value }
        if let value = try inner.int("slack-minutes", range: 0...240, example: "5") { rules.slackMinutes = value }
        if let value = try inner.int("ground-rules-within-minutes", range: 0...240, example: "20") { rules.groundRulesWithinMinutes = value }
        rules.off = Set(try inner.ruleIDs("off", allowed: RuleID.allCases.filter { $0.origin != .programme },
                                          advice: "Use a rule id shown in brackets after a finding, such as agenda-papers-late."))
        return rules
    }

    // MARK: Items

    private static func item(_ node: Node, number: Int, file: String, lines: [Substring]) throws(ReadError) -> AgendaItem {
        let name = node.mapping?["title"]?.string.map { "item \(number) ('\($0)')" } ?? "item \(number)"
        let map = try YAMLMap(node, file: file, context: name, allowedKeys: itemKeys)
        let title = try map.requiredString("title", example: "Welcome and check-in")
        let kindText = try map.requiredString("kind", example: "discussion")
        let kindKey = kindText.lowercased().replacingOccurrences(of: " ", with: "-")
        guard let kind = ItemKind(rawValue: kindKey) else {
            let names = ItemKind.allCases.map(\.rawValue)
            let hint = Suggestions.closest(to: kindKey, among: names).map { " Did you mean '\($0)'?" } ?? ""
            throw map.problem(at: map.value("kind") ?? node, "The kind '\(kindText)' of \(name) is not one Roundtable knows.\(hint)",
                              advice: "Use one of: \(names.joined(separator: ", ")).")
        }
        guard let minutes = try map.int("minutes", range: 1...ClockTime.dayLength, example: "15") else {
            throw ReadError(file: file, position: map.position(of: "title"), problem: "\(capitalised(name)) does not say how many minutes it takes.",
                            advice: "Add a line such as 'minutes: 15' under its title.")
        }
        var leads: [Lead] = []
        for leadNode in try map.sequence("leads") {
            leads.append(try lead(leadNode, of: name, file: file))
        }
        var prose: [ProseBlock] = []
        if let titleNode = map.value("title"), let block = YAMLProse.block(titleNode, lines: lines, kind: .heading, paragraph: number) {
            prose.append(block)
        }
        if let descriptionNode = map.value("description"),
           let block = YAMLProse.block(descriptionNode, lines: lines, kind: .paragraph, paragraph: number) {
            prose.append(block)
        }
        return AgendaItem(title: title, kind: kind, minutes: minutes, leads: leads, description: try map.string("description"),
                          materials: try map.strings("materials", commaSeparated: false),
                          facilitatorNotes: try map.string("facilitator-notes"), accessibility: try map.string("accessibility"),
                          startsAt: try time(map, "starts-at"), position: YAMLErrors.position(of: node), prose: prose)
    }

    private static func lead(_ node: Node, of item: String, file: String) throws(ReadError) -> Lead {
        let map = try YAMLMap(node, file: file, context: "a lead of \(item)", allowedKeys: leadKeys)
        let name = try map.requiredString("name", example: "Sam Okafor")
        let roleText = try map.requiredString("role", example: "expert by experience")
        let key = roleText.lowercased().replacingOccurrences(of: " ", with: "-")
        guard let role = LeadRole(rawValue: key) else {
            let names = LeadRole.allCases.map(\.label)
            let hint = Suggestions.closest(to: roleText.lowercased(), among: names).map { " Did you mean '\($0)'?" } ?? ""
            throw map.problem(at: map.value("role") ?? node, "The role '\(roleText)' of \(name) is not one Roundtable knows.\(hint)",
                              advice: "Use one of: \(names.joined(separator: ", ")).")
        }
        return Lead(name: name, role: role)
    }

    private static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    private static func monthName(_ month: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"][month - 1]
    }
}
