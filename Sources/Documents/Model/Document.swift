/// A document in Roundtable's closed model: every reader produces one and every writer consumes one.
public struct Document: Sendable, Equatable {
    /// Title, date, authors and the other facts about the document.
    public var metadata: Metadata
    /// The body, in reading order.
    public var blocks: [Block]
    /// How the writers lay it out.
    public var style: DocumentStyle

    /// Creates a document from its metadata and body.
    public init(metadata: Metadata = Metadata(), blocks: [Block] = [], style: DocumentStyle = .standard) {
        self.metadata = metadata
        self.blocks = blocks
        self.style = style
    }
}

/// The layout writers give a document.
public enum DocumentStyle: Sendable, Equatable {
    /// Roundtable's usual layout.
    case standard
    /// Easy read: larger type and wider line spacing, for readers who find standard print hard.
    case easyRead
}

/// A line and column in the file a node was read from, both counted from 1.
public struct SourcePosition: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The line, counted from 1.
    public var line: Int
    /// The column, counted from 1 in characters of the line.
    public var column: Int

    /// Creates a position from a line and column, both counted from 1.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "line \(line), column \(column)" }
}
