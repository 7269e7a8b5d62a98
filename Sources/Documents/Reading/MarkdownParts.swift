/// Cuts long Markdown into parts that cmark-gfm can read one at a time and give the same
/// document as reading it whole, so that its tree (about 17 times the size of the text) never
/// holds more than one part.
///
/// A part ends only before a heading written from the first column (`## …`) after a blank line,
/// where nothing started before can go on: such a line closes every list, quote, table, paragraph
/// and indented code. What could still go on is ruled out: a part never ends inside a fenced code
/// block, nor between a footnote reference and its note, nor between two uses of one note. Where
/// the text holds anything whose reach is harder to be sure of (link reference definitions, which
/// any part may use; HTML blocks other than one-line comments; fences that are indented or follow
/// text directly; carriage returns), it is not cut there or after, or not at all.
struct MarkdownParts {
    /// A part of the text and how many lines come before it.
    struct Part {
        let text: Substring
        let lineOffset: Int
    }

    /// Parts are at least this long (64 KB), apart from the last; shorter text is one part.
    static let partSize = 1 << 16

    /// The parts of `text`, in order; together they are the whole of it.
    static func parts(of text: Substring, partSize: Int = partSize) -> [Part] {
        let utf8 = text.utf8
        guard utf8.count > partSize else { return [Part(text: text, lineOffset: 0)] }
        var contiguous = text
        let cuts = contiguous.withUTF8 { cutLines(in: $0, partSize: partSize) }
        var parts: [Part] = []
        var start = utf8.startIndex
        var lineOffset = 0
        for cut in cuts {
            let end = utf8.index(utf8.startIndex, offsetBy: cut.byte)
            parts.append(Part(text: text[start..<end], lineOffset: lineOffset))
            start = end
            lineOffset = cut.line
        }
        parts.append(Part(text: text[start...], lineOffset: lineOffset))
        return parts
    }

    /// Where to cut: the byte offset and the line number (from 0) of each heading that starts a new part.
    private static func cutLines(in bytes: UnsafeBufferPointer<UInt8>, partSize: Int) -> [(byte: Int, line: Int)] {
        guard !bytes.contains(UInt8(ascii: "\r")) else { return [] }
        let lines = Lines(bytes)
        guard let noteLines = noteSpans(lines) else { return [] }
        // How many notes are open (used before and after) at each line.
        var open = [Int](repeating: 0, count: lines.count + 1)
        for span in noteLines.values where span.first < span.last {
            open[span.first + 1] += 1
            open[span.last + 1] -= 1
        }
        var cuts: [(byte: Int, line: Int)] = []
        var openNotes = 0
        var partStart = 0
        var fence: (byte: UInt8, count: Int)?
        var previousBlank = true
        for line in 0..<lines.count {
            openNotes += open[line]
            let text = lines[line]
            defer { previousBlank = isBlank(text) }
            if let open = fence {
                if isClosingFence(text, open) { fence = nil }
                continue
            }
            let indent = text.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.count
            let rest = UnsafeBufferPointer(rebasing: text[(text.startIndex + indent)...])
            if indent <= 3, let opening = openingFence(rest) {
                // Only a fence at the very start of a line, after a blank line, is surely outside
                // every list, quote and table; with any other, stop cutting.
                guard indent == 0, previousBlank else { return cuts }
                fence = opening
                continue
            }
            if indent <= 3, rest.first == UInt8(ascii: "<"), !isOneLineComment(rest) { return cuts }
            if previousBlank, openNotes == 0, isHeading(text), lines.start(of: line) - partStart >= partSize {
                partStart = lines.start(of: line)
                cuts.append((partStart, line))
            }
        }
        return cuts
    }

