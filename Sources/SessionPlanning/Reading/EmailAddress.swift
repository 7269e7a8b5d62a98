/// The shape an e-mail address in an agenda must have, checked strictly because it is written
/// into calendar invites: one @, a name before it, a domain with a dot after it, and no spaces
/// or control characters anywhere.
enum EmailAddress {
    /// What is wrong with an address.
    enum Problem: Equatable {
        /// A line break, tab or other control character.
        case controlCharacter
        /// A space.
        case space
        /// No @, or more than one.
        case atCount
        /// Nothing before the @ or nothing after it.
        case emptyPart
        /// The part after the @ has no dot, or starts or ends with one.
        case noDotInDomain

        /// The problem in words, after "'x' is not a whole e-mail address: ".
        var words: String {
            switch self {
            case .controlCharacter: return "it has a line break or another control character in it"
            case .space: return "it has a space in it"
            case .atCount: return "it must have exactly one @"
            case .emptyPart: return "it needs a name before the @ and a domain after it"
            case .noDotInDomain: return "the part after @ has no dot"
            }
        }
    }

    /// What is wrong with `text` as an e-mail address, or nil when it has the right shape.
    static func problem(in text: String) -> Problem? {
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            return .controlCharacter
        }
        if text.contains(where: \.isWhitespace) { return .space }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return .atCount }
        guard let name = parts.first, let domain = parts.last, !name.isEmpty, !domain.isEmpty else { return .emptyPart }
        guard domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix(".") else { return .noDotInDomain }
        return nil
    }
}
