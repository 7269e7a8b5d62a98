import Foundation

/// How to reach a person: an e-mail address, a phone number, or both. Kept only for people who
/// agreed to be contacted; published documents never hold them.
public struct ContactDetails: Sendable, Equatable {
    /// The e-mail address, checked to look like one (`name@example.org`).
    public var email: String?
    /// The phone number, as the person gave it (`0113 496 0000`, `+44 113 496 0000`).
    public var phone: String?

    /// The longest e-mail address: 254 characters, as the mail standards allow.
    public static let maximumEmailLength = 254
    /// The longest phone number, with its spaces: 30 characters.
    public static let maximumPhoneLength = 30

    /// What is wrong with a detail, in words for the person who typed it.
    public enum Problem: Error, Sendable, Equatable {
        /// The e-mail address does not look like one.
        case email(String)
        /// The phone number has characters a phone number does not have, or too many.
        case phone(String)

        /// The problem and what to do, in plain English.
        public var message: String {
            switch self {
            case .email(let text):
                return "'\(text)' does not look like an e-mail address. Write it as name@example.org, with no spaces."
            case .phone(let text):
                return "'\(text)' does not look like a phone number. Use digits, spaces and a + at the start if needed, up to \(ContactDetails.maximumPhoneLength) characters."
            }
        }
    }

    /// No way to reach the person.
    public static let none = ContactDetails(checkedEmail: nil, checkedPhone: nil)

    private init(checkedEmail: String?, checkedPhone: String?) {
        email = checkedEmail
        phone = checkedPhone
    }

    /// Details from what a person typed, trimmed; empty text counts as not given.
    public init(email: String? = nil, phone: String? = nil) throws(Problem) {
        let email = email?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        let phone = phone?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        if let email, !Self.looksLikeEmail(email) { throw .email(email) }
        if let phone, !Self.looksLikePhone(phone) { throw .phone(phone) }
        self.email = email
        self.phone = phone
    }

    /// Whether there is any way to reach the person.
    public var isEmpty: Bool { email == nil && phone == nil }

    /// One `@`, something before it, a dot in the part after it, no spaces or control characters.
    private static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard text.count <= maximumEmailLength, parts.count == 2, !parts[0].isEmpty,
              parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return text.unicodeScalars.allSatisfy { !CharacterSet.whitespacesAndNewlines.contains($0) && !CharacterSet.controlCharacters.contains($0)
            && !"<>,;:\"()[]\\".unicodeScalars.contains($0) }
    }

    /// Digits, spaces, dashes, brackets and dots, a `+` only at the start, and at least 5 digits.
    private static func looksLikePhone(_ text: String) -> Bool {
        guard text.count <= maximumPhoneLength, text.filter(\.isASCII).filter(\.isNumber).count >= 5 else { return false }
        for (offset, character) in text.enumerated() {
            if character == "+" && offset == 0 { continue }
            guard character.isASCII, character.isNumber || " -().".contains(character) else { return false }
        }
        return true
    }
}

extension String {
    /// The text, or nil when it is empty.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
