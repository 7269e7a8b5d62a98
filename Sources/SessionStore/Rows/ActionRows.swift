import Foundation
import GRDB
import SpeakingTurns

/// An action's status as the `actions` table spells it.
enum ActionState: String, Codable {
    case open
    case done
    case notPossible = "not-possible"

    /// The status, with the text a done or impossible action carries.
    func status(weDid: String?, reason: String?) -> ActionStatus {
        switch self {
        case .open: return .open
        case .done: return .done(whatChanged: weDid ?? "")
        case .notPossible: return .notPossible(reason: reason ?? "")
        }
    }
}

/// A row of `actions`. Times are seconds since 1970; dates are ISO dates.
struct ActionRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "actions"

    var id: ActionID?
    var sessionId: SessionID
    var raisedByRole: Role
    var raisedByPersonId: PersonID?
    var raised: String
    var action: String
    var owner: String
    var due: String
    var status: ActionState
    var reason: String?
    var weDid: String?
    var createdAt: TimeInterval
    var updatedAt: TimeInterval

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A row of `actionHistory`: an action as it stood after one change.
struct ActionHistoryRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "actionHistory"

    var id: Int64?
    var actionId: ActionID
    var state: ActionState
    var reason: String?
    var weDid: String?
    var due: String
    /// Seconds since 1970.
    var changedAt: TimeInterval

    enum CodingKeys: String, CodingKey {
        case id, actionId, state = "status", reason, weDid, due, changedAt
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let actionId = Column(CodingKeys.actionId)
    }

    /// `action` as it stands now, recorded at `now`.
    init(of action: ActionRow, at now: Date) {
        id = nil
        actionId = action.id ?? 0
        state = action.status
        reason = action.reason
        weDid = action.weDid
        due = action.due
        changedAt = now.timeIntervalSince1970
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
