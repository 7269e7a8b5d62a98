import PlainLanguage

/// One check of the agenda linter: a stable id (to switch it off), how serious its findings are,
/// what it checks and why.
public struct AgendaRule: Sendable, Equatable {
    /// The stable id, such as `agenda-overrun`, shown with every finding and used to switch the rule off.
    public var id: String
    /// How serious the rule's findings are.
    public var severity: Diagnostic.Severity
    /// What the rule checks, in one sentence.
    public var checks: String

    /// The over-run rule: the items must fit the slot.
    public static let overrun = AgendaRule(id: "agenda-overrun", severity: .error,
                                           checks: "The items fit between the start and end times.")
    /// The slack rule: a few spare minutes for things running late.
    public static let littleSlack = AgendaRule(id: "agenda-little-slack", severity: .warning,
                                               checks: "At least 5 spare minutes are left (rules: slack-minutes).")
    /// The fixed-time rule: an item with `starts-at` can start then.
    public static let fixedTimeMissed = AgendaRule(id: "agenda-fixed-time-missed", severity: .error,
                                                   checks: "Every item with a fixed start time can start at that time.")
    /// The break rule: a proper break at least every hour.
    public static let breakMissing = AgendaRule(id: "agenda-break-missing", severity: .warning,
                                                checks: "A break of at least 10 minutes comes at least every 60 minutes (rules: break-minutes, break-every-minutes).")
    /// The opening rule: start with a welcome or check-in.
    public static let checkInMissing = AgendaRule(id: "agenda-check-in-missing", severity: .warning,
                                                  checks: "The first item is a welcome or a check-in.")
    /// The closing rule: end with a close.
    public static let closeMissing = AgendaRule(id: "agenda-close-missing", severity: .warning,
                                                checks: "The last item is a close.")
    /// Ground rules are agreed at all.
    public static let groundRulesMissing = AgendaRule(id: "agenda-ground-rules-missing", severity: .warning,
                                                      checks: "There is a ground-rules item.")
    /// Ground rules are agreed early.
    public static let groundRulesLate = AgendaRule(id: "agenda-ground-rules-late", severity: .warning,
                                                   checks: "The ground rules start within 20 minutes of the start (rules: ground-rules-within-minutes).")
    /// Time for voices, not a wall of presentations.
    public static let voiceTime = AgendaRule(id: "agenda-voice-time", severity: .warning,
                                             checks: "Discussion, breakout and feedback items take at least 40% of the items' time (rules: voice-share-percent).")
    /// Co-production, not consultation.
    public static let noLivedExperienceLead = AgendaRule(id: "agenda-no-lived-experience-lead", severity: .warning,
                                                         checks: "At least one item is led or co-led by an expert by experience.")
    /// Papers in good time.
    public static let papersLate = AgendaRule(id: "agenda-papers-late", severity: .warning,
                                              checks: "Papers go out at least 7 days before the session (rules: papers-days-before).")
    /// The invite says how to join.
    public static let joinDetailsMissing = AgendaRule(id: "agenda-join-details-missing", severity: .error,
                                                      checks: "'where' gives a joining link, or a room and an address.")
    /// The invite says who to contact.
    public static let contactMissing = AgendaRule(id: "agenda-contact-missing", severity: .warning,
                                                  checks: "'contact' gives a person's e-mail address or phone number.")

    /// The agenda's own rules, in the order findings are explained in the README.
    public static let agendaRules: [AgendaRule] = [
        overrun, littleSlack, fixedTimeMissed, breakMissing, checkInMissing, closeMissing, groundRulesMissing,
        groundRulesLate, voiceTime, noLivedExperienceLead, papersLate, joinDetailsMissing, contactMissing,
    ]

    /// Every rule an agenda can switch off: its own and the plain-language checker's.
    public static let all: [AgendaRule] = agendaRules + [
        AgendaRule(id: PlainLanguageRule.jargon, severity: .warning, checks: "Titles and descriptions avoid jargon."),
        AgendaRule(id: PlainLanguageRule.label, severity: .error, checks: "Titles and descriptions avoid words that label or blame people."),
        AgendaRule(id: PlainLanguageRule.acronymUnexplained, severity: .warning, checks: "Known acronyms are explained the first time."),
        AgendaRule(id: PlainLanguageRule.acronymUnknown, severity: .warning, checks: "Other acronyms are explained the first time."),
    ]
}
