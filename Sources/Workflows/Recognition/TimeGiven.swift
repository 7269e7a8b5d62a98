import SessionStore

/// Reading what a person types for the time they gave: `30m`, `1h`, `1h30m`, `1 hour 30 minutes`,
/// or a plain number of minutes such as `45`.
public enum TimeGiven {
    /// The minutes in `text`, or the problem naming it.
    public static func minutes(_ text: String) throws(TimeGivenProblem) -> Int {
        let compact = text.lowercased().filter { !$0.isWhitespace }
        guard !compact.isEmpty else { throw TimeGivenProblem(text: text) }
        var total = 0
        var rest = Substring(compact)
        var sawHours = false
        var parts = 0
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 5, let number = Int(digits) else { throw TimeGivenProblem(text: text) }
            rest = rest.dropFirst(digits.count)
            let unit = rest.prefix { $0.isLetter }
            rest = rest.dropFirst(unit.count)
            parts += 1
            switch unit {
            case "h", "hr", "hrs", "hour", "hours":
                guard !sawHours, parts == 1 else { throw TimeGivenProblem(text: text) }
                sawHours = true
                total += number * 60
            case "m", "min", "mins", "minute", "minutes", "":
                // A bare number is minutes, alone or after hours (1h30).
                guard unit != "" || parts == 1 || sawHours, rest.isEmpty else { throw TimeGivenProblem(text: text) }
                total += number
            default:
                throw TimeGivenProblem(text: text)
            }
        }
        return total
    }
}

/// Typed text that is not a length of time.
public struct TimeGivenProblem: Error, Sendable, Equatable {
    /// What was typed.
    public let text: String

    /// The problem and what to write instead.
    public var message: String {
        "'\(text)' is not a length of time Roundtable can read. Write it as minutes or hours, for example 30m, 1h or 1h30m."
    }
}
