import Documents
import Foundation
import GRDB
import SpeakingTurns

/// The number that identifies one involvement record in the session store.
public typealias InvolvementID = Int64

/// How a person took part in a session.
public enum InvolvementRole: String, CaseIterable, Sendable {
    /// They took part.
    case attended
    /// They helped to run the session.
    case coFacilitated = "co-facilitated"
    /// They gave a talk or led an item.
    case presented

    /// The role in words: "attended", "co-facilitated", "presented".
    public var words: String { rawValue }
}

/// What a series pays for someone's time.
public enum RateUnit: String, CaseIterable, Sendable {
    /// An amount for each hour, counting the time in the session and the time spent preparing.
    case hour
    /// One amount for each session, whatever the time.
    case session
}

/// A series' rate: an amount for each hour or for each session.
public struct RecognitionRate: Sendable, Equatable {
    /// The amount for one `unit`.
    public var amount: Money
    /// An hour or a session.
    public var unit: RateUnit

    /// A rate of `amount` for each `unit`.
    public init(amount: Money, per unit: RateUnit) {
        self.amount = amount
        self.unit = unit
    }

    /// "£25.00 an hour", "£40.00 a session".
    public var words: String { "\(amount.pounds) \(unit == .hour ? "an hour" : "a session")" }

    /// The payment at this rate. For each hour: the rate for the time in the session and the time
    /// spent preparing, rounded to the nearest penny (half a penny up); nil when the time in the
    /// session is not known. For each session: the rate.
    public func payment(sessionMinutes: Int?, preparationMinutes: Int) -> Money? {
        switch unit {
        case .session:
            return amount
        case .hour:
            guard let sessionMinutes else { return nil }
            let minutes = Int64(sessionMinutes + preparationMinutes)
            return Money(pence: (amount.pence * minutes + 30) / 60)
        }
    }
}

/// A rate as it was set, with when; the rate set last is the one that counts.
public struct RateRecord: Sendable, Equatable {
    /// The rate.
    public var rate: RecognitionRate
    /// When it was set.
    public var setAt: Date
}

/// What a person chose to receive for taking part, as recorded.
public enum RecognitionChoice: Sendable, Equatable {
    /// A payment of this amount.
    case payment(Money)
    /// A voucher of this value, of this kind, such as "supermarket voucher".
    case voucher(Money, kind: String)
    /// Nothing: they were offered something and said no, thanks.
    case nothing

    /// The money it is worth: nothing is worth £0.00.
    public var amount: Money {
        switch self {
        case .payment(let amount), .voucher(let amount, _): return amount
        case .nothing: return .zero
        }
    }
}

/// What a person chose, as given when it is recorded: a payment may be left to the series' rate.
public enum RecognitionOffer: Sendable, Equatable {
    /// A payment of this amount, or at the series' rate when nil.
    case payment(Money?)
    /// A voucher of this value, of this kind.
    case voucher(Money, kind: String)
    /// Nothing.
    case nothing
}

/// Money paid back for what taking part cost, such as a bus fare.
public struct Expenses: Sendable, Equatable {
    /// How much was paid back.
    public var amount: Money
    /// What it was for, such as "bus fare".
    public var what: String

    /// Expenses of `amount` for `what`.
    public init(amount: Money, what: String) {
        self.amount = amount
        self.what = what
    }
}

/// A person's involvement in a session to record: how they took part, the time they gave, and
/// what they chose.
public struct NewInvolvement: Sendable, Equatable {
    /// The person.
    public var person: PersonID
    /// The session.
    public var session: SessionID
    /// How they took part.
    public var role: InvolvementRole
    /// How long they were in the session, in minutes, if known; a rate for each hour needs it.
    public var sessionMinutes: Int?
    /// How long they spent preparing, in minutes (0 when they did not).
    public var preparationMinutes: Int
    /// What they chose.
    public var offer: RecognitionOffer
    /// Money paid back to them, if any; it goes with any choice.
    public var expenses: Expenses?
    /// The day it was paid or given; if nil, the day of the session.
    public var paidOn: CalendarDate?

