/// Counts the syllables of an English word by rule, offline, with no dictionary file.
///
/// The rules, in order:
/// - a short table of common words the rules get wrong (`people`, `business`, `create`);
/// - compounds counted part by part where the first part ends in a silent e (`some|one`,
///   `frame|work`, `guide|lines`), and `every|thing`;
/// - suffixes said the same whatever comes before (`love|ly`, `state|ment`, `care|less`, `-ically`);
/// - otherwise the groups of vowels (`a e i o u`, and `y` unless it starts a syllable as in `yes` or
///   `player`), split where two vowels are said apart (`radio`, `video`, `area`, `actual`, `quiet`,
///   `being`, `flyer`, `reassess`), less a silent final `e`, `-es` or `-ed` (`make`, `makes`,
///   `jumped`; but not `table`, `centre`, `places`, `wanted` or `needed`), less the silent `-ue` of
///   `unique` and `league`, plus one for `-ism` and `-asm`.
///
/// Every word has at least one syllable.
enum EnglishSyllables {
    /// Stands in a word for a vowel with a mark, as in `café`, `naïve` or `Māori`: said apart from its neighbours.
    static let markedVowel = UInt8(ascii: "*")
    /// Stands in a word for any other letter that is not an ASCII letter, such as `ñ` or `ß`.
    static let otherLetter = UInt8(ascii: "#")

    /// The syllables of `word`, given as lower-case ASCII letters, `markedVowel` and `otherLetter`.
    static func count(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        guard !word.isEmpty else { return 0 }
        if let key = WordKey.of(word) {
            if let known = exceptions.value(for: key) { return known }
            if word.count > 3, word[word.count - 1] == s, let known = exceptions.value(for: key >> 5) { return known }
        }
        if let second = compoundFirstPart(word) ?? compoundLastPart(word) {
            return count(UnsafeBufferPointer(rebasing: word[..<second]))
                + count(UnsafeBufferPointer(rebasing: word[second...]))
        }
        if let (stem, syllables) = suffix(word) {
            return count(UnsafeBufferPointer(rebasing: word[..<stem])) + syllables
        }
        return byRule(word)
    }

    /// Whether `letters` has a vowel, `y` included.
    static func containsVowel(_ letters: some Collection<UInt8>) -> Bool {
        letters.contains { isPlainVowel($0) || $0 == y }
    }

    // MARK: - Words the rules get wrong

    /// Common words the rules below count wrongly, with their syllables as said in British English.
    /// A word here also covers its plural or possessive with `s` (`friends`, `people's`).
    private static let exceptions = WordList([
        ("anyone", 3), ("apostrophe", 4), ("behavior", 3), ("behaviour", 3), ("business", 2), ("businesses", 3),
        ("cafe", 2), ("catastrophe", 4), ("cllr", 3), ("coalition", 4), ("cooperate", 4), ("cooperation", 5),
        ("coordinate", 4), ("coordinated", 5), ("coordinating", 5), ("coordination", 5), ("coordinator", 5),
        ("create", 2), ("created", 3), ("creating", 3), ("creation", 3), ("creative", 3), ("creativity", 5),
        ("diabetes", 4), ("dr", 2), ("element", 3), ("etc", 4), ("evening", 2), ("every", 2), ("friend", 1),
        ("friendship", 2), ("hygiene", 2), ("ideal", 3), ("initiative", 4), ("maybe", 2), ("mr", 2), ("mrs", 2),
        ("museum", 3), ("naive", 2), ("nevertheless", 4), ("nuclear", 3), ("parliament", 3),
        ("parliamentary", 5), ("people", 2), ("poem", 2), ("poet", 2), ("poetry", 3), ("proactive", 3),
        ("reality", 4), ("recipe", 3), ("rhythm", 2), ("science", 2), ("scientific", 4), ("scientist", 3),
        ("society", 4), ("suicidal", 4), ("suicide", 3), ("theater", 3), ("theatre", 3), ("wednesday", 2),
        ("wherever", 3),
    ])

    // MARK: - Compounds and suffixes

    /// First parts of compounds that end in a silent e, which the vowel rule would count again
    /// in the middle of the word: `some|one`, `home|work`, `care|ful`, `there|fore`.
    private static let compoundFirstParts = WordList([
        "base", "care", "every", "fire", "home", "house", "life", "like", "more", "note", "safe", "side",
        "some", "there", "time", "where", "whole",
    ])

    /// Where the second part starts, when `word` is a compound such as `someone` or `timetable`.
    private static func compoundFirstPart(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        for length in 4...5 where word.count >= length + 2 && (word[length - 1] == e || word[length - 1] == y) {
            let rest = word[length...]
            guard rest.first != r, containsVowel(rest),
                  let key = WordKey.of(word[..<length]), compoundFirstParts.contains(key) else { continue }
            return length
        }
        return nil
    }

