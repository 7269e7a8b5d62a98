import Documents
import Foundation
import GRDB
import SpeakingTurns

/// The number that identifies an action in the session store.
public typealias ActionID = Int64

/// Where an action stands: still to do, done (with what changed), or not possible (with why).
public enum ActionStatus: Sendable, Equatable {
    /// Still to do.
    case open
    /// Done; `whatChanged` is the "we did" people are told.
    case done(whatChanged: String)
    /// It cannot be done; `reason` says why, so people are not left guessing.
    case notPossible(reason: String)

    /// Whether the action is still to do.
    public var isOpen: Bool { self == .open }

    /// The status in words, for a sentence or a table: "open", "done", "not possible".
    public var word: String {
        switch self {
        case .open: return "open"
        case .done: return "done"
        case .notPossible: return "not possible"
        }
    }
}

/// An action to record: what someone raised at a session, and what will be done about it.
public struct NewAction: Sendable, Equatable {
    /// The session it was raised at.
    public var session: SessionID
    /// The role of the person who raised it.
    public var raisedByRole: Role
    /// The person who raised it, if known; named in published documents only with their consent.
    public var raisedBy: PersonID?
    /// What was raised, in the words people used.
    public var raised: String
    /// What will be done about it.
    public var action: String
    /// Who will do it: a team or a role, such as "Housing options team".
    public var owner: String
    /// The day it should be done by.
    public var due: CalendarDate

    /// Creates an action to record.
    public init(session: SessionID, raisedByRole: Role, raisedBy: PersonID? = nil, raised: String, action: String,
                owner: String, due: CalendarDate) {
        self.session = session
        self.raisedByRole = raisedByRole
        self.raisedBy = raisedBy
        self.raised = raised
        self.action = action
        self.owner = owner
        self.due = due
    }
}

/// An action as the store keeps it.
public struct SessionAction: Sendable, Equatable {
    /// The store's number for the action.
    public var id: ActionID
    /// The session it was raised at.
    public var session: SessionDetails
    /// The role of the person who raised it.
    public var raisedByRole: Role
    /// The person who raised it, with their current consent to be named, if known.
    public var raisedBy: Participant?
    /// What was raised.
    public var raised: String
    /// What will be done about it.
    public var action: String
    /// Who will do it.
    public var owner: String
    /// The day it should be done by.
    public var due: CalendarDate
    /// Where it stands.
    public var status: ActionStatus
    /// When it was recorded.
    public var createdAt: Date
    /// When it last changed.
    public var updatedAt: Date