    /// Creates a record to add.
    public init(person: PersonID, session: SessionID, role: InvolvementRole, sessionMinutes: Int? = nil, preparationMinutes: Int = 0,
                offer: RecognitionOffer, expenses: Expenses? = nil, paidOn: CalendarDate? = nil) {
        self.person = person
        self.session = session
        self.role = role
        self.sessionMinutes = sessionMinutes
        self.preparationMinutes = preparationMinutes
        self.offer = offer
        self.expenses = expenses
        self.paidOn = paidOn
    }
}

/// A person's involvement in a session as the store keeps it. Never part of a published document.
public struct Involvement: Sendable, Equatable {
    /// The store's number for the record.
    public var id: InvolvementID
    /// The person.
    public var person: Participant
    /// The session.
    public var session: SessionDetails
    /// How they took part.
    public var role: InvolvementRole
    /// How long they were in the session, in minutes, if it was given.
    public var sessionMinutes: Int?
    /// How long they spent preparing, in minutes.
    public var preparationMinutes: Int
    /// What they chose.
    public var choice: RecognitionChoice
    /// Money paid back to them, if any.
    public var expenses: Expenses?
    /// The day it was paid or given; nil only when nothing was.
    public var paidOn: CalendarDate?
    /// When it was recorded.
    public var recordedAt: Date
    /// Whether a later record for the same person and session replaced it.
    public var isReplaced: Bool

    /// Creates a record as the store would read it, for a statement made without a store.
    public init(id: InvolvementID, person: Participant, session: SessionDetails, role: InvolvementRole, sessionMinutes: Int? = nil,
                preparationMinutes: Int, choice: RecognitionChoice, expenses: Expenses? = nil, paidOn: CalendarDate?,
                recordedAt: Date, isReplaced: Bool = false) {
        self.id = id
        self.person = person
        self.session = session
        self.role = role
        self.sessionMinutes = sessionMinutes
        self.preparationMinutes = preparationMinutes
        self.choice = choice
        self.expenses = expenses
        self.paidOn = paidOn
        self.recordedAt = recordedAt
        self.isReplaced = isReplaced
    }
}

/// A part of an involvement record, for the message that says which one is wrong.
public enum RecognitionField: String, Sendable, Equatable {
    /// The payment.
    case payment
    /// The voucher's value.
    case voucher
    /// What kind of voucher it is.
    case voucherKind
    /// The expenses paid back.
    case expenses
    /// What the expenses were for.
    case expensesFor
    /// The time spent preparing.
    case preparation
    /// The time in the session.
    case sessionTime

    /// The part in words, for a message.
    public var words: String {
        switch self {
        case .payment: return "the payment"
        case .voucher: return "the voucher's value"
        case .voucherKind: return "what kind of voucher it is"
        case .expenses: return "the expenses"
        case .expensesFor: return "what the expenses were for"
        case .preparation: return "the time spent preparing"
        case .sessionTime: return "the time in the session"
        }
    }
}

/// Why an involvement record or a rate was not saved.
public enum RecognitionProblem: Error, Sendable, Equatable {
    /// The person is neither registered for the session nor marked present at it.
    case notTakingPart(String, session: SessionDetails)
    /// The person has a record for the session already.
    case alreadyRecorded(String, session: SessionDetails)
    /// A correction was asked for, but the person has no record for the session.
    case nothingToCorrect(String, session: SessionDetails)
    /// A payment at the series' rate was asked for, but there is no rate (or no series).
    case noRate(session: SessionDetails, programme: String?)
    /// The rate is for each hour, so the time in the session is needed.
    case needsSessionTime(session: SessionDetails, rate: RecognitionRate)
    /// Something was paid or given, but neither the record nor the session has a date.
    case noDate(session: SessionDetails)
    /// A part that must be written is empty.
    case emptyText(RecognitionField)
    /// A part that is written is longer than the store keeps.
    case tooLong(RecognitionField, limit: Int)
    /// An amount is £0.00.
    case zeroAmount(RecognitionField)
    /// A time is not a number of minutes that makes sense.
    case badTime(minutes: Int, RecognitionField)
    /// No series (programme) has this name.
    case unknownProgramme(String, suggestion: String?)

