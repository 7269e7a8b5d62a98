import Documents
import Foundation
import PlainLanguage

/// A session plan read from an agenda file: when and where, who to contact, and the items.
public struct Agenda: Sendable, Equatable {
    /// The agenda file, as the user named it, for messages.
    public var file: String
    /// The title of the session, used for the documents and the calendar event.
    public var title: String
    /// The theme of the session, such as "Language".
    public var theme: String?
    /// The organisation or group that runs the session.
    public var organisation: String?
    /// The day of the (first) session.
    public var date: CalendarDate
    /// When the slot starts, local time.
    public var start: ClockTime
    /// When the slot ends, from `end` or `start` plus `duration`.
    public var end: ClockTime
    /// The IANA name of the time zone, such as `Europe/London`.
    public var timeZone: String
    /// Where the session is, or how to join it online.
    public var place: Place?
    /// The people or groups who organise the session.
    public var organisers: [String]
    /// The people who facilitate it.
    public var facilitators: [String]
    /// Who to contact with questions, access needs or for support.
    public var contact: Contact?
    /// The day papers will be sent out by.
    public var papersBy: CalendarDate?
    /// The support arranged for everyone, such as live captions or papers in easy read.
    public var access: [AccessSupport]
    /// The series the session belongs to, when it repeats.
    public var repetition: Repetition?
    /// The thresholds of the lint rules for this agenda.
    public var rules: AgendaRules
    /// The items, in order.
    public var items: [AgendaItem]
    /// Where each top-level detail is written (`date`, `where`, `items` …), for findings.
    public var positions: [String: SourcePosition]
    /// The agenda title as prose, for the plain-language check.
    public var titleProse: ProseBlock?

    /// Creates an agenda from its parts.
    public init(file: String, title: String, theme: String? = nil, organisation: String? = nil, date: CalendarDate,
                start: ClockTime, end: ClockTime, timeZone: String = Agenda.defaultTimeZone, place: Place? = nil,
                organisers: [String] = [], facilitators: [String] = [], contact: Contact? = nil,
                papersBy: CalendarDate? = nil, access: [AccessSupport] = [], repetition: Repetition? = nil, rules: AgendaRules = AgendaRules(),
                items: [AgendaItem], positions: [String: SourcePosition] = [:], titleProse: ProseBlock? = nil) {
        self.file = file
        self.title = title
        self.theme = theme
        self.organisation = organisation
        self.date = date
        self.start = start
        self.end = end
        self.timeZone = timeZone
        self.place = place
        self.organisers = organisers
        self.facilitators = facilitators
        self.contact = contact
        self.papersBy = papersBy
        self.access = access
        self.repetition = repetition
        self.rules = rules
        self.items = items
        self.positions = positions
        self.titleProse = titleProse
    }

    /// The time zone used when an agenda does not name one.
    public static let defaultTimeZone = "Europe/London"
}

/// Where the session happens: online (a link, meeting id and passcode) or in a room.
public struct Place: Sendable, Equatable {
    /// The service used online, such as "Zoom" or "Microsoft Teams".
    public var online: String?
    /// The link people click to join.
    public var link: String?
    /// The meeting ID, for people who join by typing it or by phone.
    public var meetingID: String?
    /// The passcode of the meeting.
    public var passcode: String?
    /// The room, such as "Room 2, The Hub".
    public var room: String?
    /// The street address of the building.
    public var address: String?
    /// Anything else people need to find or get in (step-free entrance, buzzer).
    public var directions: String?

    /// Creates a place.
    public init(online: String? = nil, link: String? = nil, meetingID: String? = nil, passcode: String? = nil,
                room: String? = nil, address: String? = nil, directions: String? = nil) {
        self.online = online
        self.link = link
        self.meetingID = meetingID
        self.passcode = passcode
        self.room = room
        self.address = address
        self.directions = directions
    }

    /// Whether people can find their way in: a link, or a room with an address.
    public var saysHowToJoin: Bool {
        link != nil || (room != nil && address != nil)
    }
}

/// The person to contact about the session.
public struct Contact: Sendable, Equatable {
    /// The person's name.
    public var name: String?
    /// Their e-mail address.
    public var email: String?
    /// Their phone number.
    public var phone: String?

    /// Creates a contact.
    public init(name: String? = nil, email: String? = nil, phone: String? = nil) {
        self.name = name
        self.email = email
        self.phone = phone
    }

    /// Whether the contact can actually be reached: an e-mail address or a phone number.
    public var canBeReached: Bool { email != nil || phone != nil }

    /// "Sam Okafor, sam@example.org, 0113 496 0000".
    public var line: String {
        [name, email, phone].compactMap { $0 }.joined(separator: ", ")
    }
}

/// A series of sessions: the same session every three months.
public struct Repetition: Sendable, Equatable {
    /// How the series ends, if it does.
    public enum Ending: Sendable, Equatable {
        /// The series goes on until cancelled.
        case never
        /// This many sessions in all, the first one included.
        case count(Int)
        /// No session after this day.
        case until(CalendarDate)
    }

    /// How the series ends.
    public var ending: Ending

    /// Creates a quarterly series.
    public init(ending: Ending = .never) {
        self.ending = ending
    }
}

/// The thresholds of the lint rules and the rules switched off, from the agenda's `rules:` section.
public struct AgendaRules: Sendable, Equatable {
    /// The longest stretch of items, in minutes, without a proper break.
    public var breakEveryMinutes: Int
    /// The shortest break that counts as a proper break.
    public var breakMinutes: Int
    /// The smallest share of the items' time, in percent, for discussion, breakouts and feedback.
    public var voiceSharePercent: Int
    /// How many days before the session papers should go out.
    public var papersDaysBefore: Int
    /// How many days before the session papers should go to people who need them early.
    public var papersEarlyDaysBefore: Int
    /// The spare minutes below which the plan is too tight.
    public var slackMinutes: Int
    /// How soon after the start the ground rules should be agreed, in minutes.
    public var groundRulesWithinMinutes: Int
    /// Rules switched off for this agenda.
    public var off: Set<RuleID>

    /// Creates settings; the defaults follow the guidance cited in the README.
    public init(breakEveryMinutes: Int = 60, breakMinutes: Int = 10, voiceSharePercent: Int = 40,
                papersDaysBefore: Int = 7, papersEarlyDaysBefore: Int = 14, slackMinutes: Int = 5,
                groundRulesWithinMinutes: Int = 20, off: Set<RuleID> = []) {
        self.breakEveryMinutes = breakEveryMinutes
        self.breakMinutes = breakMinutes
        self.voiceSharePercent = voiceSharePercent
        self.papersDaysBefore = papersDaysBefore
        self.papersEarlyDaysBefore = papersEarlyDaysBefore
        self.slackMinutes = slackMinutes
        self.groundRulesWithinMinutes = groundRulesWithinMinutes
        self.off = off
    }
}
