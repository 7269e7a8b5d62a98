/// A document in Roundtable's closed model: every reader produces one and every writer consumes one.
public struct Document: Sendable, Equatable {
    /// Title, date, authors and the other facts about the document.
    public var metadata: Metadata
    /// The body, in reading order.
    public var blocks: [Block]

    /// Creates a document from its metadata and body.
    public init(metadata: Metadata = Metadata(), blocks: [Block] = []) {
        self.metadata = metadata
        self.blocks = blocks
    }
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
