/// The word forms generated for a glossary term, so a glossary lists each term once, in any form:
/// stakeholder → stakeholders; signpost → signposts, signposted, signposting; and the other way,
/// commissioning → commission, commissions, commissioned; outcomes → outcome; ACEs → ACE.
enum WordForms {
    /// Every form of `phrase` for an entry of `kind`, the phrase itself first. Only the last word
    /// changes (care package → care packages). Acronyms take a plural `s`; labels take plurals
    /// (adjectives such as "clean" must not become "cleaning"); jargon takes plurals and verb forms.
    static func forms(of phrase: String, kind: GlossaryEntry.Kind) -> [String] {
        let head: Substring
        let last: String
        if let lastSpace = phrase.lastIndex(where: { $0 == " " || $0 == "-" }) {
            head = phrase[...lastSpace]
            last = String(phrase[phrase.index(after: lastSpace)...])
        } else {
            head = ""
            last = phrase
        }
        var result = [phrase]
        for form in lastWordForms(of: last, kind: kind, hasHead: !head.isEmpty) where !result.contains(head + form) {
            result.append(head + form)
        }
        return result
    }

    /// The forms of one word, written in any form: the base it comes from, then the base's forms.
    private static func lastWordForms(of word: String, kind: GlossaryEntry.Kind, hasHead: Bool) -> [String] {
        switch kind {
        case .acronym:
            // ICBs → ICB; ICB → ICBs; OASys has no plural of its own.
            let singular = AcronymShape.singular(Substring(word))
            if singular != word { return [singular] }
            return word.last?.isLowercase == true ? [] : [word + "s"]
        case .label, .jargon:
            guard word.count >= 3, word.allSatisfy({ $0.isLetter }) else { return [] }
        }
        let lower = word.lowercased()
        if keepAsWritten.contains(lower) || notPlurals.contains(lower) { return [] }
        if let singular = singular(of: word, lower: lower) {
            // outcomes → outcome: an entry written as a plural is a noun.
            return [singular]
        }
        let isForm = lower.hasSuffix("ing") || lower.hasSuffix("ed")
        // Labels take plurals only, and "the disabled" or "attention seeking" have none.
        if kind == .label { return isForm ? [] : endings(of: word, kind: kind, doubled: nil) }
        // evidence-based, trauma-informed and user-led describe a thing; they are not verbs.
        if hasHead, compoundAdjectives.contains(lower) { return [] }
        if isForm, let (base, doubled) = verbBase(of: word, lower: lower) {
            var forms = [base] + endings(of: base, kind: kind, doubled: doubled)
            if countNounGerunds.contains(lower) { forms.append(word + "s") }
            if let past = irregularPast(of: base) {
                // meet → met, never "meeted".
                forms.removeAll { $0 != base && $0.lowercased().hasSuffix("ed") }
                forms += past
            }
            return forms
        }
        return endings(of: word, kind: kind, doubled: nil)
    }

