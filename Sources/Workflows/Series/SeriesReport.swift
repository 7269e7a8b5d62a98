import Documents
import SessionStore
import SpeakingTurns

/// How a series of sessions is going, in counts and percentages only: who came to each session
/// by role, who was new and who came back, how many experts by experience came back, each
/// role's share of the speaking time, and the actions raised and closed. It names nobody.
public struct SeriesReport: Sendable, Equatable {
    /// One session's figures.
    public struct Session: Sendable, Equatable {
        /// The session.
        public var details: SessionDetails
        /// People who came, by role; a role nobody came as is left out.
        public var attendance: [Role: Int]
        /// People who came.
        public var attended: Int
        /// People who came to a session of the series for the first time.
        public var newcomers: Int
        /// People who had come to an earlier session of the series.
        public var returning: Int
        /// Experts by experience among `returning`.
        public var returningExperts: Int
        /// Seconds of speaking time by role; empty when no turn was recorded.
        public var speakingSeconds: [Role: Double]
        /// The actions raised at the session.
        public var actions: SeriesRecord.ActionTally

        /// Whether anybody is marked present.
        public var hasAttendance: Bool { attended > 0 }
        /// Whether any speaking time was recorded.
        public var hasSpeaking: Bool { speakingSeconds.values.contains { $0 > 0 } }

        /// Each role's share of the speaking time as whole percentages that add up to 100, for the
        /// roles in `roles`; empty when nobody spoke.
        public func speakingPercentages(_ roles: [Role]) -> [Role: Int] {
            SeriesReport.percentages(of: speakingSeconds, roles: roles)
        }
    }

    /// The programme's name, or nil when the report covers every session in the store.
    public var programme: String?
    /// The sessions in date order (sessions without a date last).
    public var sessions: [Session]
    /// How many sessions each person came to, by role, for everyone who came at least once.
    public var visits: [SeriesRecord.Attendee: Int]

    /// The figures of `records`, taken in the order given (the order the sessions took place).
    public init(programme: String?, records: [SeriesRecord]) {
        self.programme = programme
        var seen: Set<PersonID> = []
        var visits: [SeriesRecord.Attendee: Int] = [:]
        sessions = records.map { record in
            var attendance: [Role: Int] = [:]
            var (newcomers, returning, returningExperts) = (0, 0, 0)
            for person in record.attendees {
                attendance[person.role, default: 0] += 1
                visits[person, default: 0] += 1
                if seen.insert(person.id).inserted {
                    newcomers += 1
                } else {
                    returning += 1
                    if person.role == .expertByExperience { returningExperts += 1 }
                }
            }
            return Session(details: record.session, attendance: attendance, attended: record.attendees.count, newcomers: newcomers,
                           returning: returning, returningExperts: returningExperts, speakingSeconds: record.speakingSeconds,
                           actions: record.actions)
        }
        self.visits = visits
    }

    /// Sessions where somebody is marked present.
    public var heldSessions: [Session] { sessions.filter(\.hasAttendance) }

    /// Every role somebody came as, in the order of `Role.allCases`.
    public var rolesPresent: [Role] {
        Role.allCases.filter { role in sessions.contains { $0.attendance[role, default: 0] > 0 } }
    }

    /// Every role somebody came as or spoke as, in the order of `Role.allCases`.
    public var rolesHeard: [Role] {
        Role.allCases.filter { role in sessions.contains { $0.attendance[role, default: 0] > 0 || $0.speakingSeconds[role, default: 0] > 0 } }
    }

    /// Different people who came to at least one session.
    public var people: Int { visits.count }

    /// Different people who came to two sessions or more.
    public var peopleWhoCameBack: Int { visits.values.filter { $0 >= 2 }.count }

    /// Different experts by experience who came to at least one session.
    public var experts: Int { visits.keys.filter { $0.role == .expertByExperience }.count }

    /// Different experts by experience who came to two sessions or more.
    public var expertsWhoCameBack: Int { visits.filter { $0.key.role == .expertByExperience && $0.value >= 2 }.count }

    /// How many experts by experience came to 1 session, to 2 sessions and so on, by number of sessions.
    public var expertVisits: [(sessions: Int, experts: Int)] {
        let counts = Dictionary(grouping: visits.filter { $0.key.role == .expertByExperience }.values, by: { $0 }).mapValues(\.count)
        return counts.keys.sorted().map { (sessions: $0, experts: counts[$0] ?? 0) }
    }

    /// Places taken at sessions by role: a person who came to three sessions counts three times.
    public var attendances: [Role: Int] {
        sessions.reduce(into: [:]) { total, session in
            for (role, count) in session.attendance { total[role, default: 0] += count }
        }
    }

    /// Each role's share of the places taken at sessions, as whole percentages that add up to
    /// 100, for the roles in `roles`; empty when nobody came.
    public func placePercentages(_ roles: [Role]) -> [Role: Int] {
        Self.percentages(of: attendances.mapValues(Double.init), roles: roles)
    }

    /// Seconds of speaking time by role over the whole series.
    public var speakingSeconds: [Role: Double] {
        sessions.reduce(into: [:]) { total, session in
            for (role, seconds) in session.speakingSeconds { total[role, default: 0] += seconds }
        }
    }

    /// Each role's share of the speaking time over the whole series, as whole percentages that
    /// add up to 100, for the roles in `roles`; empty when nobody spoke.
    public func speakingPercentages(_ roles: [Role]) -> [Role: Int] {
        Self.percentages(of: speakingSeconds, roles: roles)
    }

    /// The actions raised at every session of the series.
    public var actions: SeriesRecord.ActionTally { sessions.reduce(SeriesRecord.ActionTally()) { $0 + $1.actions } }

    /// `values` of `roles` as whole percentages that add up to 100 (largest remainder, as the
    /// speaking-balance report rounds them); empty when they add up to nothing.
    static func percentages(of values: [Role: Double], roles: [Role]) -> [Role: Int] {
        let amounts = roles.map { values[$0] ?? 0 }
        guard amounts.contains(where: { $0 > 0 }) else { return [:] }
        return Dictionary(uniqueKeysWithValues: zip(roles, Percentages.largestRemainder(amounts)))
    }
}
