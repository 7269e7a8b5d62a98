import Documents
import Foundation
import GRDB
import SpeakingTurns

/// The number that identifies a programme in the session store.
public typealias ProgrammeID = Int64

/// A programme in the store: the name of a series of sessions and how many sessions it has.
public struct ProgrammeSummary: Sendable, Equatable {
    /// The store's number for the programme.
    public var id: ProgrammeID
    /// Its name, such as "Community of Practice".
    public var name: String
    /// How many sessions of the store belong to it.
    public var sessionCount: Int
}

/// One session a programme plans: what the store keeps of it.
public struct PlannedSession: Sendable, Equatable {
    /// The session's title, such as "Community of Practice: Language".
    public var title: String
    /// What it is about.
    public var theme: String?
    /// The day it takes place.
    public var date: CalendarDate

    /// Creates a planned session.
    public init(title: String, theme: String?, date: CalendarDate) {
        self.title = title
        self.theme = theme
        self.date = date
    }
}

/// What saving a programme changed in the store.
public struct ProgrammeSaved: Sendable, Equatable {
    /// Sessions that were new and were added.
    public var added: [SessionDetails]
    /// Sessions that were there already and whose title, theme or date changed.
    public var updated: [SessionDetails]
    /// Sessions that were there already, just as planned.
    public var unchanged: [SessionDetails]
}

extension SessionStore {
    /// Makes the store's sessions of the programme called `name` match `sessions`, in one
    /// transaction: a planned session is the stored one on the same day, or else the stored one
    /// with the same theme whose day is no longer planned (a session that moved). Saving the same
    /// programme twice changes nothing the second time. Stored sessions the programme no longer
    /// plans are kept, with whatever was recorded about them.
    public func saveProgramme(name: String, sessions: [PlannedSession], now: Date) throws(StoreError) -> ProgrammeSaved {
        try write { db in
            let programme: Int64
            if let id = try Int64.fetchOne(db, sql: "SELECT id FROM programme WHERE name = ?", arguments: [name]) {
                programme = id
            } else {
                try db.execute(sql: "INSERT INTO programme (name, createdAt) VALUES (?, ?)", arguments: [name, now.timeIntervalSince1970])
                programme = db.lastInsertedRowID
            }
            var stored = try SessionRow.filter(sql: "programmeId = ?", arguments: [programme]).order(SessionRow.Columns.id).fetchAll(db)
            let plannedDays = Set(sessions.map(\.date.iso))
            var saved = ProgrammeSaved(added: [], updated: [], unchanged: [])
            for plan in sessions {
                let index = stored.firstIndex { $0.date == plan.date.iso }
                    ?? stored.firstIndex { row in
                        !plannedDays.contains(row.date ?? "") && row.theme?.lowercased() == plan.theme?.lowercased() && plan.theme != nil
                    }
                guard let index else {
                    var row = SessionRow(title: plan.title, theme: plan.theme, date: plan.date.iso, agendaFile: nil, createdAt: now.timeIntervalSince1970)
                    try row.insert(db)
                    try db.execute(sql: "UPDATE session SET programmeId = ? WHERE id = ?", arguments: [programme, row.id])
                    saved.added.append(row.details)
                    continue
                }
                var row = stored.remove(at: index)
                if row.title == plan.title && row.theme == plan.theme && row.date == plan.date.iso {
                    saved.unchanged.append(row.details)
                } else {
                    row.title = plan.title
                    row.theme = plan.theme
                    row.date = plan.date.iso
                    try row.update(db)
                    saved.updated.append(row.details)
                }
            }
            return saved
        }
    }

    /// Every programme, by name (in any case), with how many sessions it has.
    public func programmes() throws(StoreError) -> [ProgrammeSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT programme.id, programme.name, (SELECT COUNT(*) FROM session WHERE programmeId = programme.id) AS sessionCount
                FROM programme ORDER BY programme.name COLLATE NOCASE, programme.id
                """).map { row in ProgrammeSummary(id: row["id"], name: row["name"], sessionCount: row["sessionCount"]) }
        }
    }

    /// The sessions of the programme numbered `programme`, oldest date first (sessions without a
    /// date last), with their numbers.
    public func sessions(programme: ProgrammeID) throws(StoreError) -> [SessionSummary] {
        try read { db in
            try SessionSummaryRow.fetchAll(db, sql: SessionSummaryRow.sql(where: "session.programmeId = ?"), arguments: [programme]).map { row in
                SessionSummary(details: row.session.details, registered: row.registered, present: row.present, turns: row.turns)
            }
        }
    }
}
