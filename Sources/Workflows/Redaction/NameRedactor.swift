import Documents
import Foundation
import SpeakingTurns

/// Replaces the names of people who have not agreed to be named with words for their role ("an
/// expert by experience"), everywhere in a document: its text, tables, code, properties, link
/// and picture addresses, and e-mail and web addresses written out in the text.
///
/// A name is found in any case, with or without accents, with either apostrophe, across line
/// breaks and formatting, joined up or with dots in an address, surname first, and as an initial
/// with the surname. A full name becomes one replacement. The full names of people who agreed to
/// be named are kept, even where they share a surname with someone who did not. A part of a name
/// that is also an everyday word ("Will", "May") is replaced when written with a capital letter
/// and kept in small letters; both are listed in the review for a person to look at.
public struct NameRedactor: Sendable {
    /// One name that was (or would be) replaced, and how often.
    public struct Replacement: Sendable, Equatable {
        /// The hidden name, as registered or as written in the agenda.
        public var name: String
        /// The words put in its place, such as "an expert by experience".
        public var replacement: String
        /// How many times it was replaced; a full name counts once.
        public var count: Int
    }

    /// Someone whose name must not be published, with the words that stand in for it.
    public struct HiddenName: Sendable, Equatable {
        /// The name as registered or as written in the agenda.
        public var name: String
        /// What the name becomes: "an expert by experience".
        public var phrase: String
        /// A role written in brackets after the name, taken away with it: "(expert by experience)".
        public var roleNote: String?

        /// Creates a hidden name.
        public init(name: String, phrase: String, roleNote: String? = nil) {
            self.name = name
            self.phrase = phrase
            self.roleNote = roleNote
        }
    }

    /// A document with the hidden names replaced, what was replaced, and what a person should look at.
    public struct Redaction: Sendable {
        /// The document with every hidden name replaced.
        public var document: Document
        /// Each hidden name that was found, in the order first met.
        public var replacements: [Replacement]
        /// What a person should look at before sharing the document.
        public var review: [NameReview]
    }

    private let hidden: [HiddenName]
    private let matcher: NameMatcher
    /// Registered names that cannot be found safely in every form, for a person to look at.
    public let unsafeNames: [NameReview]

    /// Prepares to redact everyone in `people` whose consent to be named is not recorded, and the
    /// names in `alsoHidden` (people named in an agenda with no consent on record). The full names
    /// of people who agreed, and the phrases in `keep`, are kept as they are.
    public init(people: [Participant], alsoHidden: [HiddenName] = [], keep: [String] = [],
                everyday: Set<String> = EverydayWords.standard) {
        let hidden = people.filter { !$0.consentsToBeNamed }.map {
            HiddenName(name: $0.displayName, phrase: Self.phrase(for: $0.role), roleNote: $0.role.name)
        } + alsoHidden
        let named = people.filter(\.consentsToBeNamed).map(\.displayName)
        self.hidden = hidden
        self.matcher = NameMatcher(hidden: hidden.map(\.name), named: named, kept: keep, everyday: everyday)
        self.unsafeNames = NameReview.unsafe(hidden: hidden.map(\.name), named: named)
    }

    /// "an expert by experience", "a professional" …
    public static func phrase(for role: Role) -> String {
        article(for: role.name) + role.name
    }

    /// "a " or "an " for a noun phrase.
    static func article(for words: String) -> String {
        "aeiou".contains(words.prefix(1).lowercased()) ? "an " : "a "
    }

    /// Whether `text` (a file name, an address) holds any form of a hidden name, even in small letters.
    public func holdsHiddenName(_ text: String) -> Bool {
        hiddenName(in: text) != nil
    }

    /// The first hidden person whose name `text` holds in any form, even in small letters or
    /// percent-encoded, or nil.
    public func hiddenName(in text: String) -> String? {
        hiddenOwner(in: text).map { hidden[$0].name }
    }

    /// The first hidden person whose name `text` holds in any form, read as a browser shows an
    /// address (percent escapes decoded): every part counts, even in small letters.
    private func hiddenOwner(in text: String) -> Int? {
        matcher.matches(in: FoldedText(WebAddress.decoded(text))).first(where: \.hidden)?.owner
    }

    /// `document` with every hidden name replaced, what was replaced and what to look at.
    public func redact(_ document: Document) -> Redaction {
        var log = RedactionLog()
        var result = document
        var metadata = document.metadata
        metadata.title = metadata.title.map { text($0, .prose, nil, &log) }
        metadata.subtitle = metadata.subtitle.map { text($0, .prose, nil, &log) }
        metadata.organisation = metadata.organisation.map { text($0, .prose, nil, &log) }
        metadata.authors = metadata.authors.map { text($0, .prose, nil, &log) }
        metadata.summary = metadata.summary.map { text($0, .prose, nil, &log) }
        metadata.keywords = metadata.keywords.map { text($0, .prose, nil, &log) }
        if !LanguageTag.isWellFormed(metadata.language) || holdsHiddenName(metadata.language) {
            log.review.append(NameReview(kind: .languageReset, person: "", text: metadata.language))
            metadata.language = Metadata().language
        }
        result.metadata = metadata
        result.blocks = blocks(document.blocks, &log)
        return Redaction(document: result, log: log, hidden: hidden)
    }

