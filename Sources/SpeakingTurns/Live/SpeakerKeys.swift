/// The keys of the live view: one per person present (1–9, then a–z without u and q), and the
/// keys that end a turn, undo and quit.
package struct SpeakerKeys: Sendable {
    /// What a key press asks for.
    package enum Action: Sendable, Equatable {
        /// Start this person's turn, ending the one before.
        case startTurn(PersonID)
        /// End the current turn.
        case endTurn
        /// Undo the last start or end.
        case undo
        /// Leave the live view.
        case quit
    }

    /// Every key a person can have, in the order they are handed out: 33 in all.
    package static let personKeys: [Character] = Array("123456789") + Array("abcdefghijklmnoprstvwxyz")

    /// The people with a key, in key order.
    package let assigned: [(key: Character, participant: Participant)]
    /// People beyond the 33th, who have no key (record their turns with `roundtable turns start`).
    package let withoutKey: [Participant]

    /// Gives keys to `participants` in the order given, so that the same order always gives the same keys.
    package init(participants: [Participant]) {
        assigned = zip(Self.personKeys, participants).map { (key: $0, participant: $1) }
        withoutKey = Array(participants.dropFirst(Self.personKeys.count))
    }

    /// The key of a person, if they have one.
    package func key(of person: PersonID) -> Character? {
        assigned.first { $0.participant.id == person }?.key
    }

    /// What pressing `key` does, or nil when the key means nothing here. Letters are read in
    /// either case; Ctrl-C and Ctrl-D quit, like `q`.
    package func action(for key: Character) -> Action? {
        let lower = key.lowercased()
        switch lower {
        case " ": return .endTurn
        case "u": return .undo
        case "q", "\u{03}", "\u{04}": return .quit
        default: return assigned.first { String($0.key) == lower }.map { .startTurn($0.participant.id) }
        }
    }
}
