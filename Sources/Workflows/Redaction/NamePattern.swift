/// One way a person's name can be written, in folded form: its pieces (the letters and digits
/// between spaces, hyphens and apostrophes) and what may stand between them in a text.
struct NamePattern: Sendable {
    /// What may stand between two pieces of a name in a text.
    enum Gap: Sendable {
        /// Spaces or line breaks, one hyphen, underscore, full stop or apostrophe, or nothing:
        /// "Amira Khan", "amira-khan", "amira_khan", "amira.khan", "AmiraKhan", "O'Neill", "ONeill".
        case flexible
        /// After an initial: a full stop, spaces, both, or nothing: "A. Khan", "A Khan".
        case afterInitial
        /// Surname first: a comma, spaces or both: "Khan, Amira", "Khan Amira".
        case surnameFirst
    }

    /// How sure a match of the pattern is to mean the person.
    enum Kind: Sendable, Equatable {
        /// The whole name, or the first name and surname, in either order, or an initial and the surname.
        case fullName
        /// One part of the name alone.
        case partName
        /// A phrase the author asked to keep as it is.
        case keptPhrase
    }

    /// The folded pieces, in order.
    let pieces: [[Unicode.Scalar]]
    /// What may stand between piece `i` and piece `i + 1`.
    let gaps: [Gap]
    let kind: Kind
    /// Whether every word of the pattern is also an everyday English word ("Will", "May", "Hope",
    /// "Young", "a grey"), or an initial, so that written in small letters it most likely is not a name.
    let everyday: Bool
    /// Which person (or kept phrase) of the matcher the pattern belongs to.
    let owner: Int

    /// Words that join a surname rather than being names themselves ("van der Berg", "de la Cruz").
    static let particles: Set<String> = [
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "el", "al",
        "bin", "bint", "ibn", "st", "ter", "ten", "op", "zu", "y", "e", "of",
    ]

    /// The patterns of a person's name. `fullOnly` gives only the patterns that surely mean this
    /// person (for people who agreed to be named, whose names are kept).
    static func patterns(forName name: String, owner: Int, everyday: Set<String>, fullOnly: Bool) -> [NamePattern] {
        let words = FoldedText.folded(PersonName.tidiedForMatching(name)).split(separator: " ").map(Word.init).filter { !$0.pieces.isEmpty }
        guard let first = words.first else { return [] }
        var result: [NamePattern] = []
        func add(_ words: [Word], gapsBetweenWords: [Gap], kind: Kind) {
            let isEveryday = words.allSatisfy { word in word.letterCount == 1 || (word.pieces.count == 1 && everyday.contains(word.text)) }
            var pieces: [[Unicode.Scalar]] = []
            var gaps: [Gap] = []
            for (index, word) in words.enumerated() {
                if index > 0 { gaps.append(gapsBetweenWords[index - 1]) }
                for (pieceIndex, piece) in word.pieces.enumerated() {
                    if pieceIndex > 0 { gaps.append(.flexible) }
                    pieces.append(piece)
                }
            }
            guard !pieces.isEmpty else { return }
            result.append(NamePattern(pieces: pieces, gaps: gaps, kind: kind, everyday: isEveryday, owner: owner))
        }
        // The surname with the particles before it: "van der Berg" in "Anna van der Berg".
        var surnameStart = words.count - 1
        while surnameStart > 1, particles.contains(words[surnameStart - 1].text) { surnameStart -= 1 }
        let surname = Array(words[surnameStart...])
        if words.count >= 2 {
            add(words, gapsBetweenWords: Array(repeating: .flexible, count: words.count - 1), kind: .fullName)
            if words.count > surname.count + 1 {
                add([first] + surname, gapsBetweenWords: Array(repeating: .flexible, count: surname.count), kind: .fullName)
            }
            add(surname + [first], gapsBetweenWords: Array(repeating: .flexible, count: surname.count - 1) + [.surnameFirst], kind: .fullName)
            if let initial = first.pieces.first?.first, first.letterCount >= 2 {
                add([Word(pieces: [[initial]], text: String(initial))] + surname,
                    gapsBetweenWords: [.afterInitial] + Array(repeating: .flexible, count: surname.count - 1), kind: .fullName)
            }
        }
        guard !fullOnly else { return result }
        if surname.count > 1 { add(surname, gapsBetweenWords: Array(repeating: .flexible, count: surname.count - 1), kind: .partName) }
        var seen: Set<String> = []
        for word in words where !particles.contains(word.text) {
            var parts = [word]
            if word.pieces.count > 1 { parts += word.pieces.map { Word(pieces: [$0], text: String(String.UnicodeScalarView($0))) } }
            for part in parts where part.letterCount >= 2 && !particles.contains(part.text) && seen.insert(part.text).inserted {
                add([part], gapsBetweenWords: [], kind: .partName)
            }
        }
        return result
    }

    /// The pattern of a phrase to keep as it is, words with any spaces between them.
    static func keptPhrase(_ phrase: String, owner: Int) -> NamePattern? {
        let words = FoldedText.folded(phrase).split(separator: " ").map(Word.init).filter { !$0.pieces.isEmpty }
        let pieces = words.flatMap(\.pieces)
        guard !pieces.isEmpty else { return nil }
        return NamePattern(pieces: pieces, gaps: Array(repeating: .flexible, count: pieces.count - 1), kind: .keptPhrase, everyday: false, owner: owner)
    }

    /// One word of a folded name, in pieces: "o'neill" is "o" and "neill".
    struct Word {
        let pieces: [[Unicode.Scalar]]
        let text: String

        init(pieces: [[Unicode.Scalar]], text: String) {
            self.pieces = pieces
            self.text = text
        }

        init(_ text: Substring) {
            self.text = String(text)
            var pieces: [[Unicode.Scalar]] = []
            var piece: [Unicode.Scalar] = []
            for scalar in text.unicodeScalars {
                if FoldedText.isWordScalar(scalar) {
                    piece.append(scalar)
                } else if !piece.isEmpty {
                    pieces.append(piece)
                    piece = []
                }
            }
            if !piece.isEmpty { pieces.append(piece) }
            self.pieces = pieces
        }

        var letterCount: Int { pieces.reduce(0) { $0 + $1.filter(FoldedText.isLetter).count } }
    }
}

import SpeakingTurns

extension PersonName {
    /// A name as kept, or tidied as far as possible when it cannot be kept as it is, for matching.
    static func tidiedForMatching(_ name: String) -> String {
        (try? normalised(name)) ?? tidied(name)
    }
}
