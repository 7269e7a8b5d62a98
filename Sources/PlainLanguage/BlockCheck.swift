import Documents

/// What the checker finds in one block on its own, so blocks can be read side by side: the
/// findings that need no other block (jargon, labels, long sentences) and the acronyms used,
/// which only the whole text, read in order, can judge.
struct BlockCheck: Sendable {
    /// A term or acronym found in the block, in the block's order.
    enum Event: Sendable {
        /// A jargon or label finding, for glossary entry `entry`: the next of `findings`.
        case finding(entry: Int)
        /// A glossary term that needs no finding here, such as an everyday acronym.
        case term(entry: Int)
        /// An acronym: a finding only when the text has not explained it before.
        case acronym(AcronymEvent)
    }

    /// One use of an acronym.
    struct AcronymEvent: Sendable {
        /// The acronym without a plural `s`.
        var acronym: String
        /// The glossary entry, when the glossary knows it.
        var entry: Int?
        /// What the glossary says it stands for.
        var meanings: [String]
        /// Whether the text explains it right there ("Integrated Care Board (ICB)").
        var explainedHere: Bool
        /// Where it is in the block's text.
        var range: Range<Int>
    }

    /// The terms and acronyms, in order.
    var events: [Event] = []
    /// The jargon and label findings, in order. Kept apart from the events so each can be moved
    /// out whole when the findings are gathered, not copied out of an event.
    var findings: [Diagnostic] = []
    /// A finding for each sentence that is too long, in order.
    var longSentences: [Diagnostic] = []
    /// The block's sentences, when it is running text.
    var counts = SentenceCounts()
}

/// Reads blocks on their own for `PlainLanguageChecker`: what a glossary, the allowed words and
/// the readability limits make of each.
struct BlockChecker: Sendable {
    let glossary: Glossary
    let matcher: TermMatcher
    let readability: ReadabilityAnalyzer
    let file: String
    /// Words and rule ids the file itself allows, lowercased.
    let inlineAllowed: Set<String>
    /// The rules the glossary or the file switches off: their findings are not made. A list,
    /// because a rule is compared by its number where a set would hash its name.
    let silenced: [RuleID]

    /// Checks one block, with its `places` made already; `scanner` and `terms` bring what was learnt
    /// from the blocks read before it on the same processor, which makes reading faster, never different.
    func check(_ places: inout ProsePlaces, kind: ProseBlock.Kind, scanner: inout SentenceScanner,
               terms known: inout TermCache) -> BlockCheck {
        var result = BlockCheck()
        let utf8 = places.utf8
        // Findings in the same sentence share its text.
        var lastSentence: Context.Last?
        for event in terms(in: utf8, known: &known) {
            let met = event.entry
            if allowed(event.word, met) { continue }
            switch met?.entry.kind {
            case .jargon?, .label?:
                guard let met, let match = event.match else { continue }
                let isLabel = met.entry.kind == .label
                if silenced.contains(isLabel ? .label : .jargon) {
                    result.events.append(.term(entry: match.entry))
                    continue
                }
                let location = Diagnostic.Location(&places, byte: event.range.lowerBound, file: file)
                let (context, excerptOffset) = Context.sentence(around: event.range, in: utf8, last: &lastSentence)
                let words = met.words(as: event.word)
                result.events.append(.finding(entry: match.entry))
                result.findings.append(Diagnostic(
                    rule: isLabel ? .label : .jargon, message: words.message, suggestion: words.suggestion,
                    location: location, excerpt: event.word, context: context, excerptOffset: excerptOffset))
            case .acronym?, nil:
                let acronym = AcronymShape.singular(Substring(event.word))
                if glossary.everydayAcronyms.contains(acronym) || glossary.everydayAcronyms.contains(event.word) {
                    if let match = event.match { result.events.append(.term(entry: match.entry)) }
                    continue
                }
                result.events.append(.acronym(BlockCheck.AcronymEvent(
                    acronym: acronym, entry: event.match?.entry, meanings: met?.entry.expansions ?? [],
                    explainedHere: event.explained, range: event.range)))
            }
        }
        if kind.isRunningText {
            result.longSentences = readability.analyze(&places, file: file, scanner: &scanner, counts: &result.counts)
            if silenced.contains(.longSentence) { result.longSentences = [] }
        }
        return result
    }

