/// Speaking time as people read it.
package enum Durations {
    /// The longest time shown, in seconds (999,999 hours); anything longer, or not a number, is
    /// shown as this or as 0, so turning it into whole seconds can never overflow.
    package static let longestShown: Double = 999_999 * 3600

    /// `seconds` as whole seconds, within 0…`longestShown`.
    private static func wholeSeconds(_ seconds: Double, _ rule: FloatingPointRoundingRule) -> Int {
        Int(min(max(0, seconds.isNaN ? 0 : seconds), longestShown).rounded(rule))
    }

    /// A clock: `0:07`, `2:13`, `1:02:13`.
    package static func clock(_ seconds: Double) -> String {
        let whole = wholeSeconds(seconds, .down)
        let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
        let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(rest))" : "\(minutes):\(two(rest))"
    }

    /// Words: "45 seconds", "4 minutes 5 seconds", "1 hour 32 minutes".
    package static func words(_ seconds: Double) -> String {
        let whole = wholeSeconds(seconds, .toNearestOrAwayFromZero)
        let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
        func unit(_ count: Int, _ name: String) -> String { "\(count) \(name)\(count == 1 ? "" : "s")" }
        if hours > 0 { return minutes > 0 ? "\(unit(hours, "hour")) \(unit(minutes, "minute"))" : unit(hours, "hour") }
        if minutes > 0 { return rest > 0 ? "\(unit(minutes, "minute")) \(unit(rest, "second"))" : unit(minutes, "minute") }
        return unit(rest, "second")
    }
}
