import Foundation

/// The text of one `ProseBlock` as UTF-8 bytes, and the place of any byte in it: the characters
/// before it in the block, and its line and column in the file.
///
/// Places are counted forward from the last one asked for, so asking in increasing order (as a
/// checker finds words, from the start of a paragraph to its end) reads the text once, however
/// many places are asked for. Asking for an earlier place counts again from the start.
public struct ProsePlaces: Sendable {
    /// The block's `text`, as UTF-8 bytes.
    public let utf8: [UInt8]
    /// The block's number among the blocks with words, counted from 1.
    public let paragraph: Int
    /// Where each segment's text is in `utf8`, and where it starts in the file.
    private let segments: [(bytes: Range<Int>, position: SourcePosition?)]
    private var segment = 0
    private var lastAsked = 0
    private var fromBlockStart = CharacterTally()
    private var fromSegmentStart = CharacterTally()

    /// The places of `block`'s text.
    public init(_ block: ProseBlock) {
        var text = ""
        var segments: [(bytes: Range<Int>, position: SourcePosition?)] = []
        segments.reserveCapacity(block.segments.count)
        for (index, segment) in block.segments.enumerated() {
            if index > 0 && !segment.continuesPrevious { text += "\n" }
            let start = text.utf8.count
            text += segment.text
            segments.append((start..<text.utf8.count, segment.position))
        }
        self.utf8 = Array(text.utf8)
        self.paragraph = block.paragraph
        self.segments = segments
    }

    /// The number of characters in the block's text before UTF-8 byte `offset`.
    public mutating func characters(before offset: Int) -> Int {
        fromBlockStart.characters(in: utf8, from: 0, to: offset)
    }

    /// The line and column of the character that starts at UTF-8 byte `offset`, when the block
    /// came from a file with lines. A byte of the line break between two segments belongs to
    /// the segment after it.
    public mutating func position(ofByte offset: Int) -> SourcePosition? {
        if offset < lastAsked { segment = 0 }
        lastAsked = offset
        while segment < segments.count - 1, offset >= segments[segment].bytes.upperBound { segment += 1 }
        guard let (bytes, start) = segments.indices.contains(segment) ? segments[segment] : nil, let start else { return nil }
        let characters = fromSegmentStart.characters(in: utf8, from: bytes.lowerBound, to: max(offset, bytes.lowerBound))
        return SourcePosition(line: start.line, column: start.column + characters)
    }
}

/// Counts the characters (Swift's `Character`s, as a person sees them) between a start and later
/// places of a UTF-8 text, remembering the last place where a character surely starts, so the
/// next count goes on from there.
private struct CharacterTally: Sendable {
    private var start = 0
    private var mark = 0
    private var before = 0

    /// The number of characters in `utf8[start..<end]`, exactly as `String` counts them.
    mutating func characters(in utf8: [UInt8], from start: Int, to end: Int) -> Int {
        if start != self.start || end < mark {
            self.start = start
            mark = start
            before = 0
        }
        let count = before + Self.count(utf8, mark..<end)
        if end > mark, Self.surelyStartsCharacter(utf8, end) {
            mark = end
            before = count
        }
        return count
    }

    /// Whether a character starts at `offset` whatever comes before and after: between two ASCII
    /// bytes other than a carriage return and a line feed, which are one character together.
    /// (Other characters join only with letters, marks and symbols outside ASCII.)
    private static func surelyStartsCharacter(_ utf8: [UInt8], _ offset: Int) -> Bool {
        guard offset > 0, offset < utf8.count else { return false }
        let previous = utf8[offset - 1], current = utf8[offset]
        return previous < 0x80 && current < 0x80 && !(previous == 0x0D && current == 0x0A)
    }

    /// The characters of `utf8[range]`: for ASCII text, the bytes less each CR LF pair.
    private static func count(_ utf8: [UInt8], _ range: Range<Int>) -> Int {
        utf8.withUnsafeBufferPointer { all in
            let bytes = UnsafeBufferPointer(rebasing: all[range])
            // Whether any byte is outside ASCII, a whole stretch at a time.
            var high: UInt8 = 0
            for byte in bytes { high |= byte }
            if high >= 0x80 { return String(decoding: bytes, as: UTF8.self).count }
            guard let base = bytes.baseAddress, bytes.count > 1 else { return bytes.count }
            var pairs = 0
            var from = base
            let last = base + bytes.count - 1
            while from < last, let found = memchr(from, 0x0D, last - from) {
                let carriageReturn = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
                if carriageReturn[1] == 0x0A { pairs += 1 }
                from = carriageReturn + 1
            }
            return bytes.count - pairs
        }
    }
}