    /// The first and last line of each footnote label used, by a key at least as coarse as
    /// cmark-gfm's matching; nil when the text holds a link reference definition, or anything
    /// that might be one.
    private static func noteSpans(_ lines: Lines) -> [[UInt8]: (first: Int, last: Int)]? {
        var spans: [[UInt8]: (first: Int, last: Int)] = [:]
        for line in 0..<lines.count {
            let text = lines[line]
            var index = text.startIndex
            while index + 1 < text.endIndex {
                if text[index] == UInt8(ascii: "]"), text[index + 1] == UInt8(ascii: ":") {
                    // Only a note's own line may hold "]:": `[^label]:` at the start.
                    guard text.starts(with: [UInt8(ascii: "["), UInt8(ascii: "^")]),
                          text.firstIndex(of: UInt8(ascii: "]")) == index else { return nil }
                }
                if text[index] == UInt8(ascii: "["), text[index + 1] == UInt8(ascii: "^") {
                    let labelStart = index + 2
                    let labelEnd = text[labelStart...].firstIndex(of: UInt8(ascii: "]")) ?? text.endIndex
                    let key = noteKey(text[labelStart..<labelEnd], complete: labelEnd < text.endIndex)
                    let span = spans[key] ?? (line, line)
                    spans[key] = (span.first, line)
                }
                index += 1
            }
        }
        return spans
    }

    /// A label in lower case with its spaces closed up; every label that cmark-gfm might match
    /// in another way (cut by the end of the line, or holding escapes, entities or non-ASCII
    /// letters) shares one key, so all of them stay in one part.
    private static func noteKey(_ label: UnsafeBufferPointer<UInt8>.SubSequence, complete: Bool) -> [UInt8] {
        guard complete, !label.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "&") }) else {
            return []
        }
        var key: [UInt8] = []
        var afterSpace = true
        for byte in label {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                afterSpace = true
                continue
            }
            if afterSpace && !key.isEmpty { key.append(UInt8(ascii: " ")) }
            afterSpace = false
            key.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
        }
        return key.isEmpty ? [UInt8(ascii: " ")] : key
    }

    /// The fence a line opens: three or more backticks (with no backtick after them) or tildes.
    private static func openingFence(_ rest: UnsafeBufferPointer<UInt8>) -> (byte: UInt8, count: Int)? {
        guard let byte = rest.first, byte == UInt8(ascii: "`") || byte == UInt8(ascii: "~") else { return nil }
        let count = rest.prefix { $0 == byte }.count
        guard count >= 3 else { return nil }
        if byte == UInt8(ascii: "`"), rest.dropFirst(count).contains(byte) { return nil }
        return (byte, count)
    }

    /// Whether a line closes `fence`: up to three spaces, at least as many of its marks, then only spaces.
    private static func isClosingFence(_ text: UnsafeBufferPointer<UInt8>.SubSequence, _ fence: (byte: UInt8, count: Int)) -> Bool {
        let indent = text.prefix { $0 == UInt8(ascii: " ") }.count
        guard indent <= 3 else { return false }
        let rest = text.dropFirst(indent)
        let count = rest.prefix { $0 == fence.byte }.count
        return count >= fence.count && rest.dropFirst(count).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    /// Whether a line is an HTML comment that ends on the same line, which ends its HTML block there.
    private static func isOneLineComment(_ rest: UnsafeBufferPointer<UInt8>) -> Bool {
        let open = Array("<!--".utf8)
        guard rest.starts(with: open) else { return false }
        let after = Array(rest.dropFirst(open.count))
        let close = Array("-->".utf8)
        return after.count >= close.count && (0...(after.count - close.count)).contains { after[$0..<$0 + close.count].elementsEqual(close) }
    }

    /// Whether a line is an ATX heading written from the first column: one to six `#`, then a space, a tab or nothing.
    private static func isHeading(_ text: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        let marks = text.prefix { $0 == UInt8(ascii: "#") }.count
        guard (1...6).contains(marks) else { return false }
        let next = text.dropFirst(marks).first
        return next == nil || next == UInt8(ascii: " ") || next == UInt8(ascii: "\t")
    }

    private static func isBlank(_ text: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        text.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }

    /// The lines of a text, without their line feeds.
    private struct Lines {
        let bytes: UnsafeBufferPointer<UInt8>
        private var starts: [Int] = [0]

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        }

        var count: Int { starts.count }

        func start(of line: Int) -> Int { starts[line] }

        subscript(line: Int) -> UnsafeBufferPointer<UInt8>.SubSequence {
            let end = line + 1 < starts.count ? starts[line + 1] - 1 : bytes.count
            return bytes[starts[line]..<end]
        }
    }
}
