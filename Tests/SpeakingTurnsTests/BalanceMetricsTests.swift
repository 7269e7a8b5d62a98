import Foundation
import SpeakingTurns
import Testing

/// Every expected value below is worked out by hand in the comment above it.
@Suite struct BalanceMetricsTests {
    let ada = Participant(id: 1, displayName: "Ada", role: .expertByExperience)
    let ben = Participant(id: 2, displayName: "Ben", role: .professional)
    let cat = Participant(id: 3, displayName: "Cat", role: .professional)
    let dev = Participant(id: 4, displayName: "Dev", role: .facilitator)

    func at(_ seconds: Double) -> Date { Date(timeIntervalSince1970: 1_000_000 + seconds) }

    func turn(_ person: Participant, _ start: Double, _ end: Double?) -> Turn {
        Turn(id: 0, personID: person.id, start: at(start), end: end.map(at), source: .manual)
    }

    @Test func allSilentHasNoSharesAndNoInequalityFigures() {
        // Nobody spoke: T = 0, so every share is 0 and G and J (which divide by T) are undefined.
        // Turn counts (0, 0, 0): mean 0, variance 0.
        let metrics = BalanceMetrics(participants: [ada, ben, cat], turns: [], now: at(100))
        #expect(metrics.totalSeconds == 0)
        #expect(metrics.people.map(\.share) == [0, 0, 0])
        #expect(metrics.gini == nil)
        #expect(metrics.evenness == nil)
        #expect(metrics.turnCountVariance == 0)
        #expect(metrics.personPercentages == [0, 0, 0])
        #expect(metrics.roles.map(\.parity) == [nil, nil])
        #expect(metrics.notHeardYet == [ada, ben, cat])
        #expect(metrics.inviteNext == ada)
        #expect(metrics.people.map(\.secondsSinceLastSpoke) == [nil, nil, nil])
    }

    @Test func oneSpeakerTakesAllTheTime() {
        // Ada speaks 0–60 s; Ben and Cat are silent; now = 100 s.
        // Times (60, 0, 0), T = 60, shares (1, 0, 0).
        // G = Σᵢ Σⱼ |tᵢ − tⱼ| / (2 n² t̄): the ordered pairs with Ada give 4 × 60 = 240;
        //     t̄ = 20, 2 × 9 × 20 = 360; G = 240 / 360 = 2/3 = (n − 1) / n.
        // J = H / ln 3 with H = −1 × ln 1 = 0, so J = 0.
        // Turn counts (1, 0, 0): mean 1/3; variance ((2/3)² + (1/3)² + (1/3)²) / 3 = (6/9) / 3 = 2/9.
        // Roles: experts 1 person of 3 (1/3) with all the time: parity 1 / (1/3) = 3;
        //        professionals 2 of 3 with none: parity 0.
        // People percentages by largest remainder: 33.33 and 66.67 floor to 33 + 66 = 99; the
        //        missing point goes to the larger remainder (.67): 33 and 67.
        let metrics = BalanceMetrics(participants: [ada, ben, cat], turns: [turn(ada, 0, 60)], now: at(100))
        #expect(metrics.totalSeconds == 60)
        #expect(metrics.people[0].share == 1)
        #expect(metrics.people[0].meanSeconds == 60)
        #expect(metrics.people[0].longestSeconds == 60)
        #expect(metrics.people[0].secondsSinceLastSpoke == 40)
        #expect(abs((metrics.gini ?? -1) - 2.0 / 3.0) < 1e-12)
        #expect(metrics.evenness == 0)
        #expect(abs((metrics.turnCountVariance ?? -1) - 2.0 / 9.0) < 1e-12)
        #expect(metrics.roles.map(\.role) == [.expertByExperience, .professional])
        #expect(abs((metrics.roles[0].parity ?? -1) - 3) < 1e-12)
        #expect(metrics.roles[1].parity == 0)
        #expect(metrics.personPercentages == [100, 0, 0])
        #expect(metrics.rolePeoplePercentages == [33, 67])
        #expect(metrics.roleTimePercentages == [100, 0])
        #expect(metrics.notHeardYet == [ben, cat])
        #expect(metrics.inviteNext == ben)
    }

    @Test func equalSpeakersAreFair() {
        // Ada 0–30 s, Ben 30–60 s: times (30, 30), shares (½, ½).
        // G: |30 − 30| = 0 for every pair, so 0. H = −2 × ½ ln ½ = ln 2; J = ln 2 / ln 2 = 1.
        // Turn counts (1, 1): variance 0. Percentages 50 and 50.
        // Roles: each 1 of 2 people (½) with ½ the time: parity 1.
        let metrics = BalanceMetrics(participants: [ada, ben], turns: [turn(ada, 0, 30), turn(ben, 30, 60)], now: at(60))
        #expect(metrics.gini == 0)
        #expect(abs((metrics.evenness ?? -1) - 1) < 1e-12)
        #expect(metrics.turnCountVariance == 0)
        #expect(metrics.personPercentages == [50, 50])
        #expect(metrics.roles.map(\.parity) == [1, 1])
        #expect(metrics.notHeardYet.isEmpty)
    }

