import Documents

/// The part a person plays in a co-production session. Balance is measured between these roles.
public enum Role: String, CaseIterable, Sendable, Hashable, Codable {
    /// Someone with lived experience of homelessness, addiction, mental ill health or the justice system.
    case expertByExperience = "expert-by-experience"
    /// Someone who works in or for a service.
    case professional
    /// Someone who runs the session.
    case facilitator
    /// Someone who helps, unpaid.
    case volunteer
    /// Someone invited for part of the session or to listen.
    case guest

    /// The role in words, for a sentence: "expert by experience".
    public var name: String {
        switch self {
        case .expertByExperience: return "expert by experience"
        case .professional: return "professional"
        case .facilitator: return "facilitator"
        case .volunteer: return "volunteer"
        case .guest: return "guest"
        }
    }

    /// The role for a group of people, as a heading: "Experts by experience".
    public var pluralName: String {
        switch self {
        case .expertByExperience: return "Experts by experience"
        case .professional: return "Professionals"
        case .facilitator: return "Facilitators"
        case .volunteer: return "Volunteers"
        case .guest: return "Guests"
        }
    }

    /// Every way people write the role, in small letters with single spaces, as `init(text:)` reads it.
    var spellings: [String] {
        switch self {
        case .expertByExperience:
            return ["expert by experience", "experts by experience", "expert", "ebe", "lived experience", "person with lived experience"]
        case .professional: return ["professional", "professionals", "staff", "practitioner"]
        case .facilitator: return ["facilitator", "facilitators", "host"]
        case .volunteer: return ["volunteer", "volunteers"]
        case .guest: return ["guest", "guests", "visitor", "observer"]
        }
    }

    /// Reads a role as people write it ("Expert by experience", "EbE", "lived experience",
    /// "professional"), or returns nil.
    public init?(text: String) {
        let key = Self.key(text)
        guard let role = Self.allCases.first(where: { $0.spellings.contains(key) }) else { return nil }
        self = role
    }

    /// The role a mistyped word most likely means ("expret", "profesional"), for "did you mean"
    /// advice, or nil when no way of writing a role is near enough.
    public static func likely(_ text: String) -> Role? {
        Suggestions.closest(to: key(text), among: allCases.flatMap(\.spellings)).flatMap(Role.init(text:))
    }

    /// `text` in small letters, with spaces, hyphens and underscores read as single spaces.
    private static func key(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).joined(separator: " ")
    }

    /// The roles as a user may type them, for messages: "expert by experience, professional, …".
    public static var choices: String { allCases.map(\.name).joined(separator: ", ") }
}
