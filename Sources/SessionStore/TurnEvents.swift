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
            guard try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM attendance WHERE sessionId = ? AND personId = ?"),
                                    arguments: [session, person]) ?? false else {
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
            try db.cachedStatement(sql: "INSERT INTO turn (sessionId, personId, startedAt, source) VALUES (?, ?, ?, ?)")
                .execute(arguments: [session, person, start, source.rawValue])
            let turn = Turn(id: db.lastInsertedRowID, personID: person, start: Date(timeIntervalSince1970: start), source: source)
            try log("start", session: session, turn: turn.id, ended: ended?.turn.id, at: start, db)
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
            try log("stop", session: session, turn: running.id, ended: nil, at: at, db)
            return ended
        }
    }

    /// Takes back the last start or end in the session that has not been undone yet.
    public func undo(session: SessionID, at now: Date) throws(StoreError) -> UndoneAction {
        try write { db in
            let details = try self.session(session, db)
            try recoverInterruptedTurn(session: session, now: now, db)
            guard let action = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT id, kind, turnId, endedTurnId FROM turnAction WHERE sessionId = ? AND undone = 0 ORDER BY id DESC LIMIT 1
                """), arguments: [session]) else { throw StoreError.nothingToUndo(details) }
            let turnID: Int64 = action[2]
            guard let turn = try personTurn(turnID, db) else { throw StoreError.nothingToUndo(details) }
            let result: UndoneAction
            if action[1] == "start" {
                try db.execute(sql: "DELETE FROM turn WHERE id = ?", arguments: [turnID])
                let resumed = try (action[3] as Int64?).flatMap { try resume($0, db) }
                result = .start(removed: turn, resumed: resumed)
            } else {
                guard let resumed = try resume(turnID, db) else { throw StoreError.nothingToUndo(details) }
                result = .stop(resumed: resumed)
            }
            try db.execute(sql: "UPDATE turnAction SET undone = 1 WHERE id = ?", arguments: [action[0] as Int64])
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
                try log("stop", session: session, turn: running.id, ended: nil, at: at, db)
            }
            try db.execute(sql: "DELETE FROM liveHeartbeat WHERE sessionId = ?", arguments: [session])
            return ended
        }
    }

    // MARK: - Inside a transaction

    /// The live view's last sign of life for the session, in seconds since 1970.
    func lastHeartbeat(session: SessionID, _ db: Database) throws -> Double? {
        try Double.fetchOne(db.cachedStatement(sql: "SELECT at FROM liveHeartbeat WHERE sessionId = ?"), arguments: [session])
    }

    /// Whether a heartbeat at `beat` is too old for its live view to be still running at `now`.
    static func isStale(_ beat: Double, now: Date) -> Bool {
        now.timeIntervalSince1970 - beat > heartbeatStaleAfter
    }

    func runningTurn(session: SessionID, _ db: Database) throws -> Turn? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT \(Rows.turnColumns) FROM turn WHERE sessionId = ? AND endedAt IS NULL"),
                         arguments: [session]).map(Rows.turn)
    }

    private func personTurn(_ id: Int64, _ db: Database) throws -> PersonTurn? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT \(Rows.turnColumns) FROM turn WHERE id = ?"), arguments: [id]) else {
            return nil
        }
        let turn = Rows.turn(row)
        return PersonTurn(turn: turn, person: try participant(turn.personID, db))
    }

    private func end(_ turn: Turn, at seconds: Double, interrupted: Bool = false, _ db: Database) throws -> PersonTurn {
        try db.cachedStatement(sql: "UPDATE turn SET endedAt = ?, interrupted = ? WHERE id = ?").execute(arguments: [seconds, interrupted, turn.id])
        var ended = turn
        ended.end = Date(timeIntervalSince1970: seconds)
        ended.interrupted = interrupted
        return PersonTurn(turn: ended, person: try participant(turn.personID, db))
    }

    private func resume(_ id: Int64, _ db: Database) throws -> PersonTurn? {
        try db.execute(sql: "UPDATE turn SET endedAt = NULL, interrupted = 0 WHERE id = ?", arguments: [id])
        return try personTurn(id, db)
    }

    private func log(_ kind: String, session: SessionID, turn: Int64, ended: Int64?, at seconds: Double, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO turnAction (sessionId, kind, turnId, endedTurnId, at) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [session, kind, turn, ended, seconds])
    }

    private func beat(session: SessionID, at now: Date, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO liveHeartbeat (sessionId, at) VALUES (?, ?) ON CONFLICT (sessionId) DO UPDATE SET at = excluded.at")
            .execute(arguments: [session, now.timeIntervalSince1970])
    }

    /// When the live view's heartbeat has gone stale, the view stopped without quitting (a crash,
    /// a closed window, `kill -9`): a live turn still running is closed at the last heartbeat and
    /// marked interrupted, and the heartbeat is removed.
    @discardableResult
    private func recoverInterruptedTurn(session: SessionID, now: Date, _ db: Database) throws -> PersonTurn? {
        guard let beat = try lastHeartbeat(session: session, db), Self.isStale(beat, now: now) else { return nil }
        try db.execute(sql: "DELETE FROM liveHeartbeat WHERE sessionId = ?", arguments: [session])
        guard let running = try runningTurn(session: session, db), running.source == .live else { return nil }
        return try end(running, at: max(beat, running.start.timeIntervalSince1970), interrupted: true, db)
    }
}
