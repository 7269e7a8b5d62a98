import Documents
import PlainLanguage

/// A series of sessions planned for a year, read from a programme file: the usual day and times,
/// how often the group meets, and each session's date, theme, guest and description.
public struct Programme: Sendable, Equatable {
    /// The programme file, as the user named it, for messages.
    public var file: String
    /// The name of the series, such as "Community of Practice".
    public var name: String
    /// The organisation or group that runs it.
    public var organisation: String?
    /// The day of the week the group usually meets.
    public var weekday: Weekday
    /// When a session usually starts, local time.
    public var start: ClockTime
    /// When a session usually ends, local time.
    public var end: ClockTime
    /// The IANA name of the time zone, such as `Europe/London`.
    public var timeZone: String
    /// How often the group meets.
    public var rhythm: Rhythm
    /// The people or groups who organise the series.
    public var organisers: [String]
    /// The sessions, in the order of the file.
    public var sessions: [ProgrammeSession]
    /// Rules switched off for this programme.
    public var rulesOff: Set<RuleID>
    /// Where each top-level detail is written (`weekday`, `sessions` …), for findings.
    public var positions: [String: SourcePosition]
    /// The name as prose, for the plain-language check.
    public var nameProse: ProseBlock?

    /// Creates a programme from its parts.
    public init(file: String, name: String, organisation: String? = nil, weekday: Weekday, start: ClockTime, end: ClockTime,
                timeZone: String = Agenda.defaultTimeZone, rhythm: Rhythm, organisers: [String] = [],
                sessions: [ProgrammeSession], rulesOff: Set<RuleID> = [], positions: [String: SourcePosition] = [:],
                nameProse: ProseBlock? = nil) {
        self.file = file
        self.name = name
        self.organisation = organisation
        self.weekday = weekday
        self.start = start
        self.end = end
        self.timeZone = timeZone
        self.rhythm = rhythm
        self.organisers = organisers
        self.sessions = sessions
        self.rulesOff = rulesOff
        self.positions = positions
        self.nameProse = nameProse
    }

    /// The sessions in date order.
    public var sessionsByDate: [ProgrammeSession] { sessions.sorted { $0.date < $1.date } }

    /// The years the sessions fall in, first to last: "2027", or "2027 and 2028".
    public var years: String {
        let years = Set(sessions.map(\.date.year)).sorted()
        guard let first = years.first, let last = years.last, first != last else { return years.first.map(String.init) ?? "" }
        return last == first + 1 ? "\(first) and \(last)" : "\(first) to \(last)"
    }

    /// The title of a session in this series: "Community of Practice: Language".
    public func title(of session: ProgrammeSession) -> String {
        session.theme.map { "\(name): \($0)" } ?? name
    }
}

/// One session of a programme.
public struct ProgrammeSession: Sendable, Equatable {
    /// The day it takes place.
    public var date: CalendarDate
    /// What it is about, such as "Language".
    public var theme: String?
    /// Who is coming to speak or lead, such as "Dr Ade Bello, a speech and language therapist".
    public var guest: String?
    /// A few sentences saying what the session is for.
    public var description: String?
    /// Where the session is written in the file.
    public var position: SourcePosition?
    /// Its theme and description as prose, for the plain-language check.
    public var prose: [ProseBlock]

    /// Creates a session of a programme.
    public init(date: CalendarDate, theme: String? = nil, guest: String? = nil, description: String? = nil,
                position: SourcePosition? = nil, prose: [ProseBlock] = []) {
        self.date = date
        self.theme = theme
        self.guest = guest
        self.description = description
        self.position = position
        self.prose = prose
    }
}

/// A day of the week.
public enum Weekday: Int, Sendable, CaseIterable {
    /// Monday.
    case monday = 1
    /// Tuesday.
    case tuesday
    /// Wednesday.
    case wednesday
    /// Thursday.
    case thursday
    /// Friday.
    case friday
    /// Saturday.
    case saturday
    /// Sunday.
    case sunday

    /// The day of `date`.
    public init(_ date: CalendarDate) {
        self = Weekday(rawValue: date.weekday) ?? .monday
    }

    /// "Wednesday".
    public var name: String {
        switch self {
        case .monday: return "Monday"
        case .tuesday: return "Tuesday"
        case .wednesday: return "Wednesday"
        case .thursday: return "Thursday"
        case .friday: return "Friday"
        case .saturday: return "Saturday"
        case .sunday: return "Sunday"
        }
    }
}

/// How often a group meets, and so how close two sessions may be.
public enum Rhythm: String, Sendable, CaseIterable {
    /// Once a month.
    case monthly
    /// Every two months.
    case everyTwoMonths = "every-two-months"
    /// Every three months.
    case quarterly
    /// Twice a year.
    case twiceAYear = "twice-a-year"

    /// How it is said: "every three months".
    public var words: String {
        switch self {
        case .monthly: return "once a month"
        case .everyTwoMonths: return "every two months"
        case .quarterly: return "every three months"
        case .twiceAYear: return "twice a year"
        }
    }

    /// The fewest weeks between two sessions that still keep to the rhythm: a month counts as
    /// four weeks, so "the second Wednesday of the month" always keeps to it.
    public var weeksApart: Int {
        switch self {
        case .monthly: return 4
        case .everyTwoMonths: return 8
        case .quarterly: return 12
        case .twiceAYear: return 24
        }
    }
}