    /// Creates an action as the store would read it, for a pack or agenda made without a store.
    public init(id: ActionID, session: SessionDetails, raisedByRole: Role, raisedBy: Participant? = nil, raised: String, action: String,
                owner: String, due: CalendarDate, status: ActionStatus, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.session = session
        self.raisedByRole = raisedByRole
        self.raisedBy = raisedBy
        self.raised = raised
        self.action = action
        self.owner = owner
        self.due = due
        self.status = status
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// A change to an action: a new status, a new due date, or both.
public struct ActionUpdate: Sendable, Equatable {
    /// The new status, or nil to keep it.
    public var status: ActionStatus?
    /// The new due date, or nil to keep it.
    public var due: CalendarDate?

    /// Creates a change.
    public init(status: ActionStatus? = nil, due: CalendarDate? = nil) {
        self.status = status
        self.due = due
    }
}

/// An action as it stood after one change; the first entry is how it was recorded.
public struct ActionHistoryEntry: Sendable, Equatable {
    /// Its status after the change.
    public var status: ActionStatus
    /// Its due date after the change.
    public var due: CalendarDate
    /// When the change was recorded.
    public var changedAt: Date
}

/// Which actions to read.
public enum ActionSelection: Sendable, Equatable {
    /// Every action.
    case every
    /// The actions raised at one session.
    case raisedAt(SessionID)
    /// The actions raised at sessions dated before this day, for the next session's agenda.
    case raisedBefore(CalendarDate)
    /// The actions raised at this session or at sessions dated before it, for its pack.
    case raisedUpTo(SessionDetails)
}

/// A part of an action that must not be empty, for the error that says which one is.
public enum ActionField: String, Sendable, Equatable {
    /// What was raised.
    case raised
    /// What will be done.
    case action
    /// Who will do it.
    case owner
    /// What changed, for a done action.
    case whatChanged
    /// Why it is not possible.
    case reason

    /// The part in words, for a message.
    public var words: String {
        switch self {
        case .raised: return "what was raised"
        case .action: return "what will be done"
        case .owner: return "who will do it"
        case .whatChanged: return "what changed"
        case .reason: return "why it is not possible"
        }
    }
}

extension SessionStore {
    /// Records an action raised at a session, open, and returns it with its number. Empty text is
    /// refused, and so is a person or session the store does not know.
    public func addAction(_ new: NewAction, now: Date) throws(StoreError) -> SessionAction {
        try write { db in
            _ = try session(new.session, db)
            if let person = new.raisedBy { _ = try participant(person, db) }
            var row = ActionRow(sessionId: new.session, raisedByRole: new.raisedByRole, raisedByPersonId: new.raisedBy,
                                raised: try Self.filled(new.raised, .raised), action: try Self.filled(new.action, .action),
                                owner: try Self.filled(new.owner, .owner), due: new.due.iso, status: .open,
                                createdAt: now.timeIntervalSince1970, updatedAt: now.timeIntervalSince1970)
            try row.insert(db)
            var history = ActionHistoryRow(of: row, at: now)
            try history.insert(db)
            return try action(row, db)
        }
    }

    /// The action with this number.
    public func action(_ id: ActionID) throws(StoreError) -> SessionAction {
        try read { db in try action(id, db) }
    }

    /// The actions `selection` names, open ones only when `openOnly`: by the date of the session
    /// they were raised at (sessions without a date last), then in the order they were recorded.
    public func actions(_ selection: ActionSelection, openOnly: Bool = false) throws(StoreError) -> [SessionAction] {
        try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            switch selection {
            case .every:
                break
            case .raisedAt(let session):
                conditions.append("actions.sessionId = ?")
                arguments += [session]
            case .raisedBefore(let day):
                conditions.append("session.date < ?")
                arguments += [day.iso]
            case .raisedUpTo(let session):
                if let day = session.date {
                    conditions.append("(actions.sessionId = ? OR session.date < ?)")
                    arguments += [session.id, day.iso]
                } else {
                    conditions.append("actions.sessionId = ?")
                    arguments += [session.id]
                }
            }
            if openOnly { conditions.append("actions.status = 'open'") }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let sql = """
                SELECT actions.* FROM actions JOIN session ON session.id = actions.sessionId \(filter)
                ORDER BY session.date IS NULL, session.date, session.id, actions.id
                """
            return try ActionRow.fetchAll(db, sql: sql, arguments: arguments).map { try action($0, db) }
        }
    }

    /// Changes an action's status, due date or both, keeps the change in its history, and returns
    /// it as it now stands. Empty text for what changed or why is refused.
    public func updateAction(_ id: ActionID, _ update: ActionUpdate, now: Date) throws(StoreError) -> SessionAction {
        try write { db in
            guard var row = try ActionRow.fetchOne(db, key: id) else { throw StoreError.unknownAction(id) }
            if let status = update.status {
                switch status {
                case .open:
                    (row.status, row.weDid, row.reason) = (.open, nil, nil)
                case .done(let whatChanged):
                    (row.status, row.weDid, row.reason) = (.done, try Self.filled(whatChanged, .whatChanged), nil)
                case .notPossible(let reason):
                    (row.status, row.weDid, row.reason) = (.notPossible, nil, try Self.filled(reason, .reason))
                }
            }
            if let due = update.due { row.due = due.iso }
            row.updatedAt = now.timeIntervalSince1970
            try row.update(db)
            var history = ActionHistoryRow(of: row, at: now)
            try history.insert(db)
            return try action(row, db)
        }
    }

    /// How an action stood after each change, oldest first; the first entry is how it was recorded.
    public func actionHistory(_ id: ActionID) throws(StoreError) -> [ActionHistoryEntry] {
        try read { db in
            guard try ActionRow.fetchOne(db, key: id) != nil else { throw StoreError.unknownAction(id) }
            return try ActionHistoryRow.filter(ActionHistoryRow.Columns.actionId == id).order(ActionHistoryRow.Columns.id).fetchAll(db)
                .compactMap { row in
                    CalendarDate(iso: row.due).map {
                        ActionHistoryEntry(status: row.state.status(weDid: row.weDid, reason: row.reason), due: $0,
                                           changedAt: Date(timeIntervalSince1970: row.changedAt))
                    }
                }
        }
    }

    private func action(_ id: ActionID, _ db: Database) throws -> SessionAction {
        guard let row = try ActionRow.fetchOne(db, key: id) else { throw StoreError.unknownAction(id) }
        return try action(row, db)
    }

    /// The action of a row, with its session and the person who raised it as they are now.
    private func action(_ row: ActionRow, _ db: Database) throws -> SessionAction {
        // Every due date is written from a `CalendarDate`; one that cannot be read was changed by something else.
        guard let due = CalendarDate(iso: row.due) else { throw StoreError.damaged(path: path) }
        return SessionAction(id: row.id ?? 0, session: try session(row.sessionId, db), raisedByRole: row.raisedByRole,
                      raisedBy: try row.raisedByPersonId.map { try participant($0, db) },
                      raised: row.raised, action: row.action, owner: row.owner, due: due,
                      status: row.status.status(weDid: row.weDid, reason: row.reason),
                      createdAt: Date(timeIntervalSince1970: row.createdAt), updatedAt: Date(timeIntervalSince1970: row.updatedAt))
    }

    /// `text` without spaces at either end, or the error that names the empty `field`.
    private static func filled(_ text: String, _ field: ActionField) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { throw StoreError.emptyActionText(field) }
        return trimmed
    }
}
