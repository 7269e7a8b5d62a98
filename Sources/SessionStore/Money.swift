/// An amount of money in pence, as a whole number: never a floating-point number, so a total is
/// always exactly the sum of its parts.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The amount in pence: 2550 is £25.50.
    public let pence: Int64

    /// The largest amount one record may hold: £10,000.00. Anything more for one session is
    /// almost certainly a typing mistake.
    public static let largest = Money(pence: 1_000_000)

    /// No money.
    public static let zero = Money(pence: 0)

    /// The amount of `pence` pence.
    public init(pence: Int64) {
        self.pence = pence
    }

    /// Reads an amount as people type it: `25`, `£25`, `25.50` or `£25.5`. Anything else (a minus
    /// sign, pence written as `25p`, commas, more than two figures after the point, more than
    /// `largest`) is refused with the reason.
    public init(text: String) throws(MoneyProblem) {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        if rest.first == "£" { rest = Substring(rest.dropFirst().drop { $0 == " " }) }
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let isDigits = { (part: Substring) in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
        guard let whole = parts.first, isDigits(whole), parts.count == 1 || (isDigits(parts[1]) && parts[1].count <= 2) else {
            throw .notAnAmount(text)
        }
        guard whole.count <= 6, let pounds = Int64(whole) else { throw .tooLarge(text) }
        let fraction = parts.count == 2 ? parts[1] + String(repeating: "0", count: 2 - parts[1].count) : "00"
        let amount = Money(pence: pounds * 100 + (Int64(fraction) ?? 0))
        guard amount <= Self.largest else { throw .tooLarge(text) }
        self = amount
    }

    /// The amount as a number with two figures after the point, for a spreadsheet: `25.00`, `1234.50`.
    public var decimal: String {
        let pounds = pence / 100
        let rest = pence % 100
        return "\(pence < 0 ? "-" : "")\(abs(pounds)).\(abs(rest) < 10 ? "0" : "")\(abs(rest))"
    }

    /// The amount as people in the UK write it: `£25.00`, `£1,234.50`.
    public var pounds: String {
        let parts = decimal.split(separator: ".")
        var whole = String(parts[0])
        let sign = whole.hasPrefix("-") ? "-" : ""
        if !sign.isEmpty { whole.removeFirst() }
        var grouped = ""
        for (offset, digit) in whole.enumerated() {
            if offset > 0 && (whole.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return "\(sign)£\(grouped).\(parts[1])"
    }

    public var description: String { pounds }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.pence < rhs.pence }

    /// The sum of two amounts.
    public static func + (lhs: Money, rhs: Money) -> Money { Money(pence: lhs.pence + rhs.pence) }

    /// The sum of `amounts`.
    public static func total(_ amounts: some Sequence<Money>) -> Money {
        amounts.reduce(.zero, +)
    }
}

/// Why typed text is not an amount of money.
public enum MoneyProblem: Error, Sendable, Equatable {
    /// The text is not written as an amount in pounds.
    case notAnAmount(String)
    /// The amount is more than `Money.largest`.
    case tooLarge(String)

    /// The problem and what to write instead, in plain English.
    public var message: String {
        switch self {
        case .notAnAmount(let text):
            return "'\(text)' is not an amount Roundtable can read. Write pounds, with pence after a point if needed, for example 25, £25 or 25.50."
        case .tooLarge(let text):
            return "'\(text)' is more than \(Money.largest.pounds), which is too much for one session. Check the amount."
        }
    }
}
