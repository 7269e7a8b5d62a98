import Documents

/// Something that helps a person take part in a session. Kept only when the person agreed to it
/// being kept, shown only to the people who run the session, and never published.
public enum AccessNeed: String, CaseIterable, Sendable, Hashable, Comparable {
    /// Live captions (subtitles) on screen.
    case captions
    /// A British Sign Language interpreter.
    case britishSignLanguage = "british-sign-language"
    /// Regular breaks.
    case breaks
    /// Papers in easy read: short sentences, everyday words and pictures (shown to people as
    /// "simple words with pictures", as the glossary asks).
    case easyRead = "easy-read"
    /// Papers in large print.
    case largePrint = "large-print"
    /// Papers well before the session, to read them at their own pace or have them read aloud.
    case papersEarly = "papers-early"
    /// A phone number to join by, for someone without a computer or good internet.
    case joinByPhone = "join-by-phone"
    /// Anything else, said in the person's own words in the need's note.
    case other

    /// The need in words, for a list: "live captions".
    public var words: String {
        switch self {
        case .captions: return "live captions"
        case .britishSignLanguage: return "a British Sign Language interpreter"
        case .breaks: return "regular breaks"
        case .easyRead: return "papers in simple words with pictures"
        case .largePrint: return "papers in large print"
        case .papersEarly: return "papers early"
        case .joinByPhone: return "a phone number to join by"
        case .other: return "something else"
        }
    }

    /// Every way people type the need, in small letters with single spaces.
    private var spellings: [String] {
        switch self {
        case .captions: return ["captions", "live captions", "subtitles"]
        case .britishSignLanguage: return ["british sign language", "bsl", "sign language", "bsl interpreter"]
        case .breaks: return ["breaks", "regular breaks"]
        case .easyRead: return ["easy read"]
        case .largePrint: return ["large print"]
        case .papersEarly: return ["papers early", "early papers"]
        case .joinByPhone: return ["join by phone", "phone", "dial in"]
        case .other: return ["other", "something else"]
        }
    }

    /// Reads a need as people type it ("captions", "BSL", "easy read", "papers-early"), or returns nil.
    public init?(text: String) {
        let key = Self.key(text)
        guard let need = Self.allCases.first(where: { $0.spellings.contains(key) }) else { return nil }
        self = need
    }

    /// The need a mistyped word most likely means, for "did you mean" advice.
    public static func likely(_ text: String) -> AccessNeed? {
        Suggestions.closest(to: key(text), among: allCases.flatMap(\.spellings)).flatMap(AccessNeed.init(text:))
    }

    /// The needs as a user may type them, for messages: "captions, british-sign-language, …".
    public static var choices: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// In the order of `allCases`, so lists read the same every time.
    public static func < (lhs: AccessNeed, rhs: AccessNeed) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    private static func key(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).joined(separator: " ")
    }
}

/// One of a person's access needs, with a note in their own words if they gave one, such as
/// "two weeks before" for papers early or "a quiet room" for something else.
public struct PersonAccessNeed: Sendable, Equatable {
    /// The need.
    public var need: AccessNeed
    /// The person's own words about it.
    public var note: String?

    /// The longest note: 200 characters.
    public static let maximumNoteLength = 200

    /// What is wrong with a need as typed.
    public enum Problem: Error, Sendable, Equatable {
        /// The word is not a need Roundtable knows; `likely` is the nearest one.
        case unknown(String, likely: AccessNeed?)
        /// "Something else" needs words saying what it is.
        case otherWithoutNote
        /// The note is longer than `maximumNoteLength`.
        case noteTooLong(AccessNeed)

        /// The problem and what to do, in plain English.
        public var message: String {
            switch self {
            case .unknown(let text, let likely):
                let hint = likely.map { " Did you mean '\($0.rawValue)'?" } ?? ""
                return "'\(text)' is not an access need Roundtable knows.\(hint) Use one of: \(AccessNeed.choices). For anything else write other=\"what helps\"."
            case .otherWithoutNote:
                return "'other' needs a few words saying what helps, for example other=\"a quiet room to take a break in\"."
            case .noteTooLong(let need):
                return "The note for \(need.rawValue) is longer than \(PersonAccessNeed.maximumNoteLength) characters. Keep it short; talk about the details with the person."
            }
        }
    }

    /// A need with an optional note, as given.
    public init(_ need: AccessNeed, note: String? = nil) throws(Problem) {
        let note = note?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        if need == .other && note == nil { throw .otherWithoutNote }
        if let note, note.count > Self.maximumNoteLength { throw .noteTooLong(need) }
        self.need = need
        self.note = note
    }

    /// Reads a need as typed: the need alone ("captions") or with a note after an equals sign
    /// ("papers-early=two weeks before").
    public init(typed text: String) throws(Problem) {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let word = String(parts[0]).trimmingCharacters(in: .whitespaces)
        guard let need = AccessNeed(text: word) else { throw .unknown(word, likely: AccessNeed.likely(word)) }
        try self.init(need, note: parts.count > 1 ? String(parts[1]) : nil)
    }

    /// The need in words, with the note after a colon: "papers early: two weeks before".
    public var words: String { note.map { "\(need.words): \($0)" } ?? need.words }
}