    /// `text` with hidden names replaced; for each person, the words used and how many times.
    public func redact(_ text: String) -> (String, [(person: String, phrase: String, count: Int)]) {
        var log = RedactionLog()
        let result = self.text(text, .prose, nil, &log)
        return (result, log.replacements(hidden).map { ($0.name, $0.replacement, $0.count) })
    }

    // MARK: - Blocks and runs of text

    private func blocks(_ blocks: [Block], _ log: inout RedactionLog) -> [Block] {
        blocks.map { block($0, &log) }
    }

    private func block(_ block: Block, _ log: inout RedactionLog) -> Block {
        switch block {
        case .paragraph(var paragraph):
            paragraph.inlines = run(paragraph.inlines, paragraph.position, &log)
            return .paragraph(paragraph)
        case .heading(var heading):
            heading.inlines = run(heading.inlines, heading.position, &log)
            return .heading(heading)
        case .list(var list):
            list.items = list.items.map { item in
                var item = item
                item.blocks = blocks(item.blocks, &log)
                return item
            }
            return .list(list)
        case .blockQuote(var quote):
            quote.blocks = blocks(quote.blocks, &log)
            return .blockQuote(quote)
        case .codeBlock(var code):
            code.language = code.language.map { text($0, .code, code.position, &log) }
            code.text = text(code.text, .code, code.position, &log)
            return .codeBlock(code)
        case .table(var table):
            table.header = table.header.map { run($0, table.position, &log) }
            table.rows = table.rows.map { row in row.map { run($0, table.position, &log) } }
            return .table(table)
        case .thematicBreak, .pageBreak:
            return block
        case .footnoteDefinition(var definition):
            definition.blocks = blocks(definition.blocks, &log)
            return .footnoteDefinition(definition)
        case .barChart(var chart):
            chart.caption = text(chart.caption, .prose, nil, &log)
            chart.labelHeading = text(chart.labelHeading, .prose, nil, &log)
            chart.valueHeading = text(chart.valueHeading, .prose, nil, &log)
            chart.bars = chart.bars.map { bar in
                var bar = bar
                bar.label = text(bar.label, .prose, nil, &log)
                bar.value = text(bar.value, .prose, nil, &log)
                return bar
            }
            return .barChart(chart)
        }
    }

    /// A run of inline text, read as the reader sees it, across formatting and line breaks: a name
    /// split by formatting (`Am**ira**`) or over two lines is found, and becomes one replacement.
    private func run(_ inlines: [Inline], _ position: SourcePosition?, _ log: inout RedactionLog) -> [Inline] {
        var pieces: [String] = []
        InlineRun.collect(inlines, into: &pieces)
        var characters: [Character] = []
        var starts: [Int] = []
        for piece in pieces {
            starts.append(characters.count)
            characters.append(contentsOf: piece)
        }
        let changes = replacements(in: characters, pieceStarts: Set(starts), mode: .prose, position: position, &log)
        let newPieces = InlineRun.apply(changes, to: pieces, starts: starts)
        var next = 0
        return InlineRun.rebuild(inlines, pieces: newPieces, next: &next) { value, kind in
            switch kind {
            case .address: return address(value, position, &log)
            case .prose: return text(value, .prose, position, &log)
            }
        }
    }

    /// A piece of text on its own: a property, a code block, a caption.
    private func text(_ value: String, _ mode: TextMode, _ position: SourcePosition?, _ log: inout RedactionLog) -> String {
        guard !matcher.isEmpty, !value.isEmpty else { return value }
        let characters = Array(value)
        let changes = replacements(in: characters, pieceStarts: [], mode: mode, position: position, &log)
        return InlineRun.apply(changes, to: [value], starts: [0])[0]
    }

    /// A link or picture address: kept whole, or dropped whole when it holds a hidden name in any
    /// form, percent-encoded or not.
    private func address(_ value: String, _ position: SourcePosition?, _ log: inout RedactionLog) -> String {
        guard !matcher.isEmpty, !value.isEmpty else { return value }
        guard let owner = hiddenOwner(in: value) else { return value }
        log.count(owner)
        log.removedAddress(value, person: hidden[owner].name, position: position)
        return ""
    }

    /// How a piece of text is treated.
    private enum TextMode {
        /// Running text, and document properties (title, authors …): a replacement at the start
        /// of a sentence gets a capital letter.
        case prose
        /// Code: replaced as it stands.
        case code
    }

