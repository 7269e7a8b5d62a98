import Foundation

/// Who spoke how much in a session: per person, per role and for the whole group.
///
/// The group is the participants given (everyone present); people who never spoke count as zero.
/// Formulas (n people, person i spoke for tᵢ seconds in kᵢ turns, T = Σ tᵢ):
/// - share sᵢ = tᵢ / T (0 when T = 0);
/// - role parity = (time share of the role) / (share of the people who have the role); 1 is fair;
/// - Gini coefficient G = Σᵢ Σⱼ |tᵢ − tⱼ| / (2 n² t̄), t̄ = T / n: 0 when everyone spoke equally,
///   (n − 1) / n when one person did all the talking;
/// - evenness J = H / ln n with H = −Σ sᵢ ln sᵢ (0 · ln 0 = 0): 1 when everyone spoke equally;
/// - turn count variance = Σ (kᵢ − k̄)² / n, the population variance.
/// Pure: no clock and no I/O; `now` is given, and running turns count up to it.
public struct BalanceMetrics: Sendable, Equatable {
    /// One person's figures.
    public struct Person: Sendable, Equatable {
        /// Who the figures are about.
        public var participant: Participant
        /// Seconds spoken in all turns.
        public var totalSeconds: Double
        /// Share of all speaking time, 0…1.
        public var share: Double
        /// Number of turns.
        public var turnCount: Int
        /// Mean turn length in seconds, or nil when the person has not spoken.
        public var meanSeconds: Double?
        /// Longest turn in seconds (0 when the person has not spoken).
        public var longestSeconds: Double
        /// Seconds since the person's last turn ended: 0 while speaking, nil when never spoken.
        public var secondsSinceLastSpoke: Double?
        /// How long the person's running turn has lasted, or nil when they are not speaking.
        public var runningSeconds: Double?

        /// Whether the person is speaking now.
        public var isSpeaking: Bool { runningSeconds != nil }
    }

    /// One role's figures.
    public struct RoleShare: Sendable, Equatable {
        /// The role the figures are about.
        public var role: Role
        /// People in the group with this role.
        public var peopleCount: Int
        /// Seconds spoken by people with the role.
        public var totalSeconds: Double
        /// Share of all speaking time, 0…1.
        public var timeShare: Double
        /// Share of the people in the group, 0…1.
        public var peopleShare: Double
        /// Time share over people share (1.0 is fair), or nil when nobody has spoken.
        public var parity: Double?
    }

    /// Every person in the group, in the order given.
    public var people: [Person]
    /// Every role someone in the group has, in the order of `Role.allCases`.
    public var roles: [RoleShare]
    /// All speaking time, in seconds.
    public var totalSeconds: Double
    /// All turns.
    public var turnCount: Int
    /// Inequality of speaking time, 0 (equal) to (n − 1) / n; nil when nobody has spoken.
    public var gini: Double?
    /// Normalised entropy of speaking time, 0…1 (1 is perfectly even); nil with fewer than two
    /// people or when nobody has spoken.
    public var evenness: Double?
    /// Population variance of the number of turns per person; nil when the group is empty.
    public var turnCountVariance: Double?