    /// Second parts of compounds whose first part may end in a silent e: `frame|work`, `guide|lines`,
    /// `stake|holder`, `else|where`.
    private static let compoundLastParts = WordList([
        "book", "books", "holder", "holders", "line", "lines", "mark", "marks", "place", "places", "time", "times",
        "where", "wide", "work", "works",
    ])

    /// Where the second part starts, when `word` is a first part ending in a silent e (a consonant
    /// and `e`) followed by one of `compoundLastParts`.
    private static func compoundLastPart(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        for length in 4...7 where word.count >= length + 3 {
            let start = word.count - length
            guard word[start - 1] == e, !isVowel(word, start - 2),
                  let key = WordKey.of(word[start...]), compoundLastParts.contains(key) else { continue }
            return start
        }
        return nil
    }

    /// Where the suffix starts and its syllables, when `word` ends in a suffix said the same
    /// whatever the silent e before it (`love|ly`, `state|ment`, `hope|fully`, `care|less`, `aware|ness`,
    /// `use|ful`; `-ically` is said `-ic-ly`) after a stem with a vowel.
    private static func suffix(_ word: UnsafeBufferPointer<UInt8>) -> (stem: Int, syllables: Int)? {
        switch word[word.count - 1] {
        case y: return ending(word, "ically", 2) ?? ending(word, "fully", 2) ?? ending(word, "ly", 1)
        case t: return ending(word, "ment", 1)
        case s: return ending(word, "ments", 1) ?? ending(word, "less", 1) ?? ending(word, "ness", 1)
        case l: return ending(word, "ful", 1)
        default: return nil
        }
    }

    private static func ending(_ word: UnsafeBufferPointer<UInt8>, _ suffix: StaticString,
                               _ syllables: Int) -> (stem: Int, syllables: Int)? {
        let stem = word.count - suffix.utf8CodeUnitCount
        guard stem >= 2, suffix.withUTF8Buffer({ $0.elementsEqual(word[stem...]) }),
              containsVowel(word[..<stem]) else { return nil }
        return (stem, syllables)
    }

    // MARK: - The vowel rule

    /// Vowel groups, split where vowels are said apart, with the corrections for silent endings.
    private static func byRule(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        var groups = 0
        for index in word.indices where isVowel(word, index) {
            if index == 0 || !isVowel(word, index - 1) || saidApart(word, index - 1, index) { groups += 1 }
        }
        if hasSilentE(word) { groups -= 1 }
        if hasSilentUE(word) { groups -= 1 }
        if endsInSM(word) { groups += 1 }
        return max(1, groups)
    }

    private static func isConsonant(_ letter: UInt8) -> Bool {
        letter != 0 && letter != y && !isPlainVowel(letter)
    }

    private static func isPlainVowel(_ letter: UInt8) -> Bool {
        switch letter {
        case a, e, i, o, u, markedVowel: return true
        default: return false
        }
    }

    /// Whether the letter at `index` is a vowel; `y` is a consonant before a vowel at the start of a
    /// word or after another vowel (`yes`, `player`, `beyond`), and a vowel otherwise (`happy`, `gym`).
    private static func isVowel(_ word: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let letter = word[index]
        if letter == y {
            let beforeVowel = index + 1 < word.count && isPlainVowel(word[index + 1])
            return !beforeVowel || (index > 0 && !isPlainVowel(word[index - 1]))
        }
        return isPlainVowel(letter)
    }

