import Foundation
import GRDB
import SpeakingTurns

/// A turn with the person who spoke.
public struct PersonTurn: Sendable, Equatable {
    /// The turn.
    public var turn: Turn
    /// Who spoke.
    public var person: Participant
}

/// What starting a turn did.
public struct TurnStart: Sendable, Equatable {
    /// The turn now running.
    public var started: PersonTurn
    /// The turn it ended, if someone else was speaking.
    public var ended: PersonTurn?
}

/// What an undo took back.
public enum UndoneAction: Sendable, Equatable {
    /// A start: its turn was removed, and the turn it had ended (if any) runs again.
    case start(removed: PersonTurn, resumed: PersonTurn?)
    /// An end: the turn runs again.
    case stop(resumed: PersonTurn)
}

extension UndoneAction {
    /// What the undo did, in a sentence for the person who pressed it.
    public var sentence: String {
        switch self {
        case .start(let removed, let resumed):
            let back = resumed.map { " \($0.person.displayName) is speaking again." } ?? ""
            return "Undone: \(removed.person.displayName)'s turn was removed.\(back)"
        case .stop(let resumed):
            return "Undone: \(resumed.person.displayName)'s turn goes on."
        }
    }
}

extension SessionStore {
    /// How old the live view's heartbeat may be before the view is taken to have stopped.
    public static let heartbeatStaleAfter: TimeInterval = 5

    /// Starts a turn for a person present at the session, ending the one running, in one
    /// transaction. Pressing for the person already speaking changes nothing.
    public func startTurn(session: SessionID, person: PersonID, source: TurnSource, at now: Date) throws(StoreError) -> TurnStart {
        try write { db in
            let details = try self.session(session, db)
            try recoverInterruptedTurn(session: session, now: now, db)
            let speaker = try participant(person, db)
            guard try AttendanceRow.isPresent(person, at: session).fetchOne(db) == true else {
                throw StoreError.notPresent([speaker.displayName], session: details)
            }
            var ended: PersonTurn?
            var start = now.timeIntervalSince1970
            if let running = try runningTurn(session: session, db) {
                if running.personID == person {
                    return TurnStart(started: PersonTurn(turn: running, person: speaker), ended: nil)
                }
                start = max(start, running.start.timeIntervalSince1970)
                ended = try end(running, at: start, db)
            }
            let turn = try TurnRow(sessionId: session, personId: person, startedAt: start, source: source, interrupted: false)
                .inserted(db).turn
            try log(.start, session: session, turn: turn.id, ended: ended?.turn.id, at: start, db)
            return TurnStart(started: PersonTurn(turn: turn, person: speaker), ended: ended)
        }
    }

    /// Ends the turn running in the session.
    public func stopTurn(session: SessionID, at now: Date) throws(StoreError) -> PersonTurn {
        try write { db in
            let details = try self.session(session, db)
            try recoverInterruptedTurn(session: session, now: now, db)
            guard let running = try runningTurn(session: session, db) else { throw StoreError.noTurnRunning(details) }
            let at = max(now.timeIntervalSince1970, running.start.timeIntervalSince1970)
            let ended = try end(running, at: at, db)
            try log(.stop, session: session, turn: running.id, ended: nil, at: at, db)
            return ended
        }
    }

    /// Takes back the last start or end in the session that has not been undone yet.
    public func undo(session: SessionID, at now: Date) throws(StoreError) -> UndoneAction {
        try write { db in
            let details = try self.session(session, db)
            try recoverInterruptedTurn(session: session, now: now, db)
            guard var action = try TurnActionRow
                .filter(TurnActionRow.Columns.sessionId == session && TurnActionRow.Columns.undone == false)
                .order(TurnActionRow.Columns.id.desc).fetchOne(db),
                let turn = try personTurn(action.turnId, db) else { throw StoreError.nothingToUndo(details) }
            let result: UndoneAction
            switch action.kind {
            case .start:
                try TurnRow.deleteOne(db, key: action.turnId)
                let resumed = try action.endedTurnId.flatMap { try resume($0, db) }
                result = .start(removed: turn, resumed: resumed)
            case .stop:
                guard let resumed = try resume(action.turnId, db) else { throw StoreError.nothingToUndo(details) }
                result = .stop(resumed: resumed)
            }
            action.undone = true
            try action.update(db)
            return result
        }
    }

