import SessionStore

/// A record in one line of words, for the screen of whoever keeps the records.
public struct InvolvementWords: Sendable {
    /// The record.
    public let record: Involvement

    /// Words for `record`.
    public init(_ record: Involvement) {
        self.record = record
    }

    /// "payment £25.00", "voucher £20.00 (supermarket voucher)", "nothing".
    public var choice: String {
        switch record.choice {
        case .payment(let amount): return "payment \(amount.pounds)"
        case .voucher(let amount, let kind): return "voucher \(amount.pounds) (\(kind))"
        case .nothing: return "nothing"
        }
    }

    /// "£3.20 (bus fare)", or "none".
    public var expenses: String {
        record.expenses.map { "\($0.amount.pounds) (\($0.what))" } ?? "none"
    }

    /// "30 minutes", or "none".
    public var preparation: String {
        record.preparationMinutes == 0 ? "none" : RecognitionRecords.duration(record.preparationMinutes)
    }
}