    /// A glossary term or acronym-like word in a block's text.
    private struct Found {
        var range: Range<Int>
        var match: TermMatch?
        /// The glossary entry of `match`, made once for the part.
        var entry: MetEntry?
        var word: String
        /// Whether it is an acronym explained right there.
        var explained = false
    }

    /// The glossary terms and acronym-like words of `utf8` in order, less the words that
    /// explain an acronym beside them, which are not themselves jargon.
    private func terms(in utf8: [UInt8], known: inout TermCache) -> [Found] {
        let matches = matcher.matches(in: utf8, unmatched: &known.unmatched)
        var found = matches.map { Found(range: $0.byteRange, match: $0, entry: known.entry($0.entry, of: matcher), word: $0.text) }
        // Both lists are in order: an acronym overlapping a term is the term's.
        var nextMatch = 0
        for token in AcronymTokens.candidates(in: utf8) {
            while nextMatch < matches.count, matches[nextMatch].byteRange.upperBound <= token.range.lowerBound { nextMatch += 1 }
            if nextMatch < matches.count, matches[nextMatch].byteRange.overlaps(token.range) { continue }
            found.append(Found(range: token.range, match: nil, entry: nil, word: token.word))
        }
        if found.count > matches.count { found.sort { $0.range.lowerBound < $1.range.lowerBound } }
        // Where each acronym is explained right there ("Integrated Care Board (ICB)").
        var explanations: [Range<Int>] = []
        for index in found.indices where found[index].entry.map({ $0.entry.kind == .acronym }) ?? true {
            let meanings = found[index].entry?.entry.expansions ?? []
            if let words = AcronymDefinition.expansion(of: found[index].word, at: found[index].range, in: utf8, knownExpansions: meanings) {
                found[index].explained = true
                explanations.append(words)
            }
        }
        if !explanations.isEmpty {
            found.removeAll { term in
                guard let met = term.entry, met.entry.kind != .acronym else { return false }
                return explanations.contains { $0.contains(term.range.lowerBound) }
            }
        }
        return found
    }

    /// Whether the team or the file allows `words`, or the entry they were found as.
    private func allowed(_ words: String, _ met: MetEntry?) -> Bool {
        guard !inlineAllowed.isEmpty || !glossary.allowed.isEmpty else { return false }
        let keys = [words.lowercased()] + (met.map { [$0.entry.term.lowercased(), $0.entry.id] } ?? [])
        return keys.contains { inlineAllowed.contains($0) || glossary.isAllowed($0) }
    }
}

/// What one part of a text has made for its glossary terms, so that each is made once, not once
/// a finding: a dense text repeats its terms. Each entry met, read from the glossary (which makes
/// an archived glossary's entries when asked), and the words that start no term.
struct TermCache {
    /// Words that start no glossary term, for the matcher.
    var unmatched = WordsWithoutTerms()

    private var entries: [Int: MetEntry] = [:]

    /// Entry `index` of the glossary `matcher` was built from.
    mutating func entry(_ index: Int, of matcher: TermMatcher) -> MetEntry {
        if let met = entries[index] { return met }
        let met = MetEntry(matcher.entries[index])
        entries[index] = met
        return met
    }
}

/// A glossary entry one part of a text has met, with the message and suggestion of each of its
/// findings as written. Held in a box, which one retain copies, where copying an entry retains
/// each of its words; used by one part, on one processor.
final class MetEntry {
    let entry: GlossaryEntry
    private var made: [String: (message: String, suggestion: String)] = [:]
    /// The words made last, asked for again whenever the text writes the term the same way.
    private var last: (word: String, words: (message: String, suggestion: String))?

    init(_ entry: GlossaryEntry) {
        self.entry = entry
    }

    /// The words of a finding of this entry, written in the text as `word`.
    func words(as word: String) -> (message: String, suggestion: String) {
        if let last, last.word == word { return last.words }
        let words = made[word] ?? {
            let words = (message: entry.kind == .label ? "“\(word)” can label or blame people. \(entry.why ?? entry.meaning)"
                            : "“\(word)” is jargon: \(entry.meaning)",
                         suggestion: "Try: " + entry.alternatives.joined(separator: "; ") + ".")
            made[word] = words
            return words
        }()
        last = (word, words)
        return words
    }
}