    /// Starts live tracking: refuses when another live view is tracking the session, and closes
    /// a live turn left running by a crash at the last moment it was known to be running.
    /// Returns that turn, if there was one.
    public func beginLive(session: SessionID, at now: Date) throws(StoreError) -> PersonTurn? {
        try write { db in
            let details = try self.session(session, db)
            if let beat = try lastHeartbeat(session: session, db), !Self.isStale(beat, now: now) {
                throw StoreError.trackedElsewhere(details)
            }
            let recovered = try recoverInterruptedTurn(session: session, now: now, db)
            try beat(session: session, at: now, db)
            return recovered
        }
    }

    /// The live view's sign of life, written about every second.
    public func heartbeat(session: SessionID, at now: Date) throws(StoreError) {
        try write { db in try beat(session: session, at: now, db) }
    }

    /// Stops live tracking: ends the turn running (an end that can be undone) and removes the
    /// heartbeat. Returns the ended turn, if any.
    @discardableResult
    public func endLive(session: SessionID, at now: Date) throws(StoreError) -> PersonTurn? {
        try write { db in
            var ended: PersonTurn?
            if let running = try runningTurn(session: session, db) {
                let at = max(now.timeIntervalSince1970, running.start.timeIntervalSince1970)
                ended = try end(running, at: at, db)
                try log(.stop, session: session, turn: running.id, ended: nil, at: at, db)
            }
            try HeartbeatRow.deleteOne(db, key: session)
            return ended
        }
    }

    // MARK: - Inside a transaction

    /// The live view's last sign of life for the session, in seconds since 1970.
    func lastHeartbeat(session: SessionID, _ db: Database) throws -> Double? {
        try HeartbeatRow.of(session).fetchOne(db)?.at
    }

    /// Whether a heartbeat at `beat` is too old for its live view to be still running at `now`.
    static func isStale(_ beat: Double, now: Date) -> Bool {
        now.timeIntervalSince1970 - beat > heartbeatStaleAfter
    }

    func runningTurn(session: SessionID, _ db: Database) throws -> Turn? {
        try TurnRow.running(in: session).fetchOne(db)?.turn
    }

    private func personTurn(_ id: Int64, _ db: Database) throws -> PersonTurn? {
        guard let turn = try TurnRow.fetchOne(db, key: id)?.turn else { return nil }
        return PersonTurn(turn: turn, person: try participant(turn.personID, db))
    }

    private func end(_ turn: Turn, at seconds: Double, interrupted: Bool = false, _ db: Database) throws -> PersonTurn {
        try TurnRow.setEnd(of: turn.id, to: seconds, interrupted: interrupted, db)
        var ended = turn
        ended.end = Date(timeIntervalSince1970: seconds)
        ended.interrupted = interrupted
        return PersonTurn(turn: ended, person: try participant(turn.personID, db))
    }

    private func resume(_ id: Int64, _ db: Database) throws -> PersonTurn? {
        try TurnRow.setEnd(of: id, to: nil, interrupted: false, db)
        return try personTurn(id, db)
    }

    private func log(_ kind: TurnActionKind, session: SessionID, turn: Int64, ended: Int64?, at seconds: Double, _ db: Database) throws {
        var row = TurnActionRow(sessionId: session, kind: kind, turnId: turn, endedTurnId: ended, at: seconds, undone: false)
        try row.insert(db)
    }

    private func beat(session: SessionID, at now: Date, _ db: Database) throws {
        try HeartbeatRow(sessionId: session, at: now.timeIntervalSince1970).upsert(db)
    }

    /// When the live view's heartbeat has gone stale, the view stopped without quitting (a crash,
    /// a closed window, `kill -9`): a live turn still running is closed at the last heartbeat and
    /// marked interrupted, and the heartbeat is removed.
    @discardableResult
    private func recoverInterruptedTurn(session: SessionID, now: Date, _ db: Database) throws -> PersonTurn? {
        guard let beat = try lastHeartbeat(session: session, db), Self.isStale(beat, now: now) else { return nil }
        try HeartbeatRow.deleteOne(db, key: session)
        guard let running = try runningTurn(session: session, db), running.source == .live else { return nil }
        return try end(running, at: max(beat, running.start.timeIntervalSince1970), interrupted: true, db)
    }
}
