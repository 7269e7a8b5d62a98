import Foundation

/// A time of day to the minute on the 24-hour clock, as written in an agenda ("10:00").
public struct ClockTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Minutes since midnight: 0 is 00:00 and 1440 is the midnight that ends the day.
    public let minutes: Int

    /// The time `minutes` after midnight, or nil outside the day (0…1440).
    public init?(minutes: Int) {
        guard (0...ClockTime.dayLength).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// Reads `H:MM` or `HH:MM` on the 24-hour clock (`9:30`, `14:00`), or returns nil.
    public init?(text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hours = Int(parts[0]), let minutes = Int(parts[1]),
              (0...23).contains(hours), (0...59).contains(minutes) else { return nil }
        self.minutes = hours * 60 + minutes
    }

    /// The number of minutes in a day.
    public static let dayLength = 24 * 60

    /// 00:00, the start of the day.
    public static let midnight = ClockTime(known: 0)

    /// A time already known to be in the day.
    private init(known minutes: Int) {
        self.minutes = minutes
    }

    /// The hour, 0…24.
    public var hour: Int { minutes / 60 }
    /// The minute of the hour, 0…59.
    public var minute: Int { minutes % 60 }

    /// `10:00`, `09:05`.
    public var description: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    /// Earlier times come first.
    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutes < rhs.minutes }
}
