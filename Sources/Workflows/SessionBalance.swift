import Foundation
import SessionStore
import SpeakingTurns

/// The speaking balance of a session's turns as read from the store.
extension SessionTurns {
    /// The speaking-balance report of these turns: as of `now`, when a running turn should count
    /// up to it, or, when `now` is nil, as of the last moment recorded, so that the same session
    /// always gives the same report. Nil when nobody has spoken and no moment is given.
    public func balanceReport(now: Date?) -> BalanceReport? {
        guard let moment = now ?? turns.map({ $0.end ?? $0.start }).max() else { return nil }
        return BalanceReport(session: session, metrics: metrics(now: moment), interruptedTurns: interruptedCount)
    }
}