    /// The plural and verb forms of a base word (signpost → signposts, signposted, signposting).
    /// `doubled` says whether the verb doubles its last consonant (plan → planned), when known.
    private static func endings(of word: String, kind: GlossaryEntry.Kind, doubled: Bool?) -> [String] {
        let lower = word.lowercased()
        let characters = Array(lower)
        guard characters.count >= 2 else { return [] }
        let last = characters[characters.count - 1]
        let beforeLast = characters[characters.count - 2]
        var plural: String
        var verbs: [String] = []
        if lower.hasSuffix("is") {
            // analysis → analyses, with no verb forms.
            return [String(word.dropLast(2)) + "es"]
        } else if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("z") || lower.hasSuffix("ch") || lower.hasSuffix("sh") {
            plural = word + "es"
            verbs = [word + "ed", word + "ing"]
        } else if last == "y" && !vowels.contains(beforeLast) {
            let stem = String(word.dropLast())
            plural = stem + "ies"
            verbs = [stem + "ied", word + "ing"]
        } else if last == "e" {
            plural = word + "s"
            verbs = lower.hasSuffix("ee") ? [word + "d", word + "ing"] : [word + "d", String(word.dropLast()) + "ing"]
        } else {
            plural = word + "s"
            let doubledVerbs = [word + String(last) + "ed", word + String(last) + "ing"]
            switch doubled {
            case true?:
                verbs = doubledVerbs
            case false?:
                verbs = [word + "ed", word + "ing"]
            case nil:
                verbs = [word + "ed", word + "ing"]
                // Short words ending consonant-vowel-consonant may double the consonant: plan → planned.
                let third = characters.count >= 3 ? characters[characters.count - 3] : "a"
                if characters.count <= 4, !vowels.contains(last), !"wxy".contains(last), vowels.contains(beforeLast), !vowels.contains(third) {
                    verbs += doubledVerbs
                }
            }
        }
        if lower.hasSuffix("ing") || lower.hasSuffix("ed") { verbs = [] }
        if kind == .label { return [plural] }
        return [plural] + verbs
    }

    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// Words that end in `s` but are not the plural of a word with the same meaning, and have no
    /// forms of their own (the "bed" of a room is not the "beds" that count people; "arrear" is not a word).
    private static let notPlurals: Set<String> = [
        "arrears", "premises", "means", "news", "series", "species", "lives", "overheads", "beds",
        "thanks", "goods", "clothes", "belongings", "whereabouts", "headquarters", "surroundings", "always",
    ]

    /// Words whose base form means something else: "sectioned" is detained under the Mental
    /// Health Act, but a "section" is also part of a text; a service's "outputs" are jargon, but
    /// a program's "output" is not.
    private static let keepAsWritten: Set<String> = ["sectioned", "outputs"]

    /// The last words of compound adjectives, which have no verb forms of their own.
    private static let compoundAdjectives: Set<String> = [
        "based", "led", "informed", "centred", "centered", "focused", "driven", "owned", "related", "funded",
    ]

    /// Words made from a verb with -ing that are also things you can count: meeting → meetings.
    private static let countNounGerunds: Set<String> = [
        "meeting", "building", "finding", "hearing", "briefing", "setting", "saving", "booking", "warning",
        "recording", "ending", "opening", "sitting", "offering", "training", "wedding", "gathering",
    ]

    /// The singular of a plural (needs → need, services → service, processes → process,
    /// inequalities → inequality), or nil when the word is not a plural (analysis, process, status).
    static func singular(of word: String, lower: String) -> String? {
        guard lower.count >= 4, lower.hasSuffix("s"), !notPlurals.contains(lower) else { return nil }
        for ending in ["ss", "us", "is", "ys", "'s"] where lower.hasSuffix(ending) { return nil }
        if lower.hasSuffix("ies") { return String(word.dropLast(3)) + (word.last?.isUppercase == true ? "Y" : "y") }
        for ending in ["sses", "shes", "ches", "xes", "zzes"] where lower.hasSuffix(ending) { return String(word.dropLast(2)) }
        return String(word.dropLast())
    }

    /// The verb an -ing or -ed form comes from (commissioning → commission, signposted → signpost,
    /// housing → house, scanning → scan, supplied → supply), or nil for any other word.
    static func verbBase(of word: String, lower: String) -> (base: String, doubled: Bool)? {
        let suffixLength: Int
        if lower.hasSuffix("ing") { suffixLength = 3 } else if lower.hasSuffix("ed") { suffixLength = 2 } else { return nil }
        let stemText = String(word.dropLast(suffixLength))
        let stem = Array(stemText.lowercased())
        // The stem needs a vowel and three letters: "bring", "need", "red" and "led" are not forms.
        guard stem.count >= 3, stem.contains(where: { vowels.contains($0) || $0 == "y" }) else { return nil }
        // speed, proceed and exceed are not -ed forms.
        if suffixLength == 2, lower.hasSuffix("eed") { return nil }
        if suffixLength == 2, stem.last == "i", let beforeLast = stem.dropLast().last, !vowels.contains(beforeLast) {
            // supplied → supply
            return (String(stemText.dropLast()) + "y", false)
        }
        if let undoubled = undoubled(stemText, stem) { return (undoubled, true) }
        return (needsSilentE(stem) ? stemText + "e" : stemText, false)
    }

