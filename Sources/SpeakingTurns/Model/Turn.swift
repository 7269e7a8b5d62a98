import Foundation

/// How a turn was recorded.
public enum TurnSource: String, CaseIterable, Sendable, Codable {
    /// By a key press in the live view.
    case live
    /// By a typed command such as `roundtable turns start`.
    case manual
    /// From a Zoom or Teams transcript.
    case imported

    /// The source in words, for lists.
    public var name: String {
        switch self {
        case .live: return "live"
        case .manual: return "typed"
        case .imported: return "transcript"
        }
    }
}

/// One person speaking, from a start to an end.
public struct Turn: Sendable, Equatable {
    /// The store's number for the turn.
    public var id: Int64
    /// Who spoke.
    public var personID: PersonID
    /// When the turn began.
    public var start: Date
    /// When the turn ended, or nil while the person is still speaking.
    public var end: Date?
    /// How the turn was recorded.
    public var source: TurnSource
    /// True when the turn was closed after the tracker stopped unexpectedly, at the last moment
    /// it was known to be running.
    public var interrupted: Bool

    /// Creates a turn.
    public init(id: Int64, personID: PersonID, start: Date, end: Date? = nil, source: TurnSource, interrupted: Bool = false) {
        self.id = id
        self.personID = personID
        self.start = start
        self.end = end
        self.source = source
        self.interrupted = interrupted
    }

    /// The longest a turn counts for, in seconds: one week. A turn is never really this long; a
    /// longer one (or an impossible time in a damaged or hand-edited database) counts as this
    /// long, so that sums, shares and clocks stay ordinary numbers.
    public static let longestCountedSeconds: Double = 7 * 24 * 3600

    /// The turn's length in seconds, counting a running turn up to `now`; never negative and
    /// never more than `longestCountedSeconds`.
    public func seconds(now: Date) -> Double {
        let length = (end ?? now).timeIntervalSince(start)
        guard !length.isNaN else { return 0 }
        return min(max(0, length), Self.longestCountedSeconds)
    }
}
