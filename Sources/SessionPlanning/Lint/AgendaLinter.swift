import Documents
import PlainLanguage

/// Checks an agenda against good practice for meetings with experts by experience, and its
/// titles and descriptions for plain language. Every finding is a `Diagnostic` with a stable rule id.
public struct AgendaLinter: Sendable {
    /// The plain-language checker used on titles and descriptions.
    public let checker: PlainLanguageChecker

    /// Creates a linter that checks wording against `checker`'s glossary.
    public init(checker: PlainLanguageChecker) {
        self.checker = checker
    }

    /// Every finding for `agenda`, whose times are `schedule`, in the order they appear in the file.
    /// With `needs`, the access needs of the people registered are checked against the plan too.
    /// Rules listed under `rules: off:` in the agenda are left out.
    public func lint(_ agenda: Agenda, schedule: Schedule, needs: NeedsToPlanFor? = nil) -> [Diagnostic] {
        var context = LintContext(agenda: agenda, schedule: schedule)
        context.timing()
        context.breaks()
        context.shape()
        context.voices()
        context.invitation()
        if let needs { context.access(needs) }
        var blocks = agenda.titleProse.map { [$0] } ?? []
        blocks += agenda.items.flatMap(\.prose)
        context.findings += checker.check(ProseView(file: agenda.file, blocks: blocks)).diagnostics
        return context.findings.filter { !agenda.rules.off.contains($0.rule) }.inFileOrder()
    }
}

/// The agenda, its times and the findings so far, shared by the rules.
private struct LintContext {
    let agenda: Agenda
    let schedule: Schedule
    var findings: [Diagnostic] = []

    private var rules: AgendaRules { agenda.rules }

    private mutating func report(_ rule: RuleID, at position: SourcePosition?, _ message: String, fix: String) {
        findings.append(Diagnostic(rule: rule, message: message, suggestion: fix,
                                   location: Diagnostic.Location(file: agenda.file, position: position)))
    }

    private func item(_ slot: Schedule.Slot) -> AgendaItem { agenda.items[slot.item] }

    /// Over-run, too little slack, and fixed times that cannot be kept.
    mutating func timing() {
        if schedule.overrun > 0 {
            let late = schedule.slots.first { $0.end > schedule.sessionEnd } ?? schedule.slots[schedule.slots.count - 1]
            report(.agendaOverrun, at: item(late).position,
                   "The items run \(schedule.overrun) minutes past the end time \(agenda.end): they finish at \(schedule.finish), from '\(item(late).title)' on.",
                   fix: "Take \(schedule.overrun) minutes off the items, or change the end time to \(schedule.finish) if the slot really is that long.")
        } else if schedule.slack < rules.slackMinutes {
            let spare = schedule.slack == 0 ? "No time is spare" : "Only \(schedule.slack) minute\(schedule.slack == 1 ? " is" : "s are") spare"
            report(.agendaLittleSlack, at: agenda.positions["end"] ?? agenda.positions["duration"],
                   "\(spare) between \(agenda.start) and \(agenda.end), so anything that runs late makes the session over-run.",
                   fix: "Shorten an item so that at least \(rules.slackMinutes) minutes are spare for late joiners, technical problems and pauses.")
        }
        for clash in schedule.clashes {
            let fixedItem = agenda.items[clash.item]
            if let previous = clash.previous {
                let before = agenda.items[previous]
                report(.agendaFixedTimeMissed, at: fixedItem.position,
                       "'\(fixedItem.title)' is fixed to start at \(clash.fixed), but '\(before.title)' before it runs until \(clash.earliest).",
                       fix: "Shorten the items before '\(fixedItem.title)' by \(clash.earliest.minutes - clash.fixed.minutes) minutes, or change its start time ('starts-at') to \(clash.earliest).")
            } else {
                report(.agendaFixedTimeMissed, at: fixedItem.position,
                       "'\(fixedItem.title)' is fixed to start at \(clash.fixed), before the session starts at \(agenda.start).",
                       fix: "Change its start time ('starts-at') to \(agenda.start) or later, or start the session earlier.")
            }
        }
    }

