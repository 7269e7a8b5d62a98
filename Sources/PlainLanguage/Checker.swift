import Documents

/// An acronym found in a text, for the summary: what it stands for and whether the text explains it.
public struct AcronymUse: Sendable, Equatable, Codable {
    /// The acronym as written, without a plural `s` (ICB for ICBs).
    public var acronym: String
    /// What the glossary says it stands for; empty when the glossary does not know it.
    public var meanings: [String]
    /// Whether the text explains it before, or where, it is first used.
    public var explained: Bool
}

/// What the checker found in one file.
public struct CheckReport: Sendable, Codable {
    /// The file, as the user named it.
    public var file: String
    /// The findings in reading order, without those of rules the glossary or the file switches off.
    public var diagnostics: [Diagnostic]
    /// Every acronym used, in order of first use.
    public var acronyms: [AcronymUse]
    /// The glossary entries found, in order of first use, for a "words we used" list.
    public var termsUsed: [GlossaryEntry]
    /// How easy the text is to read, with its UK reading age.
    public var readability: Readability?
    /// The team glossary files used as well as Roundtable's own, so a reader can see what was applied.
    public var glossaryFiles: [String] = []

}

/// Checks prose for jargon, labels, unexplained acronyms and long sentences against a glossary,
/// and measures how easy it is to read.
public struct PlainLanguageChecker: Sendable {
    private let glossary: Glossary
    private let matcher: TermMatcher
    private let readability: ReadabilityAnalyzer

    /// Compiles `glossary` for checking; do this once and check many texts. Sentences longer than
    /// `longSentenceWords` words are reported.
    public init(glossary: Glossary, longSentenceWords: Int = 25) {
        self.glossary = glossary
        self.matcher = TermMatcher(glossary: glossary)
        self.readability = ReadabilityAnalyzer(longSentenceWords: longSentenceWords)
    }

    /// Checks `document`, read from `file`, in reading order.
    public func check(_ document: Document, file: String) -> CheckReport {
        check(ProseView(document, file: file))
    }

