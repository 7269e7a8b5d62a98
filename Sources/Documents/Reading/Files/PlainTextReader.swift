/// Reads a plain text file: paragraphs are separated by blank lines, and the lines of a
/// paragraph run on as one, each keeping its line and column.
package enum PlainTextReader {
    /// The paragraphs of `text`, the whole of a text file.
    package static func read(_ text: String) -> Document {
        var blocks: [Block] = []
        var inlines: [Inline] = []
        var anchors: [SourceMap.Anchor] = []
        func finish() {
            guard !inlines.isEmpty else { return }
            blocks.append(.paragraph(Paragraph(inlines, position: anchors.first?.position, source: SourceMap(anchors))))
            inlines = []
            anchors = []
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
                if !inlines.isEmpty { inlines.append(.softBreak) }
                anchors.append(SourceMap.Anchor(text: anchors.count, position: SourcePosition(line: lineNumber, column: indent + 1)))
                inlines.append(.text(String(decoding: words, as: UTF8.self)))
            }
        }
        finish()
        return Document(blocks: blocks)
    }
}
