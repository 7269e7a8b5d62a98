import Documents

/// Support arranged for a session, listed under `access:` in the agenda so that people know
/// before they come, and so that the access needs of the people registered can be checked
/// against it.
public enum AccessSupport: String, CaseIterable, Sendable, Hashable {
    /// Live captions on screen.
    case captions
    /// A British Sign Language interpreter.
    case britishSignLanguage = "british-sign-language"
    /// The papers in easy read: simple words with pictures.
    case easyRead = "easy-read"
    /// The papers in large print.
    case largePrint = "large-print"
    /// A phone number to join by.
    case joinByPhone = "join-by-phone"

    /// The support in words, for the published agenda: "live captions".
    public var words: String {
        switch self {
        case .captions: return "live captions"
        case .britishSignLanguage: return "a British Sign Language interpreter"
        case .easyRead: return "papers in simple words with pictures"
        case .largePrint: return "papers in large print"
        case .joinByPhone: return "a phone number to join by"
        }
    }

    /// The support as it is written under `access:`, for messages: "captions, easy-read, …".
    public static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// How many of the people registered for a session need each kind of help, counted without
/// names: what the access checks of `agenda lint` compare the agenda with.
public struct NeedsToPlanFor: Sendable, Equatable {
    /// People who need each kind of support the agenda can list under `access:`.
    public var support: [AccessSupport: Int]
    /// People who need the papers early.
    public var papersEarly: Int
    /// People who need regular breaks.
    public var breaks: Int

    /// Counts of people needing each kind of help.
    public init(support: [AccessSupport: Int] = [:], papersEarly: Int = 0, breaks: Int = 0) {
        self.support = support
        self.papersEarly = papersEarly
        self.breaks = breaks
    }
}

/// The access needs of the people registered, by name, for the facilitators' version of the
/// agenda only: each need with who has it and what they said about it.
public struct AccessPlan: Sendable, Equatable {
    /// One need and the people who have it.
    public struct Need: Sendable, Equatable {
        /// The need in words, such as "live captions".
        public var need: String
        /// Each person who has it, with their own words if they gave any: "Amira Khan (two weeks before)".
        public var people: [String]

        /// A need with the people who have it.
        public init(need: String, people: [String]) {
            self.need = need
            self.people = people
        }
    }

    /// The needs, in a fixed order; empty when nobody registered has told us of one.
    public var needs: [Need]

    /// A plan of `needs`.
    public init(needs: [Need]) {
        self.needs = needs
    }
}

/// Who a version of the agenda is for. Only the facilitators' version carries their notes, the
/// timing summary and the access needs to plan for, and its files are named `NAME-facilitator.*`.
public enum AgendaAudience: Sendable, Equatable {
    /// Everyone invited: the version to send out.
    case everyone
    /// The people who run the session, with the access needs of the people registered when
    /// they were looked up.
    case facilitators(AccessPlan?)

    /// Whether this is the facilitators' version.
    public var isFacilitators: Bool {
        switch self {
        case .everyone: return false
        case .facilitators: return true
        }
    }
}