    /// Checks every block of `prose` in reading order.
    public func check(_ prose: ProseView) -> CheckReport {
        var state = AcronymState()
        var diagnostics: [Diagnostic] = []
        var used: [Int] = []
        var usedSet: Set<Int> = []
        // An allow comment names words, or rule ids to switch off in this file.
        let inlineAllowed = Set(prose.allowed.map { $0.lowercased() })
        let silenced = glossary.silencedRules.union(inlineAllowed.compactMap(RuleID.init(rawValue:)))
        let allowsAnything = !inlineAllowed.isEmpty || !glossary.allowed.isEmpty
        func allowed(_ words: String, _ entry: GlossaryEntry?) -> Bool {
            guard allowsAnything else { return false }
            let keys = [words.lowercased()] + (entry.map { [$0.term.lowercased(), $0.id] } ?? [])
            return keys.contains { inlineAllowed.contains($0) || glossary.isAllowed($0) }
        }
        for block in prose.blocks {
            let text = block.text
            let utf8 = Array(text.utf8)
            let matches = matcher.matches(in: text)
            var events: [(range: Range<Int>, match: TermMatch?, word: String)] = matches.map { ($0.byteRange, $0, $0.text) }
            for token in AcronymTokens.candidates(in: utf8) where !matches.contains(where: { $0.byteRange.overlaps(token.range) }) {
                events.append((token.range, nil, token.word))
            }
            events.sort { $0.range.lowerBound < $1.range.lowerBound }
            // Where each acronym is explained right there ("Integrated Care Board (ICB)"), found once.
            var explanations: [Int: Range<Int>] = [:]
            for event in events where event.match.map({ matcher.entries[$0.entry].kind == .acronym }) ?? true {
                let meanings = event.match.map { matcher.entries[$0.entry].expansions } ?? []
                explanations[event.range.lowerBound] = AcronymDefinition.expansion(
                    of: AcronymShape.singular(Substring(event.word)), at: event.range, in: utf8, knownExpansions: meanings)
            }
            // The words that explain an acronym are not themselves jargon.
            if !explanations.isEmpty {
                events.removeAll { event in
                    guard let match = event.match, matcher.entries[match.entry].kind != .acronym else { return false }
                    return explanations.values.contains { $0.contains(event.range.lowerBound) }
                }
            }
            for event in events {
                let entry = event.match.map { matcher.entries[$0.entry] }
                if allowed(event.word, entry) { continue }
                let location = Diagnostic.Location(block, byte: event.range.lowerBound, file: prose.file)
                let (context, excerptOffset) = Context.sentence(around: event.range, in: utf8)
                if let match = event.match, usedSet.insert(match.entry).inserted { used.append(match.entry) }
                switch entry?.kind {
                case .jargon?, .label?:
                    guard let entry else { continue }
                    let isLabel = entry.kind == .label
                    diagnostics.append(Diagnostic(
                        rule: isLabel ? .label : .jargon,
                        message: isLabel ? "“\(event.word)” can label or blame people. \(entry.why ?? entry.meaning)"
                            : "“\(event.word)” is jargon: \(entry.meaning)",
                        suggestion: "Try: " + entry.alternatives.joined(separator: "; ") + ".",
                        location: location, excerpt: event.word, context: context, excerptOffset: excerptOffset))
                case .acronym?, nil:
                    let acronym = AcronymShape.singular(Substring(event.word))
                    if glossary.everydayAcronyms.contains(acronym) || glossary.everydayAcronyms.contains(event.word) { continue }
                    let meanings = entry?.expansions ?? []
                    if var finding = state.use(acronym, meanings: meanings, explainedHere: explanations[event.range.lowerBound] != nil,
                                               location: location, context: context) {
                        finding.excerptOffset = excerptOffset
                        diagnostics.append(finding)
                    }
                }
            }
        }
        let (measured, longSentences) = readability.analyze(prose)
        diagnostics += longSentences
        // Reading order: by paragraph, then by place in it (the sort keeps equal places in finding order).
        let ordered = diagnostics.enumerated().sorted { lhs, rhs in
            let left = (lhs.element.location.paragraph ?? 0, lhs.element.location.position?.line ?? 0, lhs.element.location.position?.column ?? 0, lhs.offset)
            let right = (rhs.element.location.paragraph ?? 0, rhs.element.location.position?.line ?? 0, rhs.element.location.position?.column ?? 0, rhs.offset)
            return left < right
        }.map(\.element)
        return CheckReport(file: prose.file, diagnostics: ordered.filter { !silenced.contains($0.rule) },
                           acronyms: state.uses, termsUsed: used.map { matcher.entries[$0] },
                           readability: measured)
    }
}

/// What the checker knows about acronyms so far in a text.
private struct AcronymState {
    var explained: Set<String> = []
    var reported: Set<String> = []
    var uses: [AcronymUse] = []

    /// Records one use of `acronym`; returns a finding when it is used before being explained.
    mutating func use(_ acronym: String, meanings: [String], explainedHere: Bool,
                      location: Diagnostic.Location, context: String) -> Diagnostic? {
        if !uses.contains(where: { $0.acronym == acronym }) {
            uses.append(AcronymUse(acronym: acronym, meanings: meanings, explained: false))
        }
        if explained.contains(acronym) { return nil }
        if explainedHere {
            explained.insert(acronym)
            if let index = uses.firstIndex(where: { $0.acronym == acronym }), !reported.contains(acronym) {
                uses[index].explained = true
            }
            return nil
        }
        guard reported.insert(acronym).inserted else { return nil }
        if meanings.isEmpty {
            return Diagnostic(
                rule: .acronymUnknown,
                message: "“\(acronym)” looks like an acronym that is not explained.",
                suggestion: "The first time you use it, write out what it stands for, then the letters in brackets: “Words It Stands For (\(acronym))”. Or use the words alone.",
                location: location, excerpt: acronym, context: context)
        }
        let meaningText = ListInWords.joined(meanings, "or")
        return Diagnostic(
            rule: .acronymUnexplained,
            message: meanings.count == 1 ? "“\(acronym)” is not explained. It stands for \(meaningText)."
                : "“\(acronym)” is not explained. It can stand for \(meaningText): say which.",
            suggestion: meanings.count == 1 ? "Write “\(meanings[0]) (\(acronym))” the first time, or use the words alone."
                : "Write out the one you mean the first time, then “(\(acronym))”.",
            location: location, excerpt: acronym, context: context)
    }
}
