/// Reads the prose of a plain text file: paragraphs are separated by blank lines.
public enum PlainTextProse {
    /// The paragraphs of `text`, each line a segment with its line and column.
    public static func read(_ text: String, file: String) -> Prose {
        var blocks: [ProseBlock] = []
        var segments: [ProseBlock.Segment] = []
        func finish() {
            guard !segments.isEmpty else { return }
            blocks.append(ProseBlock(kind: .paragraph, segments: segments, paragraph: blocks.count + 1))
            segments = []
        }
        var lineNumber = 0
        // Lines are split on bytes: a long text has many lines, and this runs at the speed of memory.
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var content = line
            if content.last == UInt8(ascii: "\r") { content = content.dropLast() }
            if lineNumber == 1, content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
            let indent = content.prefix(while: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }).count
            let words = content.dropFirst(indent)
            if words.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == 0x0B || $0 == 0x0C }) {
                finish()
            } else {
                segments.append(.init(text: String(decoding: words, as: UTF8.self), position: SourcePosition(line: lineNumber, column: indent + 1)))
            }
        }
        finish()
        return Prose(file: file, blocks: blocks, hasLines: true)
    }
}
