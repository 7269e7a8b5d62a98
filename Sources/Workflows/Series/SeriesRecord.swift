import Documents
import SessionStore
import SpeakingTurns

/// What the series report knows of one session: who came (by number and role only), how long
/// each role spoke, and where the actions raised there stand. Names, organisations, contact
/// details, notes and the words of actions are left behind when a record is made, so the report
/// cannot show them.
public struct SeriesRecord: Sendable, Equatable {
    /// Someone who came, known only by the store's number and their role.
    public struct Attendee: Sendable, Equatable, Hashable {
        /// The store's number for the person, to tell first visits from return visits.
        public var id: PersonID
        /// Their role.
        public var role: Role

        /// Creates an attendee.
        public init(id: PersonID, role: Role) {
            self.id = id
            self.role = role
        }
    }

    /// How many actions were raised at the session, and where they stand now.
    public struct ActionTally: Sendable, Equatable {
        /// Still to do.
        public var open = 0
        /// Done.
        public var done = 0
        /// Found not possible.
        public var notPossible = 0

        /// Counts `statuses`.
        public init(_ statuses: [ActionStatus] = []) {
            for status in statuses {
                switch status {
                case .open: open += 1
                case .done: done += 1
                case .notPossible: notPossible += 1
                }
            }
        }

        /// Every action raised.
        public var raised: Int { open + done + notPossible }
        /// Actions done or found not possible.
        public var closed: Int { done + notPossible }

        /// Both tallies together.
        static func + (left: ActionTally, right: ActionTally) -> ActionTally {
            var sum = ActionTally()
            sum.open = left.open + right.open
            sum.done = left.done + right.done
            sum.notPossible = left.notPossible + right.notPossible
            return sum
        }
    }

    /// The session.
    public var session: SessionDetails
    /// Everyone marked present, each once.
    public var attendees: [Attendee]
    /// Seconds of speaking time by role, from the session's balance figures; empty when no turn
    /// was recorded.
    public var speakingSeconds: [Role: Double]
    /// The actions raised at the session.
    public var actions: ActionTally

    /// Creates a record from the figures themselves.
    public init(session: SessionDetails, attendees: [Attendee], speakingSeconds: [Role: Double] = [:], actions: ActionTally = ActionTally()) {
        var seen: Set<PersonID> = []
        self.session = session
        self.attendees = attendees.filter { seen.insert($0.id).inserted }
        self.speakingSeconds = speakingSeconds
        self.actions = actions
    }

    /// Creates a record from what the store holds: the people `present`, the session's balance
    /// figures (`BalanceMetrics`, nil when nobody has spoken) and the actions raised there.
    public init(session: SessionDetails, present: [Participant], balance: BalanceMetrics?, actions: [SessionAction]) {
        let turns = balance?.turnCount ?? 0
        self.init(session: session, attendees: present.map { Attendee(id: $0.id, role: $0.role) },
                  speakingSeconds: turns > 0 ? Dictionary(balance?.roles.map { ($0.role, $0.totalSeconds) } ?? [], uniquingKeysWith: +) : [:],
                  actions: ActionTally(actions.map(\.status)))
    }
}
