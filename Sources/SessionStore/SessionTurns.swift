import Foundation
import GRDB
import SpeakingTurns

/// A session's turns and the people they are measured over, read at one moment.
public struct SessionTurns: Sendable {
    /// The session the turns belong to.
    public var session: SessionDetails
    /// Everyone present, in the order they were marked (their live keys), then anyone who
    /// spoke without being marked present.
    public var participants: [Participant]
    /// How many of `participants` are marked present (the first ones).
    public var presentCount: Int
    /// The turns, by start time.
    public var turns: [Turn]

    /// The balance figures at `now`.
    public func metrics(now: Date) -> BalanceMetrics {
        BalanceMetrics(participants: participants, turns: turns, now: now)
    }

    /// How many turns were closed after the tracker stopped unexpectedly.
    public var interruptedCount: Int { turns.reduce(0) { $0 + ($1.interrupted ? 1 : 0) } }
}

/// A turn read from a transcript, ready to store.
public struct ImportedTurn: Sendable, Equatable {
    /// Who spoke.
    public var personID: PersonID
    /// When the turn began.
    public var start: Date
    /// When it ended.
    public var end: Date

    /// Creates a turn from `start` to `end`.
    public init(personID: PersonID, start: Date, end: Date) {
        self.personID = personID
        self.start = start
        self.end = end
    }
}

extension SessionStore {
    /// Reads a session's turns and people. A live turn whose tracker has stopped without quitting
    /// is shown as it will be recorded: ended at the last heartbeat and marked interrupted.
    public func turns(session: SessionID, now: Date) throws(StoreError) -> SessionTurns {
        try read { db in
            let details = try self.session(session, db)
            var participants = try present(session: session, db)
            let presentCount = participants.count
            var turns: [Turn] = []
            let cursor = try TurnRow.select(TurnRow.turnColumns).filter(TurnRow.Columns.sessionId == session)
                .order(TurnRow.Columns.startedAt, TurnRow.Columns.id).asRequest(of: Row.self).fetchCursor(db)
            while let row = try cursor.next() { turns.append(try TurnRow.turn(selected: row)) }
            if let beat = try lastHeartbeat(session: session, db), Self.isStale(beat, now: now),
               let index = turns.lastIndex(where: { $0.end == nil && $0.source == .live }) {
                turns[index].end = max(Date(timeIntervalSince1970: beat), turns[index].start)
                turns[index].interrupted = true
            }
            var known = Set(participants.map(\.id))
            for turn in turns where !known.contains(turn.personID) {
                known.insert(turn.personID)
                participants.append(try participant(turn.personID, db))
            }
            return SessionTurns(session: details, participants: participants, presentCount: presentCount, turns: turns)
        }
    }

    /// Stores turns read from a transcript, all or nothing. Every speaker must be marked present;
    /// a session that already has imported turns is refused unless `replace` is set, which
    /// removes them first. Returns the number of turns stored.
    @discardableResult
    public func importTurns(session: SessionID, turns: [ImportedTurn], replace: Bool) throws(StoreError) -> Int {
        try write { db in
            let details = try self.session(session, db)
            let present = Set(try self.present(session: session, db).map(\.id))
            var absent: [String] = []
            for id in turns.map(\.personID) where !present.contains(id) {
                let name = try participant(id, db).displayName
                if !absent.contains(name) { absent.append(name) }
            }
            if !absent.isEmpty { throw StoreError.notPresent(absent, session: details) }
            let imported = TurnRow.filter(TurnRow.Columns.sessionId == session && TurnRow.Columns.source == TurnSource.imported.rawValue)
            let earlier = try imported.fetchCount(db)
            if earlier > 0 {
                guard replace else { throw StoreError.alreadyImported(details, count: earlier) }
                try imported.deleteAll(db)
            }
            for turn in turns {
                var row = TurnRow(sessionId: session, personId: turn.personID, startedAt: turn.start.timeIntervalSince1970,
                                  endedAt: max(turn.end, turn.start).timeIntervalSince1970, source: .imported, interrupted: false)
                try row.insert(db)
            }
            return turns.count
        }
    }
}
