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
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var content = line.hasSuffix("\r") ? line.dropLast() : line
            if lineNumber == 1, content.hasPrefix("\u{FEFF}") { content = content.dropFirst() }
            let indent = content.prefix(while: { $0 == " " || $0 == "\t" }).count
            let words = content.dropFirst(indent)
            if words.allSatisfy(\.isWhitespace) {
                finish()
            } else {
                segments.append(.init(text: String(words), position: SourcePosition(line: lineNumber, column: indent + 1)))
            }
        }
        finish()
        return Prose(file: file, blocks: blocks, hasLines: true)
    }
}
