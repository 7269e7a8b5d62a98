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

    /// Checks every block of `prose` in reading order. A long text's blocks are read side by
    /// side, on every processor, then put together in order.
    public func check(_ prose: ProseView) -> CheckReport {
        var parts: [[Diagnostic]] = []
        var report = check(prose, making: { $0.findings }, inOrder: { parts.append($0) })
        report.diagnostics = ReadingOrder.sorted(SideBySide.joined(parts))
        return report
    }

    /// Checks `prose` as `check(_:)` does, but hands its findings on instead of keeping them, a
    /// part of the text at a time in the order of the blocks: `make` makes something of each
    /// part's findings (the JSON or the report to write, say) as soon as they are known, side by
    /// side on every processor, and `hand` gets what it made, on the calling thread, in order. A
    /// long text's first findings can then be written out while its later blocks are read, and
    /// no list of them all is ever made. The report returned holds everything else: its
    /// `diagnostics` are empty.
    public func check<Made: Sendable>(_ prose: ProseView, making make: @escaping @Sendable (FindingsPart) -> Made,
                                      inOrder hand: (Made) -> Void) -> CheckReport {
        // An allow comment names words, or rule ids to switch off in this file.
        let inlineAllowed = Set(prose.allowed.map { $0.lowercased() })
        let silenced = glossary.silencedRules.union(inlineAllowed.compactMap(RuleID.init(rawValue:)))
        let reader = BlockChecker(glossary: glossary, matcher: matcher, readability: readability, file: prose.file,
                                  inlineAllowed: inlineAllowed, silenced: Array(silenced))
        let sizes = prose.blocks.map { $0.segments.reduce(0) { $0 + $1.text.utf8.count } }
        let parts = Self.parts(sizes)
        let inOrder = InOrder()
        // Each processor keeps what it has learnt of the words (see `WordMemory`) from part to part.
        SideBySide.forEach(parts, keeping: { WordMemory() }, { memory, part in
            CheckedPart(blocks: part, checks: part.map { index in
                var places = ProsePlaces(prose.blocks[index])
                return reader.check(&places, kind: prose.blocks[index].kind, scanner: &memory.scanner, terms: &memory.terms)
            })
        }, inTurn: { checked in
            inOrder.take(checked, in: prose, silenced: silenced)
        }, then: make, inOrder: hand)
        return CheckReport(file: prose.file, diagnostics: [], acronyms: inOrder.acronyms.uses,
                           termsUsed: inOrder.used.map { matcher.entries[$0] }, readability: inOrder.counts.readability)
    }

    /// What only the whole text read in order can tell, gathered part after part in order: the
    /// acronyms (an acronym is reported where it is first used without being explained), the
    /// glossary terms in order of first use, the sentences, and the findings before each part.
    /// Used by one processor at a time, in the parts' turns (see `SideBySide`).
    private final class InOrder: @unchecked Sendable {
        var acronyms = AcronymState()
        var used: [Int] = []
        var usedSet: Set<Int> = []
        var counts = SentenceCounts()
        var findings = 0
        var last: Diagnostic.Location?

        /// The findings of `checked`, the next part, in order.
        func take(_ checked: consuming CheckedPart, in prose: ProseView, silenced: Set<RuleID>) -> FindingsPart {
            // Taken out of the part, which was handed over whole: the findings are moved into
            // their order, not copied (a copy of a list still shared would copy every finding).
            var checks: [BlockCheck] = []
            swap(&checks, &checked.checks)
            var found: [AcronymFinding] = []
            for (offset, block) in checked.blocks.enumerated() {
                let check = checks[offset]
                for eventIndex in check.events.indices {
                    switch check.events[eventIndex] {
                    case .finding(let entry), .term(let entry):
                        if usedSet.insert(entry).inserted { used.append(entry) }
                    case .acronym(let acronym):
                        if let entry = acronym.entry, usedSet.insert(entry).inserted { used.append(entry) }
                        if let finding = acronyms.use(acronym, in: prose.blocks[block], file: prose.file), !silenced.contains(finding.rule) {
                            found.append(AcronymFinding(block: offset, event: eventIndex, finding: finding))
                        }
                    }
                }
                counts.add(check.counts)
            }
            let ordered = PlainLanguageChecker.ordered(&checks, acronyms: &found)
            defer {
                findings += ordered.count
                last = ordered.last?.location ?? last
            }
            return FindingsPart(findings: ordered, before: findings, lastBefore: last)
        }
    }

    /// The blocks of one part, checked on their own, waiting for the part's turn.
    private struct CheckedPart: Sendable {
        var blocks: Range<Int>
        var checks: [BlockCheck]
    }

    /// What one processor learns of the words as it reads part after part: their syllables, the
    /// words that start no glossary term, the glossary entries met. It makes the reading faster,
    /// never different.
    private struct WordMemory {
        var scanner = SentenceScanner()
        var terms = TermCache()
    }

    /// A finding for an acronym used before it is explained: event `event` of a part's block `block`.
    private struct AcronymFinding: Sendable {
        var block: Int
        var event: Int
        var finding: Diagnostic
    }

    /// One part's findings in reading order: each block's own findings with the acronyms' put in
    /// where they were used and the long sentences among them (at the same place a term comes
    /// first). The list is filled from its end, so each finding is taken off the end of its list,
    /// which moves it rather than copying it; `checks` and `acronyms` are left empty.
    private static func ordered(_ checks: inout [BlockCheck], acronyms: inout [AcronymFinding]) -> [Diagnostic] {
        let total = checks.reduce(acronyms.count) { $0 + $1.findings.count + $1.longSentences.count }
        return [Diagnostic](unsafeUninitializedCapacity: total) { slots, initialized in
            var slot = total
            func place(_ finding: consuming Diagnostic) {
                precondition(slot > 0, "A part has more findings than it counted.")
                slot -= 1
                (slots.baseAddress! + slot).initialize(to: finding)
            }
            while var check = checks.popLast() {
                let offset = checks.count
                var events: [BlockCheck.Event] = [], findings: [Diagnostic] = [], sentences: [Diagnostic] = []
                swap(&events, &check.events)
                swap(&findings, &check.findings)
                swap(&sentences, &check.longSentences)
                // A finding and the long sentences after it: a sentence goes first only when it is
                // at an earlier place than the finding.
                func put(finding: consuming Diagnostic) {
                    while let sentence = sentences.last, !(ReadingOrder.key(sentence) < ReadingOrder.key(finding)) {
                        place(sentences.removeLast())
                    }
                    place(finding)
                }
                while let event = events.popLast() {
                    switch event {
                    case .finding:
                        put(finding: findings.removeLast())
                    case .term:
                        break
                    case .acronym:
                        if let acronym = acronyms.last, acronym.block == offset, acronym.event == events.count {
                            put(finding: acronyms.removeLast().finding)
                        }
                    }
                }
                while let sentence = sentences.popLast() {
                    place(sentence)
                }
            }
            precondition(slot == 0, "A part has fewer findings than it counted.")
            initialized = total
        }
    }

    /// The blocks, whose sizes in bytes are `sizes`, in parts of about `partBytes` each, smaller
    /// towards the end of the text: the last parts are read while the other processors finish
    /// theirs, so no processor is left alone with a long part at the end. A text shorter than
    /// `partBytes` is one part.
    private static func parts(_ sizes: [Int]) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var remaining = sizes.reduce(0, +)
        var start = 0, bytes = 0
        var wanted = partBytes
        for (index, size) in sizes.enumerated() {
            bytes += size
            if bytes >= wanted || index == sizes.count - 1 {
                parts.append(start..<(index + 1))
                start = index + 1
                remaining -= bytes
                bytes = 0
                wanted = min(partBytes, max(partBytes / 8, remaining / 8))
            }
        }
        return parts
    }

    /// About how many bytes of text one processor reads at a time; a shorter text is read in one part.
    private static let partBytes = 256 * 1024
}

