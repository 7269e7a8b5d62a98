import PropertyBased
import SpeakingTurns
import Testing

/// The percentages a balance report shows add up to 100 whatever the speaking times.
@Suite struct PercentagesPropertyTests {
    /// Speaking times in seconds, with many zeros (people who did not speak) and some values a
    /// broken clock could give: negative, infinite, not a number.
    static let seconds = zip(Gen.int(in: 0...9), Gen.double(in: 0...36_000)).map { kind, value -> Double in
        switch kind {
        case 0, 1: return 0
        case 2: return -value
        case 3: return [Double.infinity, -.infinity, .nan, .ulpOfOne][Int(value) % 4]
        default: return value
        }
    }

    @Test func percentagesSumTo100WheneverAnyoneSpoke() async {
        await propertyCheck(count: 500, input: Self.seconds.array(of: 1...15)) { times in
            let percentages = Percentages.largestRemainder(times)
            let counted = times.map { $0.isFinite && $0 > 0 ? $0 : 0 }
            let total = counted.reduce(0, +)
            #expect(percentages.count == times.count)
            #expect(percentages.reduce(0, +) == (total > 0 ? 100 : 0), "\(times) gave \(percentages)")
            for (share, time) in zip(percentages, counted) {
                // Each percentage is its exact share rounded down or up, never further off.
                let exact = total > 0 ? time / total * 100 : 0
                #expect(Double(share) >= exact.rounded(.down) && Double(share) <= exact.rounded(.down) + 1,
                        "\(time) of \(total) seconds shown as \(share) %")
            }
        }
    }
}