    /// The problem and what to do about it, in plain English.
    public var message: String {
        switch self {
        case .notTakingPart(let name, let session):
            return "\(name) is not registered for session \(session.id) ('\(session.title)') or marked present at it, so nothing was recorded. Mark them present first."
        case .alreadyRecorded(let name, let session):
            return "\(name) already has a record for session \(session.id) ('\(session.title)'), so nothing was recorded. To change it, record it again as a correction: the old record is kept in the history."
        case .nothingToCorrect(let name, let session):
            return "\(name) has no record for session \(session.id) ('\(session.title)') to correct, so nothing was recorded. Add one instead."
        case .noRate(let session, let programme):
            let series = programme.map { "The series '\($0)' has no rate yet" } ?? "The session is not part of a series with a rate"
            return "\(series), so Roundtable cannot work out the payment for session \(session.id) ('\(session.title)'). Nothing was recorded. Give the amount, or set the series' rate first."
        case .needsSessionTime(let session, let rate):
            return "The rate for session \(session.id) ('\(session.title)') is \(rate.words), so Roundtable needs to know how long the person was in the session. Nothing was recorded. Give the time, or give the amount."
        case .noDate(let session):
            return "Session \(session.id) ('\(session.title)') has no date, so say on which day it was paid or given. Nothing was recorded."
        case .emptyText(let field):
            return "The record needs \(field.words), but it is empty, so nothing was recorded. Write a few words and try again."
        case .tooLong(let field, let limit):
            return "\(field.words.prefix(1).uppercased() + field.words.dropFirst()) is longer than \(limit) characters, so nothing was recorded. Say it in fewer words."
        case .zeroAmount(let field):
            return "\(field.words.prefix(1).uppercased() + field.words.dropFirst()) is £0.00, so nothing was recorded. If they chose nothing, record that they chose nothing."
        case .badTime(let minutes, let field):
            return "\(field.words.prefix(1).uppercased() + field.words.dropFirst()) is \(minutes) minutes, which cannot be right (it must be from 0 to \(field == .sessionTime ? "24 hours" : "7 days")). Nothing was recorded."
        case .unknownProgramme(let name, let suggestion):
            return "There is no series called '\(name)'.\(suggestion.map { " Did you mean '\($0)'?" } ?? "") A series is added to Roundtable when its programme is built."
        }
    }
}

extension SessionStore {
    /// The longest time in a session: a day.
    static let longestSession = 24 * 60
    /// The longest preparation for one session: a week.
    static let longestPreparation = 7 * 24 * 60
    /// The longest text kept for what a voucher or expenses are.
    static let longestDescription = 200

