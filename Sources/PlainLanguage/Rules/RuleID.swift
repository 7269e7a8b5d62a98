/// The stable id of every rule Roundtable checks: the plain-language checker's, readability's and
/// the agenda linter's. It is shown with each finding, written in JSON, and used to switch a rule
/// off, so its raw value never changes.
///
/// The cases and their one `entry` switch are the registry: adding a rule means adding a case,
/// and the compiler then asks for its severity, origin, summary and name.
public enum RuleID: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case label
    case jargon
    case acronymUnexplained = "acronym-unexplained"
    case acronymUnknown = "acronym-unknown"
    case longSentence = "long-sentence"
    case agendaOverrun = "agenda-overrun"
    case agendaLittleSlack = "agenda-little-slack"
    case agendaFixedTimeMissed = "agenda-fixed-time-missed"
    case agendaBreakMissing = "agenda-break-missing"
    case agendaCheckInMissing = "agenda-check-in-missing"
    case agendaCloseMissing = "agenda-close-missing"
    case agendaGroundRulesMissing = "agenda-ground-rules-missing"
    case agendaGroundRulesLate = "agenda-ground-rules-late"
    case agendaVoiceTime = "agenda-voice-time"
    case agendaNoLivedExperienceLead = "agenda-no-lived-experience-lead"
    case agendaPapersLate = "agenda-papers-late"
    case agendaJoinDetailsMissing = "agenda-join-details-missing"
    case agendaContactMissing = "agenda-contact-missing"

    /// Which part of Roundtable finds a rule's problems.
    public enum Origin: String, Sendable, CaseIterable {
        /// The plain-language checker: glossary words and acronyms.
        case wording
        /// The readability measure: sentence length.
        case readability
        /// The agenda linter: timing, shape, voices and the invitation.
        case agenda
    }

    /// The id as users write it, such as `acronym-unexplained`.
    public var description: String { rawValue }

    /// How serious the rule's findings are, unless a finding says otherwise.
    public var severity: Diagnostic.Severity { entry.severity }

    /// Which part of Roundtable finds the rule's problems.
    public var origin: Origin { entry.origin }

    /// What the rule checks, in one sentence.
    public var summary: String { entry.summary }

    /// What one finding of the rule is called, and more than one: "long sentence", "long sentences".
    public var name: (one: String, many: String) { (entry.one, entry.many) }

    /// The rules a plain-language check of a document can report: wording and readability.
    public static var prose: [RuleID] { allCases.filter { $0.origin != .agenda } }

    private var entry: (severity: Diagnostic.Severity, origin: Origin, summary: String, one: String, many: String) {
        switch self {
        case .label:
            return (.error, .wording, "No words that label or blame people.", "label", "labels")
        case .jargon:
            return (.warning, .wording, "No words that only insiders understand.", "jargon word or phrase", "jargon words or phrases")
        case .acronymUnexplained:
            return (.warning, .wording, "Acronyms Roundtable knows are explained the first time they are used.",
                    "acronym not explained", "acronyms not explained")
        case .acronymUnknown:
            return (.warning, .wording, "Other acronyms are explained the first time they are used.", "unknown acronym", "unknown acronyms")
        case .longSentence:
            return (.info, .readability, "Sentences have no more than 25 words (15 in easy read).", "long sentence", "long sentences")
        case .agendaOverrun:
            return (.error, .agenda, "The items fit between the start and end times.", "over-run", "over-runs")
        case .agendaLittleSlack:
            return (.warning, .agenda, "At least 5 spare minutes are left (rules: slack-minutes).",
                    "plan with too little spare time", "plans with too little spare time")
        case .agendaFixedTimeMissed:
            return (.error, .agenda, "Every item with a fixed start time can start at that time.", "fixed time missed", "fixed times missed")
        case .agendaBreakMissing:
            return (.warning, .agenda, "A break of at least 10 minutes comes at least every 60 minutes (rules: break-minutes, break-every-minutes).",
                    "missing break", "missing breaks")
        case .agendaCheckInMissing:
            return (.warning, .agenda, "The first item is a welcome or a check-in.", "missing check-in", "missing check-ins")
        case .agendaCloseMissing:
            return (.warning, .agenda, "The last item is a close.", "missing close", "missing closes")
        case .agendaGroundRulesMissing:
            return (.warning, .agenda, "There is a ground-rules item.", "missing ground rules", "missing ground rules")
        case .agendaGroundRulesLate:
            return (.warning, .agenda, "The ground rules start within 20 minutes of the start (rules: ground-rules-within-minutes).",
                    "late ground rules", "late ground rules")
        case .agendaVoiceTime:
            return (.warning, .agenda, "Discussion, breakout and feedback items take at least 40% of the items' time (rules: voice-share-percent).",
                    "too little time for voices", "too little time for voices")
        case .agendaNoLivedExperienceLead:
            return (.warning, .agenda, "At least one item is led or co-led by an expert by experience.",
                    "no lead with lived experience", "no lead with lived experience")
        case .agendaPapersLate:
            return (.warning, .agenda, "Papers go out at least 7 days before the session (rules: papers-days-before).", "late papers", "late papers")
        case .agendaJoinDetailsMissing:
            return (.error, .agenda, "'where' gives a joining link, or a room and an address.", "missing joining details", "missing joining details")
        case .agendaContactMissing:
            return (.warning, .agenda, "'contact' gives a person's e-mail address or phone number.", "missing contact", "missing contacts")
        }
    }
}
