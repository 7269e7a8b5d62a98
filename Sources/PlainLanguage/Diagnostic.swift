import Documents

/// One finding, from the plain-language checker or the agenda linter alike: which rule found
/// it, how serious it is, what it means in plain words, what to write instead, and where.
public struct Diagnostic: Sendable, Equatable, Codable {
    /// How serious a finding is; `--fail-on` compares against this.
    public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
        /// The least serious, such as a long sentence; people read it as "note".
        case info
        /// Worth fixing, such as jargon or an acronym that is not explained.
        case warning
        /// The most serious, such as a word that labels people or an agenda that over-runs.
        case error

        private var rank: Int {
            switch self {
            case .info: return 0
            case .warning: return 1
            case .error: return 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

        /// The word a person reads: "error", "warning", or "note" for `info`.
        public var word: String {
            switch self {
            case .info: return "note"
            case .warning: return "warning"
            case .error: return "error"
            }
        }
    }

    /// The rule that found it, so users can switch it off.
    public var rule: RuleID
    /// How serious it is; the rule's own severity unless set otherwise.
    public var severity: Severity
    /// What was found, as a plain sentence.
    public var message: String
    /// What to write or do instead, when there is a suggestion.
    public var suggestion: String?
    /// Where it was found.
    public var location: Location
    /// The words the finding is about, exactly as written.
    public var excerpt: String?
    /// The sentence (or a stretch of text) around the finding, to show it in context.
    public var context: String?
    /// Where in `context` the excerpt starts, in characters, when it is known.
    public var excerptOffset: Int?

    /// Creates a finding of `rule`, as serious as the registry says the rule is.
    public init(rule: RuleID, message: String, suggestion: String? = nil,
                location: Location, excerpt: String? = nil, context: String? = nil, excerptOffset: Int? = nil) {
        self.rule = rule
        self.severity = rule.severity
        self.message = message
        self.suggestion = suggestion
        self.location = location
        self.excerpt = excerpt
        self.context = context
        self.excerptOffset = excerptOffset
    }

    /// Where a finding is: its paragraph and the characters before it there, and also its line and
    /// column in a text file (an office file has no lines).
    public struct Location: Sendable, Equatable, Codable, CustomStringConvertible {
        /// The file, as the user named it.
        public var file: String
        /// The line and column, for text formats.
        public var position: SourcePosition?
        /// The paragraph number counted from 1 among the paragraphs, headings, list items and
        /// table cells with words.
        public var paragraph: Int?
        /// The number of characters in the paragraph's text before the finding: where it starts
        /// in the paragraph, in every format, so a page can mark the words.
        public var offset: Int?

        /// Creates a location: give `position` for a text file, or `paragraph` and `offset` for an office file.
        public init(file: String, position: SourcePosition? = nil, paragraph: Int? = nil, offset: Int? = nil) {
            self.file = file
            self.position = position
            self.paragraph = paragraph
            self.offset = offset
        }

        /// The place of UTF-8 byte `byte` of a block's text: its paragraph and the characters
        /// before it there, and its line and column when the block came from a file with lines.
        init(_ places: inout ProsePlaces, byte: Int, file: String) {
            self.init(file: file, position: places.position(ofByte: byte), paragraph: places.paragraph,
                      offset: places.characters(before: byte))
        }

        /// `notes.md line 3, column 7`, `minutes.docx paragraph 12`, or the file alone.
        public var description: String {
            if let position { return "\(file) line \(position.line), column \(position.column)" }
            if let paragraph { return "\(file) paragraph \(paragraph)" }
            return file
        }
    }
}
