/// The words of one paragraph, heading, list item or table cell, as a reader reads them, with
/// where each piece came from, so a finding can point into the user's file.
///
/// Code, web addresses and markup are left out: only prose is checked for plain language.
public struct ProseBlock: Sendable, Equatable {
    /// A piece of the block's text and the place in the file where it starts.
    public struct Segment: Sendable, Equatable {
        /// The text, with no line breaks inside it.
        public var text: String
        /// The line and column of the first character, for text formats.
        public var position: SourcePosition?
        /// Whether this piece runs straight on from the one before (as `care ` and `package` in
        /// `care *package*`) rather than after a break.
        public var continuesPrevious: Bool

        public init(text: String, position: SourcePosition? = nil, continuesPrevious: Bool = false) {
            self.text = text
            self.position = position
            self.continuesPrevious = continuesPrevious
        }
    }

    /// What kind of block the words come from; a heading or table cell is not a sentence.
    public enum Kind: String, Sendable, Equatable {
        case paragraph, heading, listItem, tableCell, quote, title
    }

    public var kind: Kind
    /// The pieces, in reading order; a line break separates them unless a piece continues the previous one.
    public var segments: [Segment]
    /// The block's number in the file, counted from 1, for office files that have no lines.
    public var paragraph: Int

    public init(kind: Kind, segments: [Segment], paragraph: Int) {
        self.kind = kind
        self.segments = segments
        self.paragraph = paragraph
    }

    /// The whole text: the pieces, with a line break before each that does not continue the previous one.
    public var text: String {
        var result = ""
        for (index, segment) in segments.enumerated() {
            if index > 0 && !segment.continuesPrevious { result += "\n" }
            result += segment.text
        }
        return result
    }

    /// The position of the character that starts at UTF-8 byte `offset` of `text`, when the
    /// block came from a text format.
    public func position(ofByte offset: Int) -> SourcePosition? {
        var remaining = offset
        for (index, segment) in segments.enumerated() {
            if index > 0 && !segment.continuesPrevious { remaining -= 1 }
            let length = segment.text.utf8.count
            if remaining < length || index == segments.count - 1 {
                guard let start = segment.position else { return nil }
                let characters = String(decoding: segment.text.utf8.prefix(max(remaining, 0)), as: UTF8.self).count
                return SourcePosition(line: start.line, column: start.column + characters)
            }
            remaining -= length
        }
        return nil
    }
}

/// The prose of a whole file, block by block.
public struct Prose: Sendable, Equatable {
    /// The file, as the user named it.
    public var file: String
    public var blocks: [ProseBlock]
    /// Whether findings are best shown by line and column (text formats) or paragraph number (office files).
    public var hasLines: Bool
    /// Terms the author allowed in the file itself, such as `<!-- roundtable: allow ICB -->` in Markdown.
    public var allowed: [String]

    public init(file: String, blocks: [ProseBlock], hasLines: Bool, allowed: [String] = []) {
        self.file = file
        self.blocks = blocks
        self.hasLines = hasLines
        self.allowed = allowed
    }
}
