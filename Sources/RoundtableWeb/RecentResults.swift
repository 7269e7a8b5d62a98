import Foundation

/// The last few results a page made (a check report, a resource pack), kept in memory so their
/// documents can be downloaded from the page that shows them. Nothing is written to disk;
/// results go after an hour, the oldest first when there are more than `capacity`, and all of
/// them when the server stops.
actor RecentResults<Result: Sendable> {
    /// How many results are kept at most.
    let capacity: Int
    /// How long a result is kept, in seconds.
    let lifetime: TimeInterval
    private var results: [(id: String, result: Result, added: Date)] = []

    init(capacity: Int = 20, lifetime: TimeInterval = 3600) {
        self.capacity = capacity
        self.lifetime = lifetime
    }

    /// Keeps `result` and returns the id of its downloads: 32 random hexadecimal digits, so
    /// nobody can guess another person's.
    func add(_ result: Result, now: Date = Date()) -> String {
        forgetOld(now: now)
        let id = RandomToken.hex(bytes: 16)
        results.append((id, result, now))
        if results.count > capacity { results.removeFirst(results.count - capacity) }
        return id
    }

    /// The result with `id`, if it is still kept.
    func result(_ id: String, now: Date = Date()) -> Result? {
        forgetOld(now: now)
        return results.first { $0.id == id }?.result
    }

    private func forgetOld(now: Date) {
        results.removeAll { now.timeIntervalSince($0.added) > lifetime }
    }
}