    /// A break of at least `breakMinutes` at least every `breakEveryMinutes` of items.
    mutating func breaks() {
        var running = 0
        var stretchStart: Schedule.Slot?
        for slot in schedule.slots {
            let current = item(slot)
            if current.kind == .break && current.minutes >= rules.breakMinutes {
                running = 0
                stretchStart = nil
                continue
            }
            if stretchStart == nil { stretchStart = slot }
            running += current.minutes
            guard running > rules.breakEveryMinutes else { continue }
            let since = stretchStart.map { "since \($0.start)" } ?? ""
            let fix = current.minutes > rules.breakEveryMinutes
                ? "Split '\(current.title)' into two parts with a break of at least \(rules.breakMinutes) minutes between them."
                : "Add a break of at least \(rules.breakMinutes) minutes before '\(current.title)' (at \(slot.start)), so nobody goes more than \(rules.breakEveryMinutes) minutes without one."
            report(.agendaBreakMissing, at: current.position,
                   "By the end of '\(current.title)' at \(slot.end), people will have gone \(running) minutes \(since) without a break of at least \(rules.breakMinutes) minutes.",
                   fix: fix)
            running = 0
            stretchStart = nil
        }
    }

    /// A welcome or check-in first, a close last, and ground rules early.
    mutating func shape() {
        if let first = schedule.slots.first, ![.welcome, .checkIn].contains(item(first).kind) {
            report(.agendaCheckInMissing, at: item(first).position,
                   "The session starts with '\(item(first).title)' (\(item(first).kind.label.lowercased())), not a welcome or check-in.",
                   fix: "Start with a welcome and check-in (kind: check-in) of 10 to 15 minutes, so everyone is greeted by name and can say how they are arriving.")
        }
        if let last = schedule.slots.last, item(last).kind != .close {
            report(.agendaCloseMissing, at: item(last).position,
                   "The session ends with '\(item(last).title)' (\(item(last).kind.label.lowercased())), not a close.",
                   fix: "End with a close (kind: close) of 5 to 10 minutes: thank people, say what happens next and how to get support after the session.")
        }
        guard let groundRules = schedule.slots.first(where: { item($0).kind == .groundRules }) else {
            report(.agendaGroundRulesMissing, at: agenda.positions["items"],
                   "The agenda has no ground rules item.",
                   fix: "Add a ground rules item (kind: ground-rules) near the start, where the group agrees how to keep the space safe: confidentiality, respect, and that anyone can step out.")
            return
        }
        let after = groundRules.start.minutes - agenda.start.minutes
        if after > rules.groundRulesWithinMinutes {
            report(.agendaGroundRulesLate, at: item(groundRules).position,
                   "The ground rules start at \(groundRules.start), \(after) minutes into the session; people will already have been talking without them.",
                   fix: "Move '\(item(groundRules).title)' to within the first \(rules.groundRulesWithinMinutes) minutes, straight after the welcome or check-in.")
        }
    }

    /// Time for voices, and experts by experience leading.
    mutating func voices() {
        let total = agenda.items.reduce(0) { $0 + $1.minutes }
        let voice = agenda.items.filter { $0.kind.givesVoice }.reduce(0) { $0 + $1.minutes }
        let presenting = agenda.items.filter { $0.kind == .presentation }.reduce(0) { $0 + $1.minutes }
        if total > 0, voice * 100 < rules.voiceSharePercent * total {
            report(.agendaVoiceTime, at: agenda.positions["items"],
                   "Discussion, breakout and feedback take \(voice) of the \(total) minutes (\(voice * 100 / total)%), and presentations take \(presenting) minutes.",
                   fix: "Give at least \(rules.voiceSharePercent)% of the time to people's own voices: shorten a presentation, or turn part of it into questions and discussion.")
        }
        if !agenda.items.contains(where: { $0.leads.contains { $0.role == .expertByExperience } }) {
            report(.agendaNoLivedExperienceLead, at: agenda.positions["items"],
                   "No item is led or co-led by an expert by experience, so the session risks being consultation rather than co-production.",
                   fix: "Ask an expert by experience to lead or co-lead an item, and add them under its 'leads' with 'role: expert by experience'.")
        }
    }