/// One part of a text's findings, handed on in order by `PlainLanguageChecker.check(_:making:inOrder:)`.
public struct FindingsPart: Sendable {
    /// The part's findings, in reading order.
    public var findings: [Diagnostic]
    /// How many findings the parts before it have.
    public var before: Int
    /// Where the last finding before this part is, when there is one.
    public var lastBefore: Diagnostic.Location?

    /// The findings of a part after `before` findings, the last at `lastBefore`; a text's first
    /// part has none before it.
    public init(findings: [Diagnostic], before: Int = 0, lastBefore: Diagnostic.Location? = nil) {
        self.findings = findings
        self.before = before
        self.lastBefore = lastBefore
    }
}

/// What the checker knows about acronyms so far in a text.
private struct AcronymState {
    var explained: Set<String> = []
    var reported: Set<String> = []
    var uses: [AcronymUse] = []
    /// Where each acronym is in `uses`.
    var useIndex: [String: Int] = [:]

    /// Records one use of an acronym, found in `block`; returns a finding when it is used before
    /// being explained.
    mutating func use(_ event: BlockCheck.AcronymEvent, in block: ProseBlock, file: String) -> Diagnostic? {
        let acronym = event.acronym
        let useAt = useIndex[acronym] ?? {
            uses.append(AcronymUse(acronym: acronym, meanings: event.meanings, explained: false))
            useIndex[acronym] = uses.count - 1
            return uses.count - 1
        }()
        if explained.contains(acronym) { return nil }
        if event.explainedHere {
            explained.insert(acronym)
            if !reported.contains(acronym) { uses[useAt].explained = true }
            return nil
        }
        guard reported.insert(acronym).inserted else { return nil }
        // Only the first use of each acronym is reported: its block is read again for its place.
        var places = ProsePlaces(block)
        let location = Diagnostic.Location(&places, byte: event.range.lowerBound, file: file)
        let (context, excerptOffset) = Context.sentence(around: event.range, in: places.utf8)
        let meanings = event.meanings
        if meanings.isEmpty {
            return Diagnostic(
                rule: .acronymUnknown,
                message: "“\(acronym)” looks like an acronym that is not explained.",
                suggestion: "The first time you use it, write out what it stands for, then the letters in brackets: “Words It Stands For (\(acronym))”. Or use the words alone.",
                location: location, excerpt: acronym, context: context, excerptOffset: excerptOffset)
        }
        let meaningText = ListInWords.joined(meanings, "or")
        return Diagnostic(
            rule: .acronymUnexplained,
            message: meanings.count == 1 ? "“\(acronym)” is not explained. It stands for \(meaningText)."
                : "“\(acronym)” is not explained. It can stand for \(meaningText): say which.",
            suggestion: meanings.count == 1 ? "Write “\(meanings[0]) (\(acronym))” the first time, or use the words alone."
                : "Write out the one you mean the first time, then “(\(acronym))”.",
            location: location, excerpt: acronym, context: context, excerptOffset: excerptOffset)
    }
}

/// Findings in reading order: by paragraph, then by line and column; findings at the same place
/// keep the order they were found in.
private enum ReadingOrder {
    /// Where a finding is, to put findings in order.
    static func key(_ diagnostic: Diagnostic) -> (Int, Int, Int) {
        (diagnostic.location.paragraph ?? 0, diagnostic.location.position?.line ?? 0, diagnostic.location.position?.column ?? 0)
    }

    /// `diagnostics` in reading order; in the usual case, where each block's findings are merged
    /// in order and the blocks come in reading order, the list as it is.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        if diagnostics.indices.dropFirst().allSatisfy({ key(diagnostics[$0 - 1]) <= key(diagnostics[$0]) }) { return diagnostics }
        let keys = diagnostics.map(key)
        let order = keys.indices.sorted { (keys[$0].0, keys[$0].1, keys[$0].2, $0) < (keys[$1].0, keys[$1].1, keys[$1].2, $1) }
        return order.map { diagnostics[$0] }
    }
}
