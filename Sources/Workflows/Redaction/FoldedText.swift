/// Text folded for finding names in it: lower case, accents and other marks taken off, letters
/// written in other ways made plain ("ø" as "o", "ß" as "ss", full-width letters as ordinary
/// ones), every apostrophe as `'`, every dash as `-`, every space and line break as one space,
/// and invisible characters (zero-width spaces, soft hyphens, direction marks) left out. Each
/// folded character remembers the character of the original text it came from, so a match in
/// the folded text is a range of the original.
struct FoldedText {
    /// The original text, one entry per character as a reader sees it.
    let characters: [Character]
    /// The folded text.
    let scalars: [Unicode.Scalar]
    /// For each folded scalar, the index in `characters` it came from.
    let origin: [Int]

    init(_ text: String) {
        self.init(characters: Array(text))
    }

    init(characters: [Character]) {
        var scalars: [Unicode.Scalar] = []
        var origin: [Int] = []
        scalars.reserveCapacity(characters.count)
        origin.reserveCapacity(characters.count)
        for (index, character) in characters.enumerated() {
            for scalar in Self.fold(character) {
                scalars.append(scalar)
                origin.append(index)
            }
        }
        self.characters = characters
        self.scalars = scalars
        self.origin = origin
    }

    /// `text` folded, as a string: for building what to look for.
    static func folded(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for character in text { result.append(contentsOf: fold(character)) }
        return String(result)
    }

    /// One character, folded to none, one or a few scalars.
    static func fold(_ character: Character) -> [Unicode.Scalar] {
        if let ascii = character.asciiValue {
            switch ascii {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): return [Unicode.Scalar(ascii + 32)]
            case UInt8(ascii: "`"): return ["'"]
            case 9, 10, 11, 12, 13, 32: return [" "]  // "\r\n" is one character, with the value of "\n"
            default: return [Unicode.Scalar(ascii)]
            }
        }
        if character.isWhitespace { return [" "] }
        var result: [Unicode.Scalar] = []
        for scalar in String(character).decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .format, .control:
                continue
            default:
                break
            }
            if let replaced = replacements[scalar] {
                result.append(contentsOf: replaced.unicodeScalars)
            } else if scalar.properties.changesWhenLowercased {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return result
    }

    /// Letters that do not come apart into a plain letter and a mark, and punctuation with many forms.
    private static let replacements: [Unicode.Scalar: String] = [
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
        "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "ħ": "h", "Ħ": "h", "ŀ": "l", "Ŀ": "l",
        "\u{2018}": "'", "\u{2019}": "'", "\u{201B}": "'", "\u{02BC}": "'", "\u{02B9}": "'", "\u{00B4}": "'", "\u{2032}": "'", "\u{FF07}": "'",
        "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2014}": "-", "\u{2015}": "-", "\u{2212}": "-", "\u{FE63}": "-", "\u{FF0D}": "-",
    ]

    /// Whether a folded scalar is part of a word: a letter or a digit.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Whether a folded scalar is a letter.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
        }
        return scalar.properties.isAlphabetic
    }
}
