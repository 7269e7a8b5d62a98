/// Recognises words that look like acronyms and phrases that explain them.
enum AcronymShape {
    /// Whether `word`, ASCII letters, digits and `&`, looks like an acronym: two or more capitals
    /// and, apart from a plural `s`, fewer small letters than capitals (ICB, CoP, EbE, DoLS, ICBs),
    /// starting with a capital. Roman numerals (II, IV, XII) are not acronyms.
    static func looksLikeAcronym(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        func isUpper(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "A") < 26 }
        guard let first = word.first, isUpper(first) else { return false }
        var core = word[...]
        if core.count > 2, core[core.endIndex - 1] == UInt8(ascii: "s"), isUpper(core[core.endIndex - 2]) { core = core.dropLast() }
        var upper = 0
        var lower = 0
        for byte in core {
            guard AcronymTokens.isWordByte(byte) || byte == UInt8(ascii: "&") else { return false }
            if isUpper(byte) { upper += 1 } else if byte &- UInt8(ascii: "a") < 26 { lower += 1 }
        }
        guard upper >= 2, lower < upper else { return false }
        if core.count <= 4, core.allSatisfy({ $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") }) { return false }
        return true
    }

    /// The acronym without a plural `s`: ICBs → ICB.
    static func singular(_ word: Substring) -> String {
        if word.count > 2, word.last == "s", let beforeLast = word.dropLast().last, beforeLast.isUppercase {
            return String(word.dropLast())
        }
        return String(word)
    }

    /// Small words an expansion may have that the acronym leaves out.
    private static let smallWords: Set<String> = ["and", "of", "the", "for", "in", "on", "to", "with", "by", "a", "an", "&", "at"]

    /// A word of a possible expansion, made ready once to be tried against an acronym many times.
    struct ExpansionWord {
        /// The word in small letters.
        let lowered: String
        /// Its letters, in small letters.
        let letters: [Character]

        init(_ word: String) {
            (lowered, letters) = AcronymShape.lowered(word)
        }
    }

    /// The letters of `acronym`, in small letters, as `expansionMatches` compares them.
    static func letters(of acronym: String) -> [Character] {
        lowered(acronym).letters
    }

    /// `word` in small letters, and its letters alone. An ASCII word, as nearly every word is,
    /// is lowered byte by byte, which gives what `lowercased()` and `isLetter` give, for a small
    /// part of the cost.
    static func lowered(_ word: String) -> (lowered: String, letters: [Character]) {
        var word = word
        let ascii = word.withUTF8 { bytes -> (String, [Character])? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            // One pass: each byte lowered in place in the new string, each letter kept as it goes.
            var letters: [Character] = []
            letters.reserveCapacity(bytes.count)
            let lowered = String(unsafeUninitializedCapacity: bytes.count) { out in
                for index in bytes.indices {
                    let byte = bytes[index] &- UInt8(ascii: "A") < 26 ? bytes[index] | 0x20 : bytes[index]
                    out[index] = byte
                    if byte &- UInt8(ascii: "a") < 26 { letters.append(asciiLetters[Int(byte &- UInt8(ascii: "a"))]) }
                }
                return bytes.count
            }
            return (lowered, letters)
        }
        if let ascii { return ascii }
        let lowered = word.lowercased()
        return (lowered, Array(lowered.filter { $0.isLetter }))
    }

    /// The small ASCII letters as characters, made once.
    private static let asciiLetters: [Character] = (UInt8(ascii: "a")...UInt8(ascii: "z")).map { Character(Unicode.Scalar($0)) }

    /// Whether `words` spell out the acronym whose `letters(of:)` are `letters` by their first
    /// letters (Deprivation of Liberty Safeguards → DoLS), allowing small words to be skipped and
    /// a word that is itself an acronym (NHS England → NHSE) to give all its letters.
    static func expansionMatches(letters: [Character], words: ArraySlice<ExpansionWord>) -> Bool {
        guard !letters.isEmpty, !words.isEmpty else { return false }
        func match(_ letter: Int, _ word: Int) -> Bool {
            if letter == letters.count { return word == words.endIndex }
            if word == words.endIndex { return false }
            let current = words[word].letters
            if smallWords.contains(words[word].lowered) && match(letter, word + 1) { return true }
            guard let initial = current.first, initial == letters[letter] else { return false }
            if match(letter + 1, word + 1) { return true }
            // A word written as capitals inside the expansion may stand for several letters.
            var taken = 1
            while taken < current.count, letter + taken < letters.count, current[taken] == letters[letter + taken] {
                taken += 1
                if taken == current.count, match(letter + taken, word + 1) { return true }
            }
            return false
        }
        return match(0, words.startIndex)
    }

    /// The words of `text`, split at spaces and hyphens, with punctuation trimmed.
    static func words(_ text: Substring) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\n" || $0 == "\u{2011}" })
            .map { word in
                var trimmed = word[...]
                while let first = trimmed.first, isTrimmable(first) { trimmed = trimmed.dropFirst() }
                while let last = trimmed.last, isTrimmable(last) { trimmed = trimmed.dropLast() }
                return String(trimmed)
            }
            .filter { !$0.isEmpty }
    }

    /// Punctuation around a word ("(Integrated", "Board),"), but not the '&' inside A&E.
    private static func isTrimmable(_ character: Character) -> Bool {
        character != "&" && (character.isPunctuation || character.isSymbol)
    }
}

import Foundation
