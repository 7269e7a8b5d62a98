import Documents
import PlainLanguage

/// Checks a programme's days (the usual weekday, the rhythm, bank holidays), that each session
/// has a theme, and the plain language of its name, themes and descriptions. Every finding is a
/// `Diagnostic` with a stable rule id.
public struct ProgrammeLinter: Sendable {
    /// The plain-language checker used on the name, themes and descriptions.
    public let checker: PlainLanguageChecker

    /// Creates a linter that checks wording against `checker`'s glossary.
    public init(checker: PlainLanguageChecker) {
        self.checker = checker
    }

    /// Every finding for `programme`, in the order they appear in the file. Rules listed under
    /// `rules: off:` in the programme are left out.
    public func lint(_ programme: Programme) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        func report(_ rule: RuleID, _ session: ProgrammeSession, _ message: String, fix: String) {
            findings.append(Diagnostic(rule: rule, message: message, suggestion: fix,
                                       location: Diagnostic.Location(file: programme.file, position: session.position)))
        }
        for session in programme.sessions {
            let day = "\(session.date.weekdayName) \(session.date.long)"
            if Weekday(session.date) != programme.weekday {
                report(.programmeWeekday, session, "The session on \(day) is not on a \(programme.weekday.name), the group's usual day.",
                       fix: "Move it to a \(programme.weekday.name), or tell people clearly that this one is on a different day.")
            }
            if let holiday = BankHolidays.holiday(on: session.date) {
                report(.programmeBankHoliday, session, "The session on \(day) falls on a bank holiday (\(holiday.name)).",
                       fix: "Move it to another day: many people are away, and offices, carers and transport may not be working.")
            }
            if session.theme == nil {
                report(.programmeThemeMissing, session, "The session on \(day) has no theme.",
                       fix: "Add a line such as 'theme: Language', so people can decide whether to come and prepare.")
            }
        }
        let byDate = programme.sessionsByDate
        for (earlier, later) in zip(byDate, byDate.dropFirst()) {
            let days = later.date.days(since: earlier.date)
            guard days < programme.rhythm.weeksApart * 7 else { continue }
            let apart = days == 0 ? "on the same day" : days < 7 ? "only \(days) day\(days == 1 ? "" : "s") apart" : "only \(days / 7) week\(days / 7 == 1 ? "" : "s") apart"
            report(.programmeTooClose, later,
                   "The sessions on \(earlier.date.long) and \(later.date.long) are \(apart), but the group meets \(programme.rhythm.words).",
                   fix: "Keep at least \(programme.rhythm.weeksApart) weeks between sessions, so people can prepare and actions can be done in between.")
        }
        var blocks = programme.nameProse.map { [$0] } ?? []
        blocks += programme.sessions.flatMap(\.prose)
        findings += checker.check(ProseView(file: programme.file, blocks: blocks)).diagnostics
        return findings.filter { !programme.rulesOff.contains($0.rule) }.inFileOrder()
    }
}
