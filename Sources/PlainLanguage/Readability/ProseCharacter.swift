/// What the readability scanner needs to know about one character of UTF-8 text: where it ends,
/// and whether it is a space, a letter, a full stop, a quote or a bracket.
///
/// ASCII is decided by byte; anything else by its Unicode properties, which English prose rarely needs.
struct ProseCharacter {
    /// The Unicode scalar value.
    let value: UInt32
    /// Its length in bytes.
    let length: Int

    /// The character that starts at byte `index` of `text`, which must be in range; a broken
    /// sequence reads as U+FFFD one byte long, so the scanner always moves on.
    @inline(__always)
    init(_ text: UnsafeBufferPointer<UInt8>, at index: Int) {
        let lead = UInt32(text[index])
        guard lead >= 0x80 else {
            (value, length) = (lead, 1)
            return
        }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= text.count else {
            (self.value, self.length) = (0xFFFD, 1)
            return
        }
        var value = lead & (0x7F >> UInt32(length))
        for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
        (self.value, self.length) = (value, length)
    }

    private var scalar: Unicode.Scalar? { Unicode.Scalar(value) }

    // The answers that need Unicode's tables are never inlined: the standard library's property
    // types would otherwise be set up on every call of the scanner's loops, for every word.

    var isASCIILetter: Bool { (value | 0x20) &- 0x61 < 26 }
    var isASCIIUppercase: Bool { value &- 0x41 < 26 }
    var isDigit: Bool { value &- 0x30 < 10 }

    /// Spaces, tabs and line breaks, including the no-break space.
    @inline(__always)
    var isWhitespace: Bool {
        value < 0x80 ? value == 0x20 || value &- 0x09 < 5 : isOtherWhitespace
    }

    @inline(never)
    private var isOtherWhitespace: Bool { scalar?.properties.isWhitespace ?? false }

    /// A letter or digit, which starts or continues a word.
    @inline(__always)
    var isWordCharacter: Bool {
        value < 0x80 ? isASCIILetter || isDigit : isOtherLetterOrDigit
    }

    @inline(never)
    private var isOtherLetterOrDigit: Bool {
        guard let properties = scalar?.properties else { return false }
        return properties.isAlphabetic || properties.numericType != nil
    }

    /// An accent or other combining mark, which belongs to the letter before it.
    var isCombiningMark: Bool { value >= 0x300 && isOtherCombiningMark }

    @inline(never)
    private var isOtherCombiningMark: Bool {
        guard let category = scalar?.properties.generalCategory else { return false }
        return category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
    }

    /// An upper-case letter, which may start a sentence.
    var isUppercase: Bool { value < 0x80 ? isASCIIUppercase : isOtherUppercase }

    @inline(never)
    private var isOtherUppercase: Bool { scalar?.properties.isUppercase ?? false }

    /// `'` or `’` inside a word such as `don't`.
    var isApostrophe: Bool { value == 0x27 || value == 0x2019 }

    /// `-` or a Unicode hyphen inside a word such as `co-production`.
    var isHyphen: Bool { value == 0x2D || value == 0x2010 || value == 0x2011 }

    /// `.`, `!`, `?` or `…`, which may end a sentence.
    var isSentenceEnd: Bool { value == 0x2E || value == 0x21 || value == 0x3F || value == 0x2026 }

    /// A closing quote or bracket, which belongs to the sentence it follows: `."` or `.)`.
    var isCloser: Bool {
        switch value {
        case 0x22, 0x27, 0x29, 0x5D, 0x2019, 0x201D, 0xBB, 0x203A: return true
        default: return false
        }
    }

    /// An opening quote or bracket, which may start a sentence.
    var isOpener: Bool {
        switch value {
        case 0x22, 0x27, 0x28, 0x5B, 0x2018, 0x201C, 0xAB, 0x2039: return true
        default: return false
        }
    }

    /// A Latin vowel with a mark, as in `café`, `naïve`, `Māori`, `Zoë` or the Welsh `ŵ`.
    var isMarkedVowel: Bool {
        switch value {
        case 0xC0...0xC6, 0xC8...0xCF, 0xD2...0xD6, 0xD8...0xDD,  // À–Æ, È–Ï, Ò–Ö, Ø–Ý
             0xE0...0xE6, 0xE8...0xEF, 0xF2...0xF6, 0xF8...0xFD, 0xFF,  // à–æ, è–ï, ò–ö, ø–ý, ÿ
             0x100...0x105, 0x112...0x11B, 0x128...0x131,  // Ā–ą, Ē–ě, Ĩ–ı
             0x14C...0x153, 0x168...0x178:  // Ō–œ, Ũ–Ÿ
            return true
        default:
            return false
        }
    }
}
