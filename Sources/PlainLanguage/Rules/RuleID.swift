/// The stable id of every rule Roundtable checks: the plain-language checker's, readability's and
/// the agenda linter's. It is shown with each finding, written in JSON, and used to switch a rule
/// off, so its raw value never changes.
///
/// The cases and their one `entry` switch are the registry: adding a rule means adding a case,
/// and the compiler then asks for its severity, origin, summary and name.
public enum RuleID: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Finds words that label or blame people, such as "service user" or "hard to reach".
    case label
    /// Finds words only insiders understand, such as "step change" or "reablement".
    case jargon
    /// Finds an acronym the glossary knows used before it is explained, such as "ICB" before
    /// "Integrated Care Board (ICB)".
    case acronymUnexplained = "acronym-unexplained"
    /// Finds capitals that look like an acronym the glossary does not know (XYZ, EbE), used
    /// before they are explained.
    case acronymUnknown = "acronym-unknown"
    /// Finds sentences longer than the checker's limit: 25 words, or 15 in easy read.
    case longSentence = "long-sentence"
    /// Finds agenda items that run past the session's end time.
    case agendaOverrun = "agenda-overrun"
    /// Finds an agenda that leaves fewer spare minutes than `slack-minutes` (5).
    case agendaLittleSlack = "agenda-little-slack"
    /// Finds an item with a fixed start time (`starts-at`) that the items before it, or the
    /// session's start, make impossible.
    case agendaFixedTimeMissed = "agenda-fixed-time-missed"
    /// Finds stretches longer than `break-every-minutes` (60) without a break of at least
    /// `break-minutes` (10).
    case agendaBreakMissing = "agenda-break-missing"
    /// Finds an agenda whose first item is not a welcome or a check-in.
    case agendaCheckInMissing = "agenda-check-in-missing"
    /// Finds an agenda whose last item is not a close.
    case agendaCloseMissing = "agenda-close-missing"
    /// Finds an agenda with no ground-rules item.
    case agendaGroundRulesMissing = "agenda-ground-rules-missing"
    /// Finds ground rules that start later than `ground-rules-within-minutes` (20) into the session.
    case agendaGroundRulesLate = "agenda-ground-rules-late"
    /// Finds an agenda whose discussion, breakout and feedback items take less than
    /// `voice-share-percent` (40) of the items' time.
    case agendaVoiceTime = "agenda-voice-time"
    /// Finds an agenda with no item led or co-led by an expert by experience.
    case agendaNoLivedExperienceLead = "agenda-no-lived-experience-lead"
    /// Finds papers sent fewer than `papers-days-before` (7) days before the session, or items
    /// that list papers when the agenda gives no date for sending them.
    case agendaPapersLate = "agenda-papers-late"
    /// Finds an agenda that does not say where the session is, or gives no joining link or no
    /// address for its room.
    case agendaJoinDetailsMissing = "agenda-join-details-missing"
    /// Finds an agenda with no contact, or a contact with no e-mail address or phone number.
    case agendaContactMissing = "agenda-contact-missing"
    /// Finds papers going out later than `papers-early-days-before` (14) days before the session
    /// when someone registered needs them early. Checked only against the people registered.
    case agendaPapersEarlyNeeded = "agenda-papers-early-needed"
    /// Finds an access need of someone registered that the agenda has not planned for: support
    /// missing under `access:` (captions, British Sign Language, easy read, large print, joining
    /// by phone), or no break for someone who needs breaks.
    case agendaAccessNotPlanned = "agenda-access-not-planned"
    /// Finds a session of a programme that is not on the programme's usual weekday.
    case programmeWeekday = "programme-weekday"
    /// Finds two sessions of a programme closer together than its rhythm (quarterly: 12 weeks).
    case programmeTooClose = "programme-too-close"
    /// Finds a session of a programme on a bank holiday in England and Wales.
    case programmeBankHoliday = "programme-bank-holiday"
    /// Finds a session of a programme with no theme.
    case programmeThemeMissing = "programme-theme-missing"

    /// Which part of Roundtable finds a rule's problems.
    public enum Origin: String, Sendable, CaseIterable {
        /// The plain-language checker: glossary words and acronyms.
        case wording
        /// The readability measure: sentence length.
        case readability
        /// The agenda linter: timing, shape, voices and the invitation.
        case agenda
        /// The programme linter: the days of a series of sessions.
        case programme
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
    public static var prose: [RuleID] { allCases.filter { [.wording, .readability].contains($0.origin) } }

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
        case .agendaPapersEarlyNeeded:
            return (.warning, .agenda, "Papers go out at least 14 days before when someone registered needs them early (rules: papers-early-days-before).",
                    "papers too late for someone", "papers too late for someone")
        case .agendaAccessNotPlanned:
            return (.warning, .agenda, "The agenda plans for the access needs of everyone registered, under 'access:'.",
                    "access need not planned for", "access needs not planned for")
        case .programmeWeekday:
            return (.warning, .programme, "Every session is on the programme's usual weekday.", "session on another day", "sessions on another day")
        case .programmeTooClose:
            return (.warning, .programme, "Sessions are as far apart as the rhythm says (every three months: at least 12 weeks).",
                    "pair of sessions too close together", "pairs of sessions too close together")
        case .programmeBankHoliday:
            return (.warning, .programme, "No session falls on a bank holiday in England and Wales.", "session on a bank holiday", "sessions on a bank holiday")
        case .programmeThemeMissing:
            return (.warning, .programme, "Every session has a theme.", "session without a theme", "sessions without a theme")
        }
    }
}
