/// Finds where names are written in a piece of text, in any of the forms a name takes: any case,
/// with or without accents, either apostrophe, across line breaks and formatting, joined up in
/// an address ("amira.khan"), surname first, or as an initial and surname.
struct NameMatcher: Sendable {
    /// A stretch of the original text that names someone, or that must be kept as it is.
    struct Match: Sendable, Equatable {
        /// The characters of the original text.
        var range: Range<Int>
        var kind: NamePattern.Kind
        /// Whether every word matched is also an everyday word (see `NamePattern.everyday`).
        var everyday: Bool
        /// The person (or kept phrase) in the matcher's lists.
        var owner: Int
        /// Whether the person is hidden (true) or named with consent (false), or the phrase kept.
        var hidden: Bool
    }

    private let hiddenPatterns: [Unicode.Scalar: [NamePattern]]
    private let keptPatterns: [Unicode.Scalar: [NamePattern]]

    /// Prepares to find the names `hidden` (people to hide), the names `named` (people who agreed
    /// to be named: their full names are kept even where a part is shared with a hidden name),
    /// and the phrases `kept` (kept as they are, even where they hold part of a hidden name).
    init(hidden: [String], named: [String], kept: [String], everyday: Set<String>) {
        var hiddenPatterns: [Unicode.Scalar: [NamePattern]] = [:]
        var keptPatterns: [Unicode.Scalar: [NamePattern]] = [:]
        for (owner, name) in hidden.enumerated() {
            for pattern in NamePattern.patterns(forName: name, owner: owner, everyday: everyday, fullOnly: false) {
                if let first = pattern.pieces.first?.first { hiddenPatterns[first, default: []].append(pattern) }
            }
        }
        for (owner, name) in named.enumerated() {
            for pattern in NamePattern.patterns(forName: name, owner: owner, everyday: everyday, fullOnly: true) {
                if let first = pattern.pieces.first?.first { keptPatterns[first, default: []].append(pattern) }
            }
        }
        for (owner, phrase) in kept.enumerated() {
            if let pattern = NamePattern.keptPhrase(phrase, owner: named.count + owner), let first = pattern.pieces.first?.first {
                keptPatterns[first, default: []].append(pattern)
            }
        }
        self.hiddenPatterns = hiddenPatterns
        self.keptPatterns = keptPatterns
    }

    /// Whether there is any name to hide.
    var isEmpty: Bool { hiddenPatterns.isEmpty }

