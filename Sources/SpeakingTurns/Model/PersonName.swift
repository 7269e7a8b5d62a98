import Foundation

/// A person's name as Roundtable keeps it: in Unicode's composed form (NFC), with every kind of
/// space (a non-breaking space from a spreadsheet, a tab) written as one ordinary space, and
/// nothing that cannot be seen or printed. Names are kept this way so that the same name typed
/// twice is the same name, and so that the redactor can find every form of it in a document.
public enum PersonName {
    /// The longest name Roundtable keeps, in characters: far longer than any real name.
    public static let maximumLength = 120

    /// Why a name cannot be kept as it was written.
    public enum Problem: Error, Equatable, Sendable {
        /// Nothing but spaces.
        case empty
        /// Longer than `maximumLength` characters.
        case tooLong(Int)
        /// Holds a line break, tab-like control, terminal escape or other invisible control character.
        case controlCharacter(Unicode.Scalar)
        /// Holds an invisible formatting character, such as a right-to-left override or a zero-width space.
        case invisibleCharacter(Unicode.Scalar)
        /// Written surname first, with a comma: "Okafor, Dee". Carries the name in the usual order.
        case surnameFirst(suggestion: String)
        /// Holds no letter at all.
        case noLetters

        /// The problem in plain English, with what to do.
        public func message(for name: String) -> String {
            switch self {
            case .empty:
                return "The name is empty. Write the name the person wants to be called."
            case .tooLong(let length):
                return "The name is \(length) characters long; Roundtable keeps names of up to \(PersonName.maximumLength). Write the name the person wants to be called, without notes."
            case .controlCharacter(let scalar):
                return "The name '\(PersonName.visible(name))' holds a hidden control character (\(PersonName.codePoint(scalar))), such as a line break or a terminal code. Type the name again by hand."
            case .invisibleCharacter(let scalar):
                return "The name '\(PersonName.visible(name))' holds an invisible character (\(PersonName.codePoint(scalar))) that can change how text is shown or hide part of a name. Type the name again by hand."
            case .surnameFirst(let suggestion):
                return "The name '\(name)' seems to be written surname first, with a comma. Write it in the order people say it, for example '\(suggestion)'."
            case .noLetters:
                return "The name '\(name)' has no letters in it. Write the name the person wants to be called."
            }
        }
    }

    /// `raw` as Roundtable keeps names, or the reason it cannot be kept.
    public static func normalised(_ raw: String) throws(Problem) -> String {
        var words: [String] = []
        var word = ""
        for scalar in raw.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .control { throw .controlCharacter(scalar) }
            if isSpace(scalar) {
                if !word.isEmpty { words.append(word); word = "" }
                continue
            }
            switch scalar.properties.generalCategory {
            case .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned:
                throw .invisibleCharacter(scalar)
            default:
                word.unicodeScalars.append(scalar)
            }
        }
        if !word.isEmpty { words.append(word) }
        let name = words.joined(separator: " ")
        guard !name.isEmpty else { throw .empty }
        guard name.count <= maximumLength else { throw .tooLong(name.count) }
        guard name.unicodeScalars.contains(where: \.properties.isAlphabetic) else { throw .noLetters }
        if let comma = name.firstIndex(where: { $0 == "," || $0 == "，" }) {
            let surname = name[..<comma].trimmingCharacters(in: .whitespaces)
            let given = name[name.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            throw .surnameFirst(suggestion: given.isEmpty || surname.isEmpty ? name.replacingOccurrences(of: ",", with: "") : "\(given) \(surname)")
        }
        return name
    }

    /// `raw` tidied as far as it can be without refusing it (composed form, one kind of space),
    /// for looking a name up or matching one kept before names were checked.
    public static func tidied(_ raw: String) -> String {
        raw.precomposedStringWithCanonicalMapping.unicodeScalars
            .split(whereSeparator: isSpace)
            .map { String(String.UnicodeScalarView($0)) }
            .joined(separator: " ")
    }

    /// Any kind of space or line break: the ordinary space, tabs, no-break spaces, the wide and
    /// narrow spaces of typesetting, and the ideographic space.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{180E}"
    }

    /// `text` with every control or invisible character shown as its code, for messages.
    static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator:
                result += "<\(codePoint(scalar))>"
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
