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
        func read(_ line: Slice<UnsafeBufferPointer<UInt8>>) {
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
        var text = text
        // Lines are split on bytes: a long text has many lines, and this runs at the speed of memory.
        text.withUTF8 { utf8 in
            var lineStart = 0
            while lineStart <= utf8.count {
                let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.count
                read(utf8[lineStart..<lineEnd])
                lineStart = lineEnd + 1
            }
        }
        finish()
        return Document(blocks: blocks)
    }
}