    /// The names in `text`, without overlaps: a full hidden name wins over anything it overlaps;
    /// then the full names of people who agreed and the kept phrases, which shield the parts of
    /// hidden names inside them; then the parts of hidden names alone. Among matches of one rank,
    /// the leftmost wins, then the longest. `pieceStarts` marks the
    /// characters where formatting changes (a word may start there).
    func matches(in text: FoldedText, pieceStarts: Set<Int> = []) -> [Match] {
        guard !hiddenPatterns.isEmpty else { return [] }
        var found: [Match] = []
        let scalars = text.scalars
        for start in scalars.indices where FoldedText.isWordScalar(scalars[start]) && startsWord(at: start, in: text, pieceStarts: pieceStarts) {
            let first = scalars[start]
            for pattern in hiddenPatterns[first] ?? [] {
                if let end = end(of: pattern, in: text, from: start, pieceStarts: pieceStarts) {
                    found.append(Match(range: text.origin[start]..<(text.origin[end - 1] + 1), kind: pattern.kind, everyday: pattern.everyday, owner: pattern.owner, hidden: true))
                }
            }
            for pattern in keptPatterns[first] ?? [] {
                if let end = end(of: pattern, in: text, from: start, pieceStarts: pieceStarts) {
                    found.append(Match(range: text.origin[start]..<(text.origin[end - 1] + 1), kind: pattern.kind, everyday: pattern.everyday, owner: pattern.owner, hidden: false))
                }
            }
        }
        guard !found.isEmpty else { return [] }
        func rank(_ match: Match) -> Int {
            switch (match.kind, match.hidden) {
            case (.fullName, true): return 0
            case (.fullName, false), (.keptPhrase, _): return 1
            case (.partName, _): return 2
            }
        }
        let ordered = found.sorted { lhs, rhs in
            let (left, right) = (rank(lhs), rank(rhs))
            if left != right { return left < right }
            if lhs.range.lowerBound != rhs.range.lowerBound { return lhs.range.lowerBound < rhs.range.lowerBound }
            return lhs.range.count > rhs.range.count
        }
        var chosen: [Match] = []
        for match in ordered where !chosen.contains(where: { $0.range.overlaps(match.range) }) {
            chosen.append(match)
        }
        return chosen.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether a word may start at folded scalar `index`: at the start, after a character that is
    /// not a letter or digit, where formatting changes, at a change from small to capital letter
    /// ("notesAmira"), or at a letter after digits ("2amira").
    private func startsWord(at index: Int, in text: FoldedText, pieceStarts: Set<Int>) -> Bool {
        guard index > 0 else { return true }
        let character = text.origin[index]
        let previous = text.origin[index - 1]
        guard previous != character else { return false }
        if !FoldedText.isWordScalar(text.scalars[index - 1]) || pieceStarts.contains(character) { return true }
        if text.characters[previous].isLowercase && text.characters[character].isUppercase { return true }
        return text.characters[previous].isNumber && FoldedText.isLetter(text.scalars[index])
    }

    /// Whether a word may end before folded scalar `index`: at the end, before anything but a
    /// letter (digits may follow, as in "amira2"), where formatting changes, or at a change from
    /// small to capital letter ("AmiraNotes").
    private func endsWord(at index: Int, in text: FoldedText, pieceStarts: Set<Int>) -> Bool {
        guard index < text.scalars.count else { return true }
        let character = text.origin[index]
        let previous = text.origin[index - 1]
        guard previous != character else { return false }
        if !FoldedText.isLetter(text.scalars[index]) || pieceStarts.contains(character) { return true }
        return text.characters[previous].isLowercase && text.characters[character].isUppercase
    }

    /// Where `pattern` ends when it starts at `start`, or nil.
    private func end(of pattern: NamePattern, in text: FoldedText, from start: Int, pieceStarts: Set<Int>) -> Int? {
        let scalars = text.scalars
        func piece(_ index: Int, at position: Int) -> Int? {
            let wanted = pattern.pieces[index]
            guard position + wanted.count <= scalars.count else { return nil }
            for offset in wanted.indices where scalars[position + offset] != wanted[offset] { return nil }
            let end = position + wanted.count
            if index == pattern.pieces.count - 1 {
                return endsWord(at: end, in: text, pieceStarts: pieceStarts) ? end : nil
            }
            for next in gapEnds(pattern.gaps[index], from: end, in: scalars) {
                if let found = piece(index + 1, at: next) { return found }
            }
            return nil
        }
        return piece(0, at: start)
    }

    /// Where the text after a piece may carry on with the next piece, for each kind of gap.
    private func gapEnds(_ gap: NamePattern.Gap, from position: Int, in scalars: [Unicode.Scalar]) -> [Int] {
        func spaces(from start: Int) -> Int {
            var end = start
            while end < scalars.count, scalars[end] == " " { end += 1 }
            return end
        }
        var ends: [Int] = []
        let afterSpaces = spaces(from: position)
        switch gap {
        case .flexible:
            if afterSpaces > position { ends.append(afterSpaces) }
            if position < scalars.count, "-_.'".unicodeScalars.contains(scalars[position]) { ends.append(position + 1) }
            ends.append(position)
        case .afterInitial:
            if position < scalars.count, scalars[position] == "." { ends.append(spaces(from: position + 1)) }
            if afterSpaces > position { ends.append(afterSpaces) }
        case .surnameFirst:
            if position < scalars.count, scalars[position] == "," { ends.append(spaces(from: position + 1)) }
            if afterSpaces > position { ends.append(afterSpaces) }
        }
        return ends
    }
}