    @Test func unevenGroupOfFour() {
        // Times 10, 20, 30, 40 s in 1, 2, 3, 4 turns (T = 100, shares .1 .2 .3 .4).
        // G: unordered differences 10+20+30+10+20+10 = 100, ordered 200; t̄ = 25,
        //    2 × 16 × 25 = 800; G = 200 / 800 = 0.25.
        // H = .1 × 2.302585 + .2 × 1.609438 + .3 × 1.203973 + .4 × 0.916291 = 1.279854;
        //    ln 4 = 1.386294; J = 0.923220.
        // Turn counts 1, 2, 3, 4: mean 2.5; (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25.
        // Roles: expert 10 % of time, 25 % of people → parity 0.4; professionals (Ben, Cat) 50 % of
        //    time, 50 % of people → 1; facilitator 40 % of time, 25 % of people → 1.6.
        // Ada's mean turn 10 s; Dev's 40 / 4 = 10 s, longest 10 s.
        var turns: [Turn] = [turn(ada, 0, 10)]
        turns += [turn(ben, 10, 20), turn(ben, 20, 30)]
        turns += [turn(cat, 30, 40), turn(cat, 40, 50), turn(cat, 50, 60)]
        turns += [turn(dev, 60, 70), turn(dev, 70, 80), turn(dev, 80, 90), turn(dev, 90, 100)]
        let metrics = BalanceMetrics(participants: [ada, ben, cat, dev], turns: turns, now: at(100))
        #expect(metrics.people.map(\.totalSeconds) == [10, 20, 30, 40])
        #expect(metrics.turnCount == 10)
        #expect(abs((metrics.gini ?? -1) - 0.25) < 1e-12)
        #expect(abs((metrics.evenness ?? -1) - 0.923220) < 1e-6)
        #expect(metrics.turnCountVariance == 1.25)
        #expect(metrics.roles.map(\.role) == [.expertByExperience, .professional, .facilitator])
        let parities = metrics.roles.map { $0.parity ?? -1 }
        #expect(zip(parities, [0.4, 1, 1.6]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(metrics.people[3].meanSeconds == 10)
        #expect(metrics.people[3].longestSeconds == 10)
        #expect(metrics.personPercentages == [10, 20, 30, 40])
        // Everyone has spoken: the least time is Ada's.
        #expect(metrics.inviteNext == ada)
    }

    @Test func runningTurnCountsUpToNowAndIsNeverInvited() {
        // Ada 0–20 s; Ben has been speaking since 50 s; now = 80 s: Ben 30 s and speaking.
        // Cat silent, so Cat is invited next; Ada last spoke 60 s ago.
        let metrics = BalanceMetrics(participants: [ada, ben, cat], turns: [turn(ada, 0, 20), turn(ben, 50, nil)], now: at(80))
        #expect(metrics.currentSpeaker?.participant == ben)
        #expect(metrics.people[1].totalSeconds == 30)
        #expect(metrics.people[1].secondsSinceLastSpoke == 0)
        #expect(metrics.people[0].secondsSinceLastSpoke == 60)
        #expect(metrics.inviteNext == cat)
    }

    @Test func inviteNextPrefersLeastTimeThenLongestWait() {
        // Ada 0–10 s, Ben 10–20 s, Cat 20–50 s; now 50 s. Ada and Ben tie on 10 s; Ada has waited
        // 40 s and Ben 30 s, so Ada is invited.
        let metrics = BalanceMetrics(participants: [ada, ben, cat], turns: [turn(ada, 0, 10), turn(ben, 10, 20), turn(cat, 20, 50)], now: at(50))
        #expect(metrics.inviteNext == ada)
    }

    @Test func turnsOfPeopleNotListedAreIgnored() {
        let metrics = BalanceMetrics(participants: [ada], turns: [turn(ben, 0, 10), turn(ada, 10, 15)], now: at(20))
        #expect(metrics.totalSeconds == 5)
        #expect(metrics.people.count == 1)
    }

    @Test(arguments: [
        // 1/3 each: 33.33 floors to 33 × 3 = 99; equal remainders and values, so the first gets the point.
        ([1.0, 1, 1], [34, 33, 33]),
        // 1/3 and 2/3: 33 + 66 = 99; .67 > .33, so the second gets it.
        ([1.0, 2], [33, 67]),
        // 1/7 each: 14.29 × 7 floors to 98; two points go to the first two.
        ([1.0, 1, 1, 1, 1, 1, 1], [15, 15, 14, 14, 14, 14, 14]),
        ([0.0, 0], [0, 0]),
        ([5.0, 0], [100, 0]),
    ] as [([Double], [Int])])
    func largestRemainderPercentagesSumToHundred(values: [Double], expected: [Int]) {
        #expect(Percentages.largestRemainder(values) == expected)
    }

    @Test func durationsReadAsClockAndWords() {
        #expect(Durations.clock(7.9) == "0:07")
        #expect(Durations.clock(133) == "2:13")
        #expect(Durations.clock(3733) == "1:02:13")
        #expect(Durations.words(45) == "45 seconds")
        #expect(Durations.words(245) == "4 minutes 5 seconds")
        #expect(Durations.words(5520) == "1 hour 32 minutes")
    }

    @Test func keysSkipUAndQAndActionsAreRead() {
        let people = (1...35).map { Participant(id: PersonID($0), displayName: "P\($0)", role: .guest) }
        let keys = SpeakerKeys(participants: people)
        #expect(keys.assigned.count == 33)
        #expect(keys.withoutKey.map(\.id) == [34, 35])
        #expect(!keys.assigned.map(\.key).contains("u"))
        #expect(!keys.assigned.map(\.key).contains("q"))
        #expect(keys.key(of: 10) == "a")
        #expect(keys.action(for: "A") == .startTurn(10))
        #expect(keys.action(for: " ") == .endTurn)
        #expect(keys.action(for: "u") == .undo)
        #expect(keys.action(for: "q") == .quit)
        #expect(keys.action(for: "!") == nil)
    }
}
