import Documents
import Foundation

/// The number that identifies a person in the session store.
public typealias PersonID = Int64

/// A person as the balance metrics and reports see them.
public struct Participant: Sendable, Equatable, Hashable {
    /// The store's number for the person.
    public var id: PersonID
    /// The name shown on the facilitator's screen; published only with consent.
    public var displayName: String
    /// The part the person plays in sessions.
    public var role: Role
    /// The organisation the person comes from, if they gave one.
    public var organisation: String?
    /// Whether the person has agreed, and not since withdrawn, to be named in published documents.
    public var consentsToBeNamed: Bool

    /// Creates a participant; without consent the person is never named in published output.
    public init(id: PersonID, displayName: String, role: Role, organisation: String? = nil, consentsToBeNamed: Bool = false) {
        self.id = id
        self.displayName = displayName
        self.role = role
        self.organisation = organisation
        self.consentsToBeNamed = consentsToBeNamed
    }
}

/// One entry of a person's consent history: consent to be named was given or withdrawn on a date.
public struct ConsentChange: Sendable, Equatable {
    /// True when consent was given, false when it was withdrawn.
    public var given: Bool
    /// The day it was given or withdrawn.
    public var date: CalendarDate

    /// Creates a consent change.
    public init(given: Bool, date: CalendarDate) {
        self.given = given
        self.date = date
    }
}

/// An answer to "may we name you in published documents?": the choice a command line or a form offers.
public enum ConsentAnswer: String, CaseIterable, Sendable {
    /// Yes: the person may be named in published documents.
    case given
    /// No, or no longer: published documents describe the person by their role instead.
    case withdrawn

    /// Every way people write the answer, in small letters, as `init(text:)` reads it.
    var spellings: [String] {
        switch self {
        case .given: return ["yes", "y", "true", "given", "give", "agreed", "1"]
        case .withdrawn: return ["no", "n", "false", "withdrawn", "withdraw", "refused", "0"]
        }
    }

    /// Reads an answer as people write it ("yes", "no", "given", "withdrawn"…), or returns nil.
    public init?(text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let answer = Self.allCases.first(where: { $0.spellings.contains(key) }) else { return nil }
        self = answer
    }

    /// The answer a mistyped word most likely means ("yse", "withdrawm"), for "did you mean"
    /// advice, or nil when no way of writing an answer is near enough.
    public static func likely(_ text: String) -> ConsentAnswer? {
        Suggestions.closest(to: text.trimmingCharacters(in: .whitespaces), among: allCases.flatMap(\.spellings))
            .flatMap(ConsentAnswer.init(text:))
    }

    /// True when consent is given.
    public var isGiven: Bool { self == .given }
}
