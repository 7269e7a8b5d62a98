import Documents

/// The times of an agenda worked out: when each item starts and ends, how the items fit the
/// slot, and which fixed times cannot be kept.
public struct Schedule: Sendable, Equatable {
    /// When one item runs, and the spare time left before it to reach a fixed start.
    public struct Slot: Sendable, Equatable {
        /// The item's index in the agenda.
        public var item: Int
        /// When the item starts.
        public var start: ClockTime
        /// When the item ends.
        public var end: ClockTime
        /// Spare minutes before the item, left so that a fixed-time item starts on time.
        public var gapBefore: Int
    }

    /// An item that cannot start at its fixed time because what comes before runs later.
    public struct Clash: Sendable, Equatable {
        /// The item with the fixed time.
        public var item: Int
        /// The item before it, or nil when the fixed time is before the session starts.
        public var previous: Int?
        /// The time the item should start at.
        public var fixed: ClockTime
        /// The earliest time it can start.
        public var earliest: ClockTime
    }

    /// One slot for each item, in order.
    public var slots: [Slot]
    /// The fixed start times that cannot be kept.
    public var clashes: [Clash]
    /// When the slot starts.
    public var sessionStart: ClockTime
    /// When the slot ends.
    public var sessionEnd: ClockTime

    /// Works out the times of `agenda`; refuses a plan that runs past midnight.
    public init(_ agenda: Agenda) throws(ReadError) {
        sessionStart = agenda.start
        sessionEnd = agenda.end
        slots = []
        clashes = []
        var cursor = agenda.start.minutes
        for (index, item) in agenda.items.enumerated() {
            var gap = 0
            if let fixed = item.startsAt {
                if fixed.minutes >= cursor {
                    gap = fixed.minutes - cursor
                    cursor = fixed.minutes
                } else if let earliest = ClockTime(minutes: cursor) {
                    clashes.append(Clash(item: index, previous: index > 0 ? index - 1 : nil, fixed: fixed, earliest: earliest))
                }
            }
            guard let start = ClockTime(minutes: cursor), let end = ClockTime(minutes: cursor + item.minutes) else {
                let from = ClockTime(minutes: min(cursor, ClockTime.dayLength)).map { " (from \($0))" } ?? ""
                throw ReadError(file: agenda.file, position: item.position,
                                problem: "The item '\(item.title)'\(from) would run past midnight.",
                                advice: "Roundtable plans sessions that end on the day they start: shorten the items, start earlier, or split the session in two.")
            }
            slots.append(Slot(item: index, start: start, end: end, gapBefore: gap))
            cursor = end.minutes
        }
    }

    /// When the last item ends.
    public var finish: ClockTime { slots.last?.end ?? sessionStart }

    /// The minutes the items themselves take.
    public var itemMinutes: Int { slots.reduce(0) { $0 + ($1.end.minutes - $1.start.minutes) } }

    /// The minutes by which the items run past the end of the slot (0 when they fit).
    public var overrun: Int { max(0, finish.minutes - sessionEnd.minutes) }

    /// The spare minutes in the slot: gaps before fixed items plus the time left at the end.
    public var slack: Int {
        slots.reduce(0) { $0 + $1.gapBefore } + max(0, sessionEnd.minutes - finish.minutes)
    }

    /// One sentence on how the items fit the slot, such as
    /// "The items take 115 minutes of the 120-minute slot (10:00 to 12:00), leaving 5 minutes spare."
    public var summary: String {
        let slot = sessionEnd.minutes - sessionStart.minutes
        let head = "The items take \(itemMinutes) minutes of the \(slot)-minute slot (\(sessionStart) to \(sessionEnd))"
        if overrun > 0 { return head + " and run \(overrun) minutes over, finishing at \(finish)." }
        if slack == 0 { return head + ", with no time to spare." }
        return head + ", leaving \(slack) minute\(slack == 1 ? "" : "s") spare."
    }
}
