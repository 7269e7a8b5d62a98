import Foundation

/// Reads a plain text file: paragraphs are separated by blank lines, and the lines of a
/// paragraph run on as one, each keeping its line and column.
package enum PlainTextReader {
    /// About how many bytes of a long text are read as one part, side by side with the others.
    private static let partBytes = 1 << 20

    /// The paragraphs of `text`, the whole of a text file.
    package static func read(_ text: String) -> Document {
        read(utf8: Data(text.utf8))
    }

    /// The paragraphs of `utf8`, the whole of a text file, known to be UTF-8.
    package static func read(utf8: Data) -> Document {
        let parts = utf8.withUnsafeBytes { Self.parts($0.assumingMemoryBound(to: UInt8.self)) }
        let blocks = SideBySide.map(parts) { part in
            utf8.withUnsafeBytes { bytes in
                paragraphs(UnsafeRawBufferPointer(rebasing: bytes[part.bytes]).assumingMemoryBound(to: UInt8.self), firstLine: part.firstLine)
            }
        }
        return Document(blocks: SideBySide.joined(blocks))
    }

    /// Where to cut `utf8` into parts of about `partBytes`: only at a line break before a blank
    /// line, so no paragraph is cut; each part with the number of its first line.
    private static func parts(_ utf8: UnsafeBufferPointer<UInt8>) -> [(bytes: Range<Int>, firstLine: Int)] {
        var parts: [(bytes: Range<Int>, firstLine: Int)] = []
        var start = 0, line = 1
        // Only the line breaks at least `partBytes` after a part's start are looked at.
        var index = lineBreak(in: utf8, from: partBytes)
        while index < utf8.count {
            let next = lineBreak(in: utf8, from: index + 1)
            if isBlank(utf8[(index + 1)..<next]) {
                parts.append((start..<index, line))
                line += lineBreaks(in: UnsafeBufferPointer(rebasing: utf8[start..<index])) + 1
                start = index + 1
                index = lineBreak(in: utf8, from: start + partBytes)
            } else {
                index = next
            }
        }
        parts.append((start..<utf8.count, line))
        return parts
    }

    /// Where the first line break at or after `start` is in `utf8`, or its end when there is none.
    private static func lineBreak(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < utf8.count, let base = utf8.baseAddress,
              let found = memchr(base + start, Int32(UInt8(ascii: "\n")), utf8.count - start) else { return utf8.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// How many line breaks `utf8` holds, found with `memchr` as the cuts are.
    private static func lineBreaks(in utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = lineBreak(in: utf8, from: 0)
        while index < utf8.count {
            count += 1
            index = lineBreak(in: utf8, from: index + 1)
        }
        return count
    }

    /// Whether a line holds nothing but spaces, tabs and page breaks, as `paragraphs` reads it.
    private static func isBlank(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var content = line
        if content.last == UInt8(ascii: "\r") { content = content.dropLast() }
        return content.allSatisfy(isSpace)
    }

    /// A space, a tab or a page break: what a blank line may hold.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 0x0B || byte == 0x0C
    }

    /// The paragraphs of `utf8`, whose first line is line `firstLine` of the file.
    private static func paragraphs(_ utf8: UnsafeBufferPointer<UInt8>, firstLine: Int) -> [Block] {
        var blocks: [Block] = []
        var inlines: [Inline] = []
        var anchors: [SourceMap.Anchor] = []
        func finish() {
            guard !inlines.isEmpty else { return }
            blocks.append(.paragraph(Paragraph(inlines, position: anchors.first?.position, source: SourceMap(anchors))))
            inlines = []
            anchors = []
        }
        var lineNumber = firstLine - 1
        func read(_ line: Slice<UnsafeBufferPointer<UInt8>>) {
            lineNumber += 1
            var content = line
            if content.last == UInt8(ascii: "\r") { content = content.dropLast() }
            if lineNumber == 1, content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
            let indent = content.prefix(while: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }).count
            let words = content.dropFirst(indent)
            if words.allSatisfy(isSpace) {
                finish()
            } else {
                if !inlines.isEmpty { inlines.append(.softBreak) }
                anchors.append(SourceMap.Anchor(text: anchors.count, position: SourcePosition(line: lineNumber, column: indent + 1)))
                inlines.append(.text(String(decoding: words, as: UTF8.self)))
            }
        }
        // Lines are split on bytes: a long text has many lines, and this runs at the speed of memory.
        var lineStart = 0
        while lineStart <= utf8.count {
            let lineEnd = lineBreak(in: utf8, from: lineStart)
            read(utf8[lineStart..<lineEnd])
            lineStart = lineEnd + 1
        }
        finish()
        return blocks
    }
}