    /// The changes to make to `characters`: each range and what it becomes.
    private func replacements(in characters: [Character], pieceStarts: Set<Int>, mode: TextMode,
                              position: SourcePosition?, _ log: inout RedactionLog) -> [InlineRun.Change] {
        guard !matcher.isEmpty else { return [] }
        var changes: [InlineRun.Change] = []
        // Addresses first: one that holds a hidden name in any form goes as a whole.
        for token in WebAddress.tokens(in: characters) {
            let address = String(characters[token.range])
            guard let owner = hiddenOwner(in: address) else { continue }
            log.count(owner)
            log.removedAddress(address, person: hidden[owner].name, position: position)
            changes.append(InlineRun.Change(range: token.range, text: token.isEmail ? "(e-mail address removed)" : "(web address removed)"))
        }
        let folded = FoldedText(characters: characters)
        for match in matcher.matches(in: folded, pieceStarts: pieceStarts) where match.hidden {
            guard !changes.contains(where: { $0.range.overlaps(match.range) }) else { continue }
            let written = String(characters[match.range])
            let person = hidden[match.owner]
            if match.everyday && !written.contains(where: \.isUppercase) {
                log.keptEveryday(person: person.name, word: written)
                continue
            }
            if match.everyday && match.kind == .partName {
                log.review.append(NameReview(kind: .everydayWordReplaced, person: person.name, text: written, position: position,
                                             context: Self.phrase(startingWith: match.range, in: characters)))
            }
            var range = match.range
            if let note = person.roleNote { range = Self.extending(range, over: " (\(note))", in: characters) }
            let capital = mode != .code && Self.startsSentence(at: range.lowerBound, in: characters)
            changes.append(InlineRun.Change(range: range, text: capital ? Self.capitalised(person.phrase) : person.phrase))
            log.count(match.owner)
        }
        return changes.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// `range` grown over `suffix` when the text carries on with it (in any case).
    private static func extending(_ range: Range<Int>, over suffix: String, in characters: [Character]) -> Range<Int> {
        let wanted = Array(suffix.lowercased())
        guard range.upperBound + wanted.count <= characters.count else { return range }
        let following = characters[range.upperBound..<(range.upperBound + wanted.count)].map { Character($0.lowercased()) }
        return following == wanted ? range.lowerBound..<(range.upperBound + wanted.count) : range
    }

    /// Whether a replacement at `index` starts a sentence: nothing but spaces, quotes or brackets
    /// before it, back to the start or to a full stop, question or exclamation mark.
    private static func startsSentence(at index: Int, in characters: [Character]) -> Bool {
        var position = index
        while position > 0 {
            position -= 1
            let character = characters[position]
            if character.isWhitespace || "\"“‘'(*_".contains(character) { continue }
            return ".!?".contains(character)
        }
        return true
    }

    private static func capitalised(_ phrase: String) -> String {
        phrase.prefix(1).uppercased() + phrase.dropFirst()
    }

    /// The words of `range` and up to two words after it in the same sentence, on one line: a
    /// phrase to keep as it is when the words were not a name ("Will we meet").
    private static func phrase(startingWith range: Range<Int>, in characters: [Character]) -> String {
        var end = range.upperBound
        var words = 0
        while end < characters.count, words < 2 {
            var next = end
            while next < characters.count, characters[next].isWhitespace { next += 1 }
            guard next < characters.count, characters[next].isLetter || characters[next].isNumber else { break }
            while next < characters.count, characters[next].isLetter || characters[next].isNumber || "'’-".contains(characters[next]) { next += 1 }
            end = next
            words += 1
        }
        return String(characters[range.lowerBound..<end]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// What a redaction counted and found on its way through a document.
private struct RedactionLog {
    var counts: [Int: Int] = [:]
    var order: [Int] = []
    var review: [NameReview] = []
    var kept: [String: (person: String, word: String, count: Int)] = [:]
    var keptOrder: [String] = []

    mutating func count(_ owner: Int) {
        if counts[owner] == nil { order.append(owner) }
        counts[owner, default: 0] += 1
    }

    /// Notes an address taken out, once for the words of a link and its address ("mailto:" and
    /// the "http://" added before "www." aside).
    mutating func removedAddress(_ address: String, person: String, position: SourcePosition?) {
        var shown = address
        if shown.lowercased().hasPrefix("mailto:") { shown.removeFirst("mailto:".count) }
        if shown.lowercased().hasPrefix("http://www.") { shown.removeFirst("http://".count) }
        let item = NameReview(kind: .addressRemoved, person: person, text: shown, position: position)
        if !review.contains(item) { review.append(item) }
    }

    mutating func keptEveryday(person: String, word: String) {
        let key = person + "\u{0}" + word
        if kept[key] == nil { keptOrder.append(key) }
        kept[key, default: (person, word, 0)].count += 1
    }

    /// One line per person, in the order they were first met.
    func replacements(_ hidden: [NameRedactor.HiddenName]) -> [NameRedactor.Replacement] {
        order.map { NameRedactor.Replacement(name: hidden[$0].name, replacement: hidden[$0].phrase, count: counts[$0] ?? 0) }
    }

    /// What to look at: what was noted on the way, then the everyday words kept, one line each.
    var allReview: [NameReview] {
        review + keptOrder.compactMap { key in
            kept[key].map { NameReview(kind: .everydayWordKept, person: $0.person, text: $0.word, count: $0.count) }
        }
    }
}

extension NameRedactor.Redaction {
    /// The redaction of `document`, with what `log` counted and found.
    fileprivate init(document: Document, log: RedactionLog, hidden: [NameRedactor.HiddenName]) {
        self.init(document: document, replacements: log.replacements(hidden), review: log.allReview)
    }
}