    /// Whether the vowels at `first` and `second`, next to each other, are said as two syllables.
    private static func saidApart(_ word: UnsafeBufferPointer<UInt8>, _ first: Int, _ second: Int) -> Bool {
        let one = word[first], two = word[second]
        if one == markedVowel || two == markedVowel { return true }
        let length = word.count
        let before = first > 0 ? word[first - 1] : 0
        let after = second + 1 < length ? word[second + 1] : 0
        if two == i && endsInING(word, from: second) { return true }  // being, doing, flying
        if one == y {  // flyer, polyester, embryo; not lawyer, canyon, dyes
            let finalE = two == e && (second + 1 == length || (second + 2 == length && isOneOf(after, "sd")))
            return !isOneOf(before, "wn") && !finalE
        }
        if first == 1 && word[0] == r && one == e {  // the prefix re-: reassess, react, reinstate; not reach, rein
            let next = second + 2 < length ? word[second + 2] : 0
            if two == a && isConsonant(after) && (after == next || (after == c && next == t)) { return true }
            let reins = next == s && second + 3 == length
            if two == i && isOneOf(after, "mn") && isConsonant(next) && next != g && !reins { return true }
        }
        switch (one, two) {
        case (i, a):  // media, trial, associate; not social, Christian, Asia
            return !(isOneOf(before, "cts") && (after == l || after == n || after == 0))
        case (i, o):  // radio, period, curious; not nation, region, fashion, union, million
            return !(isOneOf(before, "ctsxghn") || (before == l && first >= 2 && word[first - 2] == l))
        case (i, u):  // medium, premium
            return true
        case (i, e):  // quiet, client, earlier, happiest; not patient, ancient, field, series
            let ier = after == r && second + 2 == length
            let iest = after == s && second + 3 == length && word[length - 1] == t
            if (ier || iest) && hasVowel(word, before: first) { return true }
            return (after == n || after == t) && !isOneOf(before, "cts")
        case (e, o):  // video, theory, geography; not surgeon, gorgeous
            return !(isOneOf(before, "cg") && (after == n || after == u))
        case (e, a):  // area, idea, ideas; not sea, each
            return (after == 0 || (after == s && second + 2 == length)) && hasVowel(word, before: first)
        case (u, a):  // actual, usual, situation; not quality, language
            return !isOneOf(before, "qg")
        case (u, e):  // fuel, influence, fluent; not sequence, guest, value
            return !isOneOf(before, "qg") && isOneOf(after, "lnt")
        case (u, i):  // fluid, ruin, continuity; not build, suit, guide, equity
            let uity = after == t && second + 3 == length && word[length - 1] == y
            return !isOneOf(before, "qg") && (isOneOf(after, "dn") || uity)
        case (u, o):  // continuous, ambiguous, duo; not quote
            return before != q
        default:
            return false
        }
    }

    /// Whether `word` ends in `ing` or `ings` from `index`.
    private static func endsInING(_ word: UnsafeBufferPointer<UInt8>, from index: Int) -> Bool {
        let length = word.count
        guard index + 3 == length || (index + 4 == length && word[length - 1] == s) else { return false }
        return word[index + 1] == n && word[index + 2] == g
    }

    private static func hasVowel(_ word: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        (0..<index).contains { isVowel(word, $0) }
    }

    /// Whether the word ends in an `e`, `es` or `ed` that is not said: `make`, `makes`, `jumped`,
    /// but not `table`, `centre`, `tabled`, `hundred`, `places`, `churches`, `wanted`, `needed`.
    private static func hasSilentE(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = word.count
        let position: Int, ending: UInt8
        if word[length - 1] == e {
            (position, ending) = (length - 1, 0)
        } else if length >= 3, word[length - 2] == e, word[length - 1] == s || word[length - 1] == d {
            (position, ending) = (length - 2, word[length - 1])
        } else {
            return false
        }
        guard position >= 1, !isVowel(word, position - 1) else { return false }
        let consonant = word[position - 1]
        let before = position >= 2 ? word[position - 2] : 0
        if (consonant == l || consonant == r) && position >= 2 && before != consonant && !isVowel(word, position - 2) {
            return false
        }
        switch ending {
        case s: return !(isOneOf(consonant, "sxzcg") || (consonant == h && (before == c || before == s)))
        case d: return consonant != t && consonant != d
        default: return true
        }
    }

    /// Whether the word ends in a silent `-que` or `-gue`: `unique`, `league`, `colleagues`, `mosque`; not `argue`.
    private static func hasSilentUE(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = word[word.count - 1] == s ? word.count - 1 : word.count
        guard end >= 4, word[end - 1] == e, word[end - 2] == u else { return false }
        let qOrG = word[end - 3], before = word[end - 4]
        guard qOrG == q || qOrG == g else { return false }
        return isPlainVowel(before) || (qOrG == q && before == s)
    }

    /// Whether the word ends in `-sm` or `-sms`, said as an extra syllable: `criticism`, `enthusiasm`.
    private static func endsInSM(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = word[word.count - 1] == s ? word.count - 1 : word.count
        return end >= 3 && word[end - 2] == s && word[end - 1] == m
    }

    private static func isOneOf(_ letter: UInt8, _ letters: StaticString) -> Bool {
        letters.withUTF8Buffer { $0.contains(letter) }
    }

    private static let a = UInt8(ascii: "a"), c = UInt8(ascii: "c"), d = UInt8(ascii: "d"), e = UInt8(ascii: "e")
    private static let g = UInt8(ascii: "g"), h = UInt8(ascii: "h"), i = UInt8(ascii: "i"), l = UInt8(ascii: "l")
    private static let m = UInt8(ascii: "m"), n = UInt8(ascii: "n"), o = UInt8(ascii: "o"), q = UInt8(ascii: "q")
    private static let r = UInt8(ascii: "r"), s = UInt8(ascii: "s")
    private static let t = UInt8(ascii: "t"), u = UInt8(ascii: "u"), y = UInt8(ascii: "y")
}
