import Foundation
import PlainLanguage

/// The last few check reports, kept in memory so their documents can be downloaded from the
/// results page. Nothing is written to disk; reports go after an hour, the oldest first when
/// there are more than `capacity`, and all of them when the server stops.
actor RecentChecks {
    /// How many reports are kept at most.
    let capacity: Int
    /// How long a report is kept, in seconds.
    let lifetime: TimeInterval
    private var reports: [(id: String, report: CheckReport, added: Date)] = []

    init(capacity: Int = 20, lifetime: TimeInterval = 3600) {
        self.capacity = capacity
        self.lifetime = lifetime
    }

    /// Keeps `report` and returns the id of its downloads: 32 random hexadecimal digits, so
    /// nobody can guess another person's report.
    func add(_ report: CheckReport, now: Date = Date()) -> String {
        forgetOld(now: now)
        let id = RandomToken.hex(bytes: 16)
        reports.append((id, report, now))
        if reports.count > capacity { reports.removeFirst(reports.count - capacity) }
        return id
    }

    /// The report with `id`, if it is still kept.
    func report(_ id: String, now: Date = Date()) -> CheckReport? {
        forgetOld(now: now)
        return reports.first { $0.id == id }?.report
    }

    private func forgetOld(now: Date) {
        reports.removeAll { now.timeIntervalSince($0.added) > lifetime }
    }
}
