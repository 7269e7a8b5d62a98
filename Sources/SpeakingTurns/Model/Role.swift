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

    /// Reads a role as people write it ("Expert by experience", "EbE", "lived experience",
    /// "professional"), or returns nil.
    public init?(text: String) {
        let key = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).joined(separator: " ")
        switch key {
        case "expert by experience", "experts by experience", "expert", "ebe", "lived experience",
             "person with lived experience":
            self = .expertByExperience
        case "professional", "professionals", "staff", "practitioner":
            self = .professional
        case "facilitator", "facilitators", "host":
            self = .facilitator
        case "volunteer", "volunteers":
            self = .volunteer
        case "guest", "guests", "visitor", "observer":
            self = .guest
        default:
            return nil
        }
    }

    /// The roles as a user may type them, for messages: "expert by experience, professional, …".
    public static var choices: String { allCases.map(\.name).joined(separator: ", ") }
}
