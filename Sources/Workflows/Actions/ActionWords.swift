import Documents
import SessionStore
import SpeakingTurns

/// An action in plain words, the same on the command line, in an agenda and in a pack: the person
/// who raised it is named only when they have agreed to be, and is otherwise shown by their role.
public struct ActionWords: Sendable {
    /// The action put into words.
    public let action: SessionAction

    /// Prepares the words for `action`.
    public init(_ action: SessionAction) {
        self.action = action
    }

    /// Who raised it, for published documents: "An expert by experience", or "Rosa Lind (expert by
    /// experience)" when Rosa has agreed to be named.
    public var raisedBy: String {
        if let person = action.raisedBy, person.consentsToBeNamed {
            return "\(person.displayName) (\(action.raisedByRole.name))"
        }
        let phrase = NameRedactor.phrase(for: action.raisedByRole)
        return phrase.prefix(1).uppercased() + phrase.dropFirst()
    }

    /// Who raised it, for the people who run sessions on their own screen: the name with the role,
    /// and whether they may be named.
    public var raisedByOnScreen: String {
        guard let person = action.raisedBy else { return raisedBy }
        return "\(person.displayName) (\(action.raisedByRole.name))\(person.consentsToBeNamed ? "" : ", not to be named")"
    }

    /// Whether it is still open after the day it was due.
    public func isLate(today: CalendarDate) -> Bool {
        action.status.isOpen && action.due < today
    }

    /// "open", "open, late", "done: The new letter went out" or "not possible: why".
    public func status(today: CalendarDate) -> String {
        switch action.status {
        case .open: return isLate(today: today) ? "open, late" : "open"
        case .done(let whatChanged): return "done: \(whatChanged)"
        case .notPossible(let reason): return "not possible: \(reason)"
        }
    }

    /// The action as a paragraph of an agenda item, one line for each part: who raised what,
    /// what will be done, and who does it by when.
    public var agendaLines: String {
        ["\(raisedBy) said: \(Self.sentence(action.raised))",
         "Action: \(Self.sentence(action.action))",
         "\(action.owner), due by \(action.due.long)."].joined(separator: "\n")
    }

    /// The row of the "You said, we did" table: what was said, what was done, and where it stands.
    public var packRow: (said: String, did: String, status: String) {
        let said = "\(raisedBy): \(Self.sentence(action.raised))"
        switch action.status {
        case .open:
            return (said, "Next step: \(Self.sentence(action.action)) \(action.owner), by \(action.due.long).", "Open")
        case .done(let whatChanged):
            return (said, Self.sentence(whatChanged), "Done")
        case .notPossible(let reason):
            return (said, "We could not: \(Self.sentence(action.action)) Why: \(Self.sentence(reason))", "Not possible")
        }
    }

    /// `text` ending with a full stop, unless it already ends with one, a question or exclamation
    /// mark, or a closing quote.
    static func sentence(_ text: String) -> String {
        guard let last = text.last else { return text }
        return ".!?\"'”’)".contains(last) ? text : text + "."
    }
}
