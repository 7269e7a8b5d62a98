import Documents
import SpeakingTurns

/// Something about names in a pack that a person should look at before sharing it.
public struct NameReview: Sendable, Equatable {
    /// What kind of thing to look at.
    public enum Kind: Sendable, Equatable {
        /// A part of a hidden name that is also an everyday word was replaced, because it was
        /// written with a capital letter; it may have been the everyday word ("Will we meet").
        case everydayWordReplaced
        /// A part of a hidden name that is also an everyday word was kept, because it was written
        /// in small letters ("we will meet").
        case everydayWordKept
        /// An e-mail or web address held a hidden name, so it was taken out.
        case addressRemoved
        /// The document's language was not a language code, or held a name, so British English is used.
        case languageReset
        /// A registered name that cannot be found safely in every form.
        case unsafeName(UnsafeName)
        /// The name of the notes file holds a hidden name, so the pack is named after the session;
        /// `text` is the pack's file name.
        case fileNameChanged(notesName: String)
    }

    /// Why a registered name cannot be found safely in every form.
    public enum UnsafeName: Sendable, Equatable {
        /// No part of the name has two letters or more ("J", "J. K."), so only the whole name is looked for.
        case noLongPart
        /// The name was kept before Roundtable checked names, and holds something a name should not
        /// (a line break, an invisible character, a comma). Carries the problem in words.
        case badlyKept(String)
        /// A part of the name is also part of the name of someone who agreed to be named. That part
        /// alone is always replaced, so the other person is named only by their full name.
        case sharedWithNamed(part: String, namedPerson: String)
    }

    /// What to look at, and why.
    public var kind: Kind
    /// The person whose name it is about.
    public var person: String
    /// The words or address concerned.
    public var text: String
    /// Where in the notes, when known.
    public var position: SourcePosition?
    /// How many times, for words kept.
    public var count: Int
    /// The words and a few after them, as a phrase to keep.
    public var context: String?

    /// Creates an item to look at.
    public init(kind: Kind, person: String, text: String, position: SourcePosition? = nil, count: Int = 1, context: String? = nil) {
        self.kind = kind
        self.person = person
        self.text = text
        self.position = position
        self.count = count
        self.context = context
    }

    /// What to look at and what to do, in plain English.
    public var message: String {
        let place = position.map { " (line \($0.line))" } ?? ""
        switch kind {
        case .everydayWordReplaced:
            let phrase = context ?? text
            return "'\(text)'\(place), in “\(phrase)”, was replaced, because \(person) has not agreed to be named. It may be the everyday word instead. If it is, keep it by adding <!-- roundtable: keep \(phrase) --> to the notes."
        case .everydayWordKept:
            let times = count == 1 ? "once" : "\(count) times"
            return "'\(text)' in small letters (\(times)) was kept as an everyday word, although \(person) has not agreed to be named. If it means \(person) anywhere, write it with a capital letter so that it is replaced."
        case .addressRemoved:
            return "The address '\(text)'\(place) holds the name of \(person), who has not agreed to be named, so it was taken out."
        case .languageReset:
            return "The notes give the language as '\(text)', which is not a language code such as en-GB, so the pack says it is in British English (en-GB)."
        case .fileNameChanged(let notesName):
            return "The name of the notes file, '\(notesName)', holds the name of \(person), who has not agreed to be named, so the pack is called '\(text)' instead."
        case .unsafeName(.noLongPart):
            return "The name '\(person)' has no part of two letters or more, so only the whole name is looked for. Check the pack for initials or short forms of it by hand."
        case .unsafeName(.badlyKept(let problem)):
            return "The name '\(person)' was saved before Roundtable checked names: \(problem) Check the pack for this person's name by hand."
        case .unsafeName(.sharedWithNamed(let part, let named)):
            return "'\(part)' is part of the name of \(person), who has not agreed to be named, and of \(named), who has. '\(part)' on its own is always replaced, so write \(named)'s full name where you mean them."
        }
    }

    /// The registered names that cannot be found safely in every form.
    static func unsafe(hidden: [String], named: [String]) -> [NameReview] {
        var result: [NameReview] = []
        var namedParts: [String: String] = [:]
        for name in named {
            for part in FoldedText.folded(PersonName.tidiedForMatching(name)).split(separator: " ") where part.count >= 2 {
                namedParts[String(part)] = namedParts[String(part)] ?? name
            }
        }
        for name in hidden {
            do {
                _ = try PersonName.normalised(name)
            } catch {
                result.append(NameReview(kind: .unsafeName(.badlyKept(error.message(for: name))), person: name, text: name))
            }
            let parts = FoldedText.folded(PersonName.tidiedForMatching(name)).split(separator: " ")
            if !parts.contains(where: { $0.filter(\.isLetter).count >= 2 }) {
                result.append(NameReview(kind: .unsafeName(.noLongPart), person: name, text: name))
            }
            for part in parts where !NamePattern.particles.contains(String(part)) {
                if let other = namedParts[String(part)] {
                    let written = PersonName.tidiedForMatching(name).split(separator: " ").first { FoldedText.folded(String($0)) == part }.map(String.init) ?? String(part)
                    result.append(NameReview(kind: .unsafeName(.sharedWithNamed(part: written, namedPerson: other)), person: name, text: written))
                }
            }
        }
        return result
    }
}

import Foundation

/// The shape of a BCP 47 language tag such as `en-GB`, `cy` or `zh-Hant-HK`.
enum LanguageTag {
    /// Whether `tag` has the shape of a language tag: a language of two or three letters, then
    /// parts of one to eight letters or digits, separated by hyphens.
    static func isWellFormed(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLetter }),
              tag.count <= 35 else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