    /// Records a person's involvement in a session and what they chose, and returns it. The person
    /// must be registered for the session or marked present (someone who prepared but could not
    /// come on the day is still registered). A payment left to the series' rate is worked out now
    /// and kept as an amount, so a later change of rate leaves it alone. With `correcting`, the
    /// record replaces the person's earlier one for the session, which is kept in the history;
    /// without it, a second record for the same session is refused.
    public func recordInvolvement(_ new: NewInvolvement, correcting: Bool = false, now: Date) throws(StoreError) -> Involvement {
        try write { db in
            let session = try self.session(new.session, db)
            let person = try participant(new.person, db)
            let registered = try RegistrationRow.filter(RegistrationRow.Columns.sessionId == new.session && RegistrationRow.Columns.personId == new.person)
                .fetchCount(db) > 0
            guard registered else { throw StoreError.recognition(.notTakingPart(person.displayName, session: session)) }
            let earlier = try InvolvementRow.current(person: new.person, session: new.session, db)
            if earlier != nil && !correcting { throw StoreError.recognition(.alreadyRecorded(person.displayName, session: session)) }
            if earlier == nil && correcting { throw StoreError.recognition(.nothingToCorrect(person.displayName, session: session)) }
            if let minutes = new.sessionMinutes, !(0...Self.longestSession).contains(minutes) {
                throw StoreError.recognition(.badTime(minutes: minutes, .sessionTime))
            }
            if !(0...Self.longestPreparation).contains(new.preparationMinutes) {
                throw StoreError.recognition(.badTime(minutes: new.preparationMinutes, .preparation))
            }
            let choice = try choice(new, session: session, db)
            let expenses = try new.expenses.map { expenses throws -> Expenses in
                if expenses.amount == .zero { throw StoreError.recognition(.zeroAmount(.expenses)) }
                return Expenses(amount: expenses.amount, what: try Self.described(expenses.what, .expensesFor))
            }
            let givesSomething = choice != .nothing || expenses != nil
            let paidOn = new.paidOn ?? session.date
            if givesSomething && paidOn == nil { throw StoreError.recognition(.noDate(session: session)) }
            var row = InvolvementRow(personId: new.person, sessionId: new.session, role: new.role, sessionMinutes: new.sessionMinutes,
                                     preparationMinutes: new.preparationMinutes, choice: choice, expenses: expenses,
                                     paidOn: givesSomething ? paidOn : new.paidOn, recordedAt: now)
            try row.insert(db)
            return try involvement(row, isReplaced: false, db)
        }
    }

