import Documents

/// What sort of item an agenda item is; the lint rules reason about kinds, not titles.
public enum ItemKind: String, Sendable, CaseIterable, Codable {
    /// Greeting people as they arrive; the linter expects this or a check-in first.
    case welcome
    /// A round where everyone says their name and how they are arriving; the linter expects
    /// this or a welcome first.
    case checkIn = "check-in"
    /// The group agrees how to keep the space safe; the linter expects one near the start.
    case groundRules = "ground-rules"
    /// Someone speaks while the others listen; not time for participants' own voices.
    case presentation
    /// Everyone talks together; time for participants' own voices.
    case discussion
    /// Small groups talk on their own; time for participants' own voices.
    case breakout
    /// Something people do rather than say; not counted as time for their voices.
    case activity
    /// A pause; one of at least `break-minutes` starts the count to the next break again.
    case `break`
    /// The groups say what they found; time for participants' own voices.
    case feedback
    /// Thanks, next steps and where to get support; the linter expects it last.
    case close

    /// Whether the item is time for participants' own voices (talking, not listening).
    public var givesVoice: Bool {
        switch self {
        case .discussion, .breakout, .feedback: return true
        case .welcome, .checkIn, .groundRules, .presentation, .activity, .break, .close: return false
        }
    }

    /// The kind in words, for documents: "Check-in", "Ground rules".
    public var label: String {
        switch self {
        case .welcome: return "Welcome"
        case .checkIn: return "Check-in"
        case .groundRules: return "Ground rules"
        case .presentation: return "Presentation"
        case .discussion: return "Discussion"
        case .breakout: return "Breakout groups"
        case .activity: return "Activity"
        case .break: return "Break"
        case .feedback: return "Feedback"
        case .close: return "Close"
        }
    }
}

/// The part a person plays in leading an item.
public enum LeadRole: String, Sendable, CaseIterable, Codable {
    /// Runs the session or the item.
    case facilitator
    /// Someone with lived experience of the services; the linter asks for at least one item
    /// led or co-led by one.
    case expertByExperience = "expert-by-experience"
    /// Someone who works for the organisation or a service.
    case staff
    /// Someone invited from outside, such as a speaker who joins for one item.
    case guest

    /// The role in words: "expert by experience".
    public var label: String {
        switch self {
        case .facilitator: return "facilitator"
        case .expertByExperience: return "expert by experience"
        case .staff: return "staff"
        case .guest: return "guest"
        }
    }
}

/// A person who leads or co-leads an item, and in what role.
public struct Lead: Sendable, Equatable {
    /// The person's name.
    public var name: String
    /// The part they play.
    public var role: LeadRole

    /// Creates a lead.
    public init(name: String, role: LeadRole) {
        self.name = name
        self.role = role
    }

    /// "Sam Okafor (facilitator)".
    public var label: String { "\(name) (\(role.label))" }
}

/// One item of an agenda: what happens, for how long, led by whom.
public struct AgendaItem: Sendable, Equatable {
    /// What the item is called.
    public var title: String
    /// What sort of item it is.
    public var kind: ItemKind
    /// How long it takes, in minutes (at least 1).
    public var minutes: Int
    /// Who leads or co-leads it.
    public var leads: [Lead]
    /// What the item is about, for everyone.
    public var description: String?
    /// Papers, slides or links people need for the item.
    public var materials: [String]
    /// Notes only the facilitators see (published only in the facilitator's version).
    public var facilitatorNotes: String?
    /// How the item is made accessible (captions, easy read, quiet room).
    public var accessibility: String?
    /// A time the item must start at, such as a guest who can only join at 10:45.
    public var startsAt: ClockTime?
    /// Where the item is written in the agenda file.
    public var position: SourcePosition?
    /// The title and description as prose with positions in the file, for the plain-language check.
    public var prose: [ProseBlock]

    /// Creates an item.
    public init(title: String, kind: ItemKind, minutes: Int, leads: [Lead] = [], description: String? = nil,
                materials: [String] = [], facilitatorNotes: String? = nil, accessibility: String? = nil,
                startsAt: ClockTime? = nil, position: SourcePosition? = nil, prose: [ProseBlock] = []) {
        self.title = title
        self.kind = kind
        self.minutes = minutes
        self.leads = leads
        self.description = description
        self.materials = materials
        self.facilitatorNotes = facilitatorNotes
        self.accessibility = accessibility
        self.startsAt = startsAt
        self.position = position
        self.prose = prose
    }
}
