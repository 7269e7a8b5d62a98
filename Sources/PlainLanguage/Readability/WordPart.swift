/// The letters and digits of one part of a word, gathered as the scanner reads it, to count its
/// syllables without making a `String`: `co-production` has the parts `co` and `production`.
///
/// It remembers the syllables of the short words it has counted, as text repeats its words.
struct WordPart {
    /// Lower-case ASCII letters, with `EnglishSyllables.markedVowel` and `.otherLetter` for the rest;
    /// the first `letterCount` are this part's, the rest are kept from earlier parts to save allocating.
    private var letters = [UInt8](repeating: 0, count: 32)
    private var letterCount = 0
    /// The letters so far packed as `packed(_:)` packs them, or nil once one is not an ASCII
    /// letter or there are more than 12.
    private var key: UInt64? = 0
    private var digits = 0
    private var decimalPoints = 0
    private var allCapitals = true
    /// Syllables of words counted before: `key << 4 | syllables` in the slot of the key's hash, 0 when empty.
    private var counted = [UInt64](repeating: 0, count: 1 << countedBits)
    private static let countedBits = 12

    /// Adds an ASCII letter or digit.
    @inline(__always)
    mutating func add(ascii byte: UInt8) {
        if byte &- UInt8(ascii: "0") < 10 {
            digits += 1
        } else {
            if byte &- UInt8(ascii: "A") >= 26 { allCapitals = false }
            append(byte | 0x20)
        }
    }

    /// Adds a letter or digit `character` that is not ASCII; a combining mark adds nothing.
    mutating func add(_ character: ProseCharacter) {
        if character.isMarkedVowel {
            allCapitals = false
            append(EnglishSyllables.markedVowel)
        } else if character.isWordCharacter {
            allCapitals = false
            append(EnglishSyllables.otherLetter)
        }
    }

    @inline(__always)
    private mutating func append(_ letter: UInt8) {
        if letterCount < letters.count { letters[letterCount] = letter } else { letters.append(letter) }
        letterCount += 1
        if let soFar = key, letterCount <= 12, letter &- UInt8(ascii: "a") < 26 {
            key = soFar | UInt64(letter & 0x1F) << UInt64(5 * (letterCount - 1))
        } else {
            key = nil
        }
    }

    /// The key of a word of at most 12 ASCII letters, given as the small letters of its first
    /// eight (`EightBytes.lowered`, the lanes after the word 0) and of the rest: five bits a
    /// letter, `a` as 1, the first letter lowest. Words of different lengths never share a key.
    @inline(__always)
    static func packed(_ first: UInt64, _ rest: UInt64) -> UInt64 {
        fiveBitsEach(first & 0x1F1F_1F1F_1F1F_1F1F) | fiveBitsEach(rest & 0x1F1F_1F1F_1F1F_1F1F) << 40
    }

    /// The low five bits of each byte of `lanes`, side by side, the first byte's lowest.
    @inline(__always)
    private static func fiveBitsEach(_ lanes: UInt64) -> UInt64 {
        // Pairs of bytes into ten bits, pairs of those into twenty, then the two halves together.
        let tens = lanes & 0x001F_001F_001F_001F | (lanes & 0x1F00_1F00_1F00_1F00) >> 3
        let twenties = tens & 0x0000_03FF_0000_03FF | (tens & 0x03FF_0000_03FF_0000) >> 6
        return twenties & 0xF_FFFF | (twenties >> 32) << 20
    }

    /// The syllables of the word whose key (see `packed(_:_:)`) is `key`, when a word with that key was counted before.
    @inline(__always)
    func counted(_ key: UInt64) -> Int? {
        let entry = counted[Self.slot(key)]
        return entry >> 4 == key ? Int(entry & 0xF) : nil
    }

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> (64 - UInt64(countedBits)))
    }

    /// Adds the point of a decimal number such as `3.5`, said as a syllable.
    mutating func addDecimalPoint() {
        decimalPoints += 1
    }

    /// The syllables of the part; the part is then empty, ready for the next.
    ///
    /// Numbers are counted a syllable a digit, and one for a decimal point, which is close to how
    /// they are read aloud (`1948`, "nineteen forty-eight", has four; `3.5` three). Capitals of two
    /// or three letters are spelt out (`NHS`, `GP`), `W` as three.
    mutating func finish() -> Int {
        defer {
            letterCount = 0
            key = 0
            digits = 0
            decimalPoints = 0
            allCapitals = true
        }
        let syllables = letters.withUnsafeBufferPointer { all -> Int in
            let letters = UnsafeBufferPointer(rebasing: all[..<letterCount])
            if digits > 0 {
                let spoken = EnglishSyllables.containsVowel(letters) ? EnglishSyllables.count(letters) : 0
                return digits + decimalPoints + spoken
            }
            if allCapitals && (2...3).contains(letters.count) {
                return letters.reduce(0) { $0 + ($1 == UInt8(ascii: "w") ? 3 : 1) }
            }
            guard let key, key != 0 else { return EnglishSyllables.count(letters) }
            let slot = Self.slot(key)
            if counted[slot] >> 4 == key { return Int(counted[slot] & 0xF) }
            let syllables = EnglishSyllables.count(letters)
            counted[slot] = key << 4 | UInt64(min(syllables, 15))
            return syllables
        }
        return syllables
    }
}