    /// Papers in good time, how to join, and who to contact.
    mutating func invitation() {
        let latest = agenda.date.adding(days: -rules.papersDaysBefore)
        let latestText = latest.map { " (\($0.long))" } ?? ""
        if let papersBy = agenda.papersBy {
            let before = agenda.date.days(since: papersBy)
            if before < rules.papersDaysBefore {
                let when = before < 0 ? "after the session" : before == 0 ? "on the day of the session" : "only " + Self.days(before) + " before the session"
                report(.agendaPapersLate, at: agenda.positions["papers-by"],
                       "Papers go out on \(papersBy.long), \(when).",
                       fix: "Send papers at least \(rules.papersDaysBefore) days before, by \(latest?.iso ?? "a week before")\(latestText), so people have time to read them, get them in another format and ask questions.")
            }
        } else if agenda.items.contains(where: { !$0.materials.isEmpty }) {
            report(.agendaPapersLate, at: agenda.positions["items"],
                   "Items list papers, but the agenda does not say when they will be sent.",
                   fix: "Add 'papers-by: \(latest?.iso ?? "")', at least \(rules.papersDaysBefore) days before the session\(latestText).")
        }
        if let place = agenda.place {
            if !place.saysHowToJoin {
                let problem = place.room != nil ? "'where' names a room but gives no address." : "'where' gives no joining link."
                report(.agendaJoinDetailsMissing, at: agenda.positions["where"], problem + " People will not know how to join.",
                       fix: place.room != nil ? "Add the building's address under 'where' ('address: …')."
                           : "Add the joining link under 'where' ('link: https://…'), with the meeting ID and passcode.")
            }
        } else {
            report(.agendaJoinDetailsMissing, at: agenda.positions["title"],
                   "The agenda does not say where the session is or how to join.",
                   fix: "Add a 'where:' section with the joining link, meeting ID and passcode, or the room and the address.")
        }
        if let contact = agenda.contact {
            if !contact.canBeReached {
                report(.agendaContactMissing, at: agenda.positions["contact"],
                       "The contact has no e-mail address or phone number.",
                       fix: "Add 'email:' or 'phone:' under 'contact', so people can ask about access, papers or support.")
            }
        } else {
            report(.agendaContactMissing, at: agenda.positions["title"],
                   "The agenda does not say who to contact with questions.",
                   fix: "Add a 'contact:' section with a name and an e-mail address, so people can ask about access, papers or support.")
        }
    }

    /// The access needs of the people registered, counted without names, against the papers
    /// date, the support under `access:` and the breaks.
    mutating func access(_ needs: NeedsToPlanFor) {
        if needs.papersEarly > 0 {
            let latest = agenda.date.adding(days: -rules.papersEarlyDaysBefore)
            let latestText = latest.map { " (\($0.long))" } ?? ""
            let who = Self.people(needs.papersEarly, "needs", "need")
            if let papersBy = agenda.papersBy {
                let before = agenda.date.days(since: papersBy)
                if before < rules.papersEarlyDaysBefore {
                    let when = before < 0 ? "after the session" : before == 0 ? "on the day of the session" : Self.days(before) + " before the session"
                    report(.agendaPapersEarlyNeeded, at: agenda.positions["papers-by"],
                           "\(who) the papers early, but they go out on \(papersBy.long), \(when).",
                           fix: "Send the papers by \(latest?.iso ?? "two weeks before")\(latestText), at least \(rules.papersEarlyDaysBefore) days before, or send them early to the people who need them.")
                }
            } else {
                report(.agendaPapersEarlyNeeded, at: agenda.positions["title"],
                       "\(who) the papers early, but the agenda does not say when papers go out.",
                       fix: "Add 'papers-by: \(latest?.iso ?? "")', at least \(rules.papersEarlyDaysBefore) days before the session\(latestText).")
            }
        }
        for support in AccessSupport.allCases {
            guard let count = needs.support[support], count > 0, !agenda.access.contains(support) else { continue }
            report(.agendaAccessNotPlanned, at: agenda.positions["access"] ?? agenda.positions["title"],
                   "\(Self.people(count, "needs", "need")) \(support.words), but the agenda does not list it under 'access'.",
                   fix: "Arrange it, then add '\(support.rawValue)' under 'access:', so people know it is there.")
        }
        if needs.breaks > 0, !agenda.items.contains(where: { $0.kind == .break }) {
            report(.agendaAccessNotPlanned, at: agenda.positions["items"],
                   "\(Self.people(needs.breaks, "needs", "need")) regular breaks, but the agenda has no break.",
                   fix: "Add an item of kind 'break', at least \(rules.breakMinutes) minutes long, in the middle of the session.")
        }
    }

    /// "1 day", "3 days".
    private static func days(_ count: Int) -> String {
        count == 1 ? "1 day" : "\(count) days"
    }

    /// "1 person registered needs", "3 people registered need".
    private static func people(_ count: Int, _ one: String, _ many: String) -> String {
        count == 1 ? "1 person registered \(one)" : "\(count) people registered \(many)"
    }
}
