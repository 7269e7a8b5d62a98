/// The word forms generated for a glossary term, so a glossary lists each term once:
/// stakeholder → stakeholders; signpost → signposts, signposted, signposting.
enum WordForms {
    /// Every form of `phrase` for an entry of `kind`, the phrase itself first. Only the last word
    /// changes (care package → care packages). Acronyms take a plural `s`; labels take plurals
    /// (adjectives such as "clean" must not become "cleaning"); jargon takes plurals and verb forms.
    static func forms(of phrase: String, kind: GlossaryEntry.Kind) -> [String] {
        guard let lastSpace = phrase.lastIndex(where: { $0 == " " || $0 == "-" }) else {
            return [phrase] + endings(of: phrase, kind: kind)
        }
        let head = phrase[...lastSpace]
        let last = String(phrase[phrase.index(after: lastSpace)...])
        return [phrase] + endings(of: last, kind: kind).map { head + $0 }
    }

    private static func endings(of word: String, kind: GlossaryEntry.Kind) -> [String] {
        let lower = word.lowercased()
        switch kind {
        case .acronym:
            return [word + "s"]
        case .label, .jargon:
            guard lower.count >= 3, lower.allSatisfy({ $0.isLetter }) else { return [] }
        }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let characters = Array(lower)
        let last = characters[characters.count - 1]
        let beforeLast = characters[characters.count - 2]
        var plural: String
        var verbs: [String] = []
        if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("z") || lower.hasSuffix("ch") || lower.hasSuffix("sh") {
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
            verbs = [word + "ed", word + "ing"]
            // Short words ending consonant-vowel-consonant double the consonant: plan → planned.
            let third = characters.count >= 3 ? characters[characters.count - 3] : "a"
            if characters.count <= 4, !vowels.contains(last), !"wxy".contains(last), vowels.contains(beforeLast), !vowels.contains(third) {
                verbs += [word + String(last) + "ed", word + String(last) + "ing"]
            }
        }
        if lower.hasSuffix("ing") || lower.hasSuffix("ed") { verbs = [] }
        if kind == .label { return [plural] }
        return [plural] + verbs
    }
}