    /// The current records, of one person or of everyone: the last one recorded for each person
    /// and session, by the day paid (records with none last), then the session's date, then name.
    /// With `history`, replaced records are included too, each marked as replaced.
    public func involvements(of person: PersonID? = nil, history: Bool = false) throws(StoreError) -> [Involvement] {
        try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let person {
                _ = try participant(person, db)
                conditions.append("involvement.personId = ?")
                arguments += [person]
            }
            if !history { conditions.append("NOT \(InvolvementRow.replaced)") }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let rows = try Row.fetchAll(db, sql: """
                SELECT involvement.*, \(InvolvementRow.replaced) AS replaced FROM involvement
                JOIN session ON session.id = involvement.sessionId JOIN person ON person.id = involvement.personId \(filter)
                ORDER BY involvement.paidOn IS NULL, involvement.paidOn, session.date IS NULL, session.date, session.id,
                    person.displayName COLLATE NOCASE, involvement.id
                """, arguments: arguments)
            return try rows.map { row in try involvement(try InvolvementRow(row: row), isReplaced: row["replaced"], db) }
        }
    }

    /// Sets the rate of the series (programme) called `name`, keeping every earlier rate; the
    /// rate set last counts. Returns the series' name as the store spells it.
    @discardableResult
    public func setRate(programme name: String, _ rate: RecognitionRate, now: Date) throws(StoreError) -> String {
        try write { db in
            let (id, spelled) = try programme(name, db)
            if rate.amount == .zero { throw StoreError.recognition(.zeroAmount(.payment)) }
            try db.execute(sql: "INSERT INTO programmeRate (programmeId, unit, pence, setAt) VALUES (?, ?, ?, ?)",
                           arguments: [id, rate.unit.rawValue, rate.amount.pence, now.timeIntervalSince1970])
            return spelled
        }
    }

    /// Every rate the series called `name` has had, oldest first, and its name as the store spells it.
    public func rates(programme name: String) throws(StoreError) -> (programme: String, rates: [RateRecord]) {
        try read { db in
            let (id, spelled) = try programme(name, db)
            let rows = try Row.fetchAll(db, sql: "SELECT unit, pence, setAt FROM programmeRate WHERE programmeId = ? ORDER BY id", arguments: [id])
            return (spelled, rows.compactMap { row in
                (row["unit"] as String?).flatMap(RateUnit.init(rawValue:)).map {
                    RateRecord(rate: RecognitionRate(amount: Money(pence: row["pence"]), per: $0), setAt: Date(timeIntervalSince1970: row["setAt"]))
                }
            })
        }
    }

    /// The series called `name` (in any case): its number and its name, or the error with the nearest name.
    private func programme(_ name: String, _ db: Database) throws -> (Int64, String) {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if let row = try Row.fetchOne(db, sql: "SELECT id, name FROM programme WHERE name = ?", arguments: [trimmed]) {
            return (row["id"], row["name"])
        }
        let names = try String.fetchAll(db, sql: "SELECT name FROM programme ORDER BY id")
        throw StoreError.recognition(.unknownProgramme(trimmed, suggestion: Suggestions.closest(to: trimmed, among: names)))
    }

    /// What the person chose, with a payment left to the rate worked out from the session's series.
    private func choice(_ new: NewInvolvement, session: SessionDetails, _ db: Database) throws -> RecognitionChoice {
        switch new.offer {
        case .nothing:
            return .nothing
        case .voucher(let amount, let kind):
            if amount == .zero { throw StoreError.recognition(.zeroAmount(.voucher)) }
            return .voucher(amount, kind: try Self.described(kind, .voucherKind))
        case .payment(let amount?):
            if amount == .zero { throw StoreError.recognition(.zeroAmount(.payment)) }
            return .payment(amount)
        case .payment(nil):
            let series = try Row.fetchOne(db, sql: """
                SELECT programme.name AS name, programmeRate.unit AS unit, programmeRate.pence AS pence
                FROM session JOIN programme ON programme.id = session.programmeId
                LEFT JOIN programmeRate ON programmeRate.id = (SELECT MAX(id) FROM programmeRate WHERE programmeId = programme.id)
                WHERE session.id = ?
                """, arguments: [new.session])
            guard let unit = (series?["unit"] as String?).flatMap(RateUnit.init(rawValue:)), let pence = series?["pence"] as Int64? else {
                throw StoreError.recognition(.noRate(session: session, programme: series?["name"]))
            }
            let rate = RecognitionRate(amount: Money(pence: pence), per: unit)
            guard let amount = rate.payment(sessionMinutes: new.sessionMinutes, preparationMinutes: new.preparationMinutes) else {
                throw StoreError.recognition(.needsSessionTime(session: session, rate: rate))
            }
            return .payment(amount)
        }
    }

    /// The record of a row, with its person and session as they are now.
    private func involvement(_ row: InvolvementRow, isReplaced: Bool, _ db: Database) throws -> Involvement {
        // Every amount and date is written from checked values; one that cannot be read was changed by something else.
        guard let choice = row.recognitionChoice, let role = InvolvementRole(rawValue: row.role) else { throw StoreError.damaged(path: path) }
        let paidOn = try row.paidOn.map { text throws -> CalendarDate in
            guard let day = CalendarDate(iso: text) else { throw StoreError.damaged(path: path) }
            return day
        }
        return Involvement(id: row.id ?? 0, person: try participant(row.personId, db), session: try session(row.sessionId, db), role: role,
                           sessionMinutes: row.sessionMinutes, preparationMinutes: row.preparationMinutes, choice: choice,
                           expenses: row.expensesFor.map { Expenses(amount: Money(pence: row.expensesPence), what: $0) },
                           paidOn: paidOn, recordedAt: Date(timeIntervalSince1970: row.recordedAt), isReplaced: isReplaced)
    }

    /// `text` without spaces at either end, or the error that names the empty or too long `field`.
    private static func described(_ text: String, _ field: RecognitionField) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { throw StoreError.recognition(.emptyText(field)) }
        if trimmed.count > longestDescription { throw StoreError.recognition(.tooLong(field, limit: longestDescription)) }
        return trimmed
    }
}
