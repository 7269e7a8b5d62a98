import Documents
import Foundation
import GRDB
import SpeakingTurns

/// A row of `involvement`: how a person took part in a session and what they chose. A correction
/// is a new row; the row with the highest number for a person and session is the current one.
/// Amounts are whole pence; the day paid is an ISO date; times are seconds since 1970.
struct InvolvementRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "involvement"

    var id: InvolvementID?
    var personId: PersonID
    var sessionId: SessionID
    var role: String
    var sessionMinutes: Int?
    var preparationMinutes: Int
    /// `payment`, `voucher` or `nothing`.
    var choice: String
    var pence: Int64
    var voucherKind: String?
    var expensesPence: Int64
    var expensesFor: String?
    var paidOn: String?
    var recordedAt: TimeInterval

    /// Whether the `involvement` row of the query has a later row for the same person and session, as SQL.
    static let replaced = """
        EXISTS (SELECT 1 FROM involvement AS later WHERE later.personId = involvement.personId
            AND later.sessionId = involvement.sessionId AND later.id > involvement.id)
        """

    /// A new row; `id` is set when it is inserted.
    init(personId: PersonID, sessionId: SessionID, role: InvolvementRole, sessionMinutes: Int?, preparationMinutes: Int,
         choice: RecognitionChoice, expenses: Expenses?, paidOn: CalendarDate?, recordedAt now: Date) {
        id = nil
        self.personId = personId
        self.sessionId = sessionId
        self.role = role.rawValue
        self.sessionMinutes = sessionMinutes
        self.preparationMinutes = preparationMinutes
        switch choice {
        case .payment(let amount): (self.choice, pence, voucherKind) = ("payment", amount.pence, nil)
        case .voucher(let amount, let kind): (self.choice, pence, voucherKind) = ("voucher", amount.pence, kind)
        case .nothing: (self.choice, pence, voucherKind) = ("nothing", 0, nil)
        }
        expensesPence = expenses?.amount.pence ?? 0
        expensesFor = expenses?.what
        self.paidOn = paidOn?.iso
        recordedAt = now.timeIntervalSince1970
    }

    /// The current row for a person and session, if any.
    static func current(person: PersonID, session: SessionID, _ db: Database) throws -> InvolvementRow? {
        try InvolvementRow.fetchOne(db, sql: "SELECT * FROM involvement WHERE personId = ? AND sessionId = ? ORDER BY id DESC LIMIT 1",
                                    arguments: [person, session])
    }

    /// What the person chose, or nil when the row holds a choice this version does not know.
    var recognitionChoice: RecognitionChoice? {
        switch choice {
        case "payment": return .payment(Money(pence: pence))
        case "voucher": return voucherKind.map { .voucher(Money(pence: pence), kind: $0) }
        case "nothing": return .nothing
        default: return nil
        }
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