    /// Computes the figures for `participants` from `turns`, counting running turns up to `now`.
    /// Turns of people not listed are left out: list everyone present, and anyone who spoke
    /// without being marked present (the session store does).
    public init(participants: [Participant], turns: [Turn], now: Date) {
        var index: [PersonID: Int] = [:]
        var people: [Person] = []
        for participant in participants where index[participant.id] == nil {
            index[participant.id] = people.count
            people.append(Person(participant: participant, totalSeconds: 0, share: 0, turnCount: 0, meanSeconds: nil,
                                 longestSeconds: 0, secondsSinceLastSpoke: nil, runningSeconds: nil))
        }
        var lastEnd: [Date?] = Array(repeating: nil, count: people.count)
        for turn in turns {
            guard let position = index[turn.personID] else { continue }
            let seconds = turn.seconds(now: now)
            people[position].totalSeconds += seconds
            people[position].turnCount += 1
            people[position].longestSeconds = max(people[position].longestSeconds, seconds)
            if turn.end == nil { people[position].runningSeconds = seconds }
            let end = turn.end ?? now
            if lastEnd[position].map({ end > $0 }) ?? true { lastEnd[position] = end }
        }
        let total = people.reduce(0) { $0 + $1.totalSeconds }
        for position in people.indices {
            let person = people[position]
            people[position].share = total > 0 ? person.totalSeconds / total : 0
            people[position].meanSeconds = person.turnCount > 0 ? person.totalSeconds / Double(person.turnCount) : nil
            people[position].secondsSinceLastSpoke = person.isSpeaking ? 0 : lastEnd[position].map { max(0, now.timeIntervalSince($0)) }
        }
        self.people = people
        self.totalSeconds = total
        self.turnCount = people.reduce(0) { $0 + $1.turnCount }
        self.roles = Role.allCases.compactMap { role in
            let members = people.filter { $0.participant.role == role }
            guard !members.isEmpty else { return nil }
            let seconds = members.reduce(0) { $0 + $1.totalSeconds }
            let timeShare = total > 0 ? seconds / total : 0
            let peopleShare = Double(members.count) / Double(people.count)
            return RoleShare(role: role, peopleCount: members.count, totalSeconds: seconds, timeShare: timeShare,
                             peopleShare: peopleShare, parity: total > 0 ? timeShare / peopleShare : nil)
        }
        let times = people.map(\.totalSeconds)
        self.gini = Self.gini(times)
        self.evenness = Self.evenness(times)
        self.turnCountVariance = Self.variance(people.map { Double($0.turnCount) })
    }

    /// The person speaking now, if any.
    public var currentSpeaker: Person? { people.first(where: \.isSpeaking) }

    /// People in the group who have not spoken, in the order given.
    public var notHeardYet: [Participant] { people.filter { $0.turnCount == 0 }.map(\.participant) }

    /// Who to invite next, in the spirit of a progressive stack: someone not heard yet first
    /// (in the order given), otherwise the person with the least speaking time (ties: the one
    /// who has waited longest). Never the person speaking now; nil when nobody else is here.
    public var inviteNext: Participant? {
        let candidates = people.filter { !$0.isSpeaking }
        if let silent = candidates.first(where: { $0.turnCount == 0 }) { return silent.participant }
        return candidates.min { a, b in
            if a.totalSeconds != b.totalSeconds { return a.totalSeconds < b.totalSeconds }
            return (a.secondsSinceLastSpoke ?? 0) > (b.secondsSinceLastSpoke ?? 0)
        }?.participant
    }

    /// Each person's share of time as whole percentages that add up to 100 (largest remainder).
    public var personPercentages: [Int] { Percentages.largestRemainder(people.map(\.totalSeconds)) }

    /// Each role's share of time as whole percentages that add up to 100, in the order of `roles`.
    public var roleTimePercentages: [Int] { Percentages.largestRemainder(roles.map(\.totalSeconds)) }

    /// Each role's share of the people as whole percentages that add up to 100, in the order of `roles`.
    public var rolePeoplePercentages: [Int] { Percentages.largestRemainder(roles.map { Double($0.peopleCount) }) }

    /// G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄), computed from the sorted values as
    /// (2 Σᵢ i·x₍ᵢ₎) / (n Σ x) − (n + 1) / n with i counted from 1.
    static func gini(_ values: [Double]) -> Double? {
        let total = values.reduce(0, +)
        guard !values.isEmpty, total > 0 else { return nil }
        let n = Double(values.count)
        let weighted = values.sorted().enumerated().reduce(0.0) { $0 + Double($1.offset + 1) * $1.element }
        return max(0, 2 * weighted / (n * total) - (n + 1) / n)
    }

    /// J = H / ln n, H = −Σ sᵢ ln sᵢ.
    static func evenness(_ values: [Double]) -> Double? {
        let total = values.reduce(0, +)
        guard values.count >= 2, total > 0 else { return nil }
        let entropy = values.reduce(0.0) { sum, value in
            guard value > 0 else { return sum }
            let share = value / total
            return sum - share * log(share)
        }
        return entropy / log(Double(values.count))
    }

    /// Σ (xᵢ − x̄)² / n.
    static func variance(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let mean = values.reduce(0, +) / Double(values.count)
        return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
    }
}
