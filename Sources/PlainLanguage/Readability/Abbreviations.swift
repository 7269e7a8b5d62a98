/// The words after which a full stop does not end a sentence, kept as data.
enum Abbreviations {
    /// Abbreviations whose full stop never ends a sentence: `e.g. Smith`, `Dr. Patel`, `approx. 300`.
    static let always = WordList([
        "approx", "cf", "cllr", "dept", "dr", "e.g", "eg", "etc", "i.e", "ie", "incl", "jr", "mr", "mrs", "ms",
        "mt", "prof", "rev", "sr", "st", "v", "vs",
    ])

    /// Abbreviations whose full stop does not end a sentence before a number: `No. 10`, `p. 12`,
    /// `ext. 4410`; `The answer was no. We left.` is two sentences.
    static let beforeNumber = WordList([
        "ext", "fig", "no", "nos", "p", "para", "pp", "ref", "tel", "vol",
    ])

    /// Words after which a single capital letter is a label, not an initial, so its full stop ends
    /// a sentence: `We chose Option B. It costs less.` as against `J. Smith`.
    static let labels = WordList([
        "annex", "annexe", "appendix", "block", "category", "chapter", "class", "clause", "exhibit", "figure",
        "floor", "grade", "group", "item", "level", "option", "paragraph", "part", "phase", "plan", "room",
        "schedule", "section", "stage", "step", "table", "team", "tier", "type", "unit", "vitamin", "ward",
        "wing", "zone",
    ])
}