    /// plann → plan, controll → control: the stem when the verb doubled its last consonant.
    private static func undoubled(_ stemText: String, _ stem: [Character]) -> String? {
        let count = stem.count
        guard count >= 4 else { return nil }
        let last = stem[count - 1]
        guard last == stem[count - 2], "bdgmnprtl".contains(last) else { return nil }
        let vowel = stem[count - 3]
        guard vowels.contains(vowel), !vowels.contains(stem[count - 4]) else { return nil }
        // "call", "fill" and "install" keep their double l; "cancell", "controll" and "labell" do not.
        if last == "l", count < 6 || !"eo".contains(vowel) { return nil }
        return String(stemText.dropLast())
    }

    /// Whether the verb behind a stem ends in a silent e that -ing and -ed took away
    /// (hous → house, prescrib → prescribe, facilitat → facilitate, but commission and visit stay).
    private static func needsSilentE(_ stem: [Character]) -> Bool {
        let count = stem.count
        let last = stem[count - 1]
        let previous = stem[count - 2]
        let third = count >= 3 ? stem[count - 3] : "a"
        if vowels.contains(last) || last == "y" || last == "w" || last == "x" { return last == "u" }
        switch last {
        case "v", "c":
            return true  // live, involve, service, reduce
        case "g":
            return previous == "d" || vowels.contains(previous)  // judge, manage, engage
        case "l":
            return !vowels.contains(previous) && !"lrw".contains(previous)  // enable, handle, tackle
        default:
            break
        }
        guard vowels.contains(previous) else { return false }
        if vowels.contains(third) {
            // A pair of vowels: house, raise, release, but meet, need, wait, look.
            return "sz".contains(last) && third != previous
        }
        switch (previous, last) {
        case ("i", "s"), ("i", "z"), ("a", "s"), ("o", "s"), ("a", "t"), ("o", "t"), ("u", "t"),
             (_, "d"), ("i", "b"), (_, "k"), ("a", "p"), (_, "m"), ("a", "r"), ("i", "r"), ("u", "r"), ("i", "n"):
            return true
        case ("u", "s"):
            return count <= 4  // use, abuse; but focus
        case ("o", "r"):
            return count <= 5  // store, score; but monitor, mentor
        default:
            return false  // visit, budget, open, offer, commission, develop
        }
    }

    /// The past forms of a few irregular verbs that glossary terms end with.
    private static let irregular: [String: [String]] = [
        "meet": ["met"], "build": ["built"], "make": ["made"], "think": ["thought"], "keep": ["kept"],
        "seek": ["sought"], "lead": ["led"], "feed": ["fed"], "bring": ["brought"], "teach": ["taught"],
        "sell": ["sold"], "tell": ["told"], "hold": ["held"], "find": ["found"], "drink": ["drank", "drunk"],
        "take": ["took", "taken"], "give": ["gave", "given"], "write": ["wrote", "written"], "spend": ["spent"],
        "send": ["sent"], "set": ["set"], "put": ["put"], "cut": ["cut"], "run": ["ran"], "pay": ["paid"],
        "speak": ["spoke", "spoken"], "leave": ["left"], "lose": ["lost"], "feel": ["felt"],
    ]

    /// The irregular past forms of `base` or of the verb it ends with (gatekeep → gatekept).
    private static func irregularPast(of base: String) -> [String]? {
        let lower = base.lowercased()
        for (verb, pasts) in irregular where lower == verb || (lower.hasSuffix(verb) && lower.count - verb.count >= 3) {
            return pasts.map { String(base.dropLast(verb.count)) + $0 }
        }
        return nil
    }
}
