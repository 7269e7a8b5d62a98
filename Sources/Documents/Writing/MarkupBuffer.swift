import Foundation

/// A growing UTF-8 buffer for writing XML and HTML, with escaping that always gives well-formed output.
///
/// Text from a document may hold characters XML 1.0 forbids (control characters, U+FFFE, U+FFFF);
/// they are left out rather than written, because one of them makes a whole file unreadable.
///
/// A buffer made with a sink hands its bytes on to it whenever it holds a chunk
/// (`chunkSize`), so it never holds more than about one chunk; `flush()` hands on the rest.
package struct MarkupBuffer {
    /// The bytes written so far, or since the last chunk was handed to the sink.
    package private(set) var bytes: [UInt8] = []
    private let sink: (any ByteSink)?

    /// How many bytes a buffer with a sink gathers before handing them on: 64 KB.
    package static let chunkSize = 1 << 16

    /// Creates an empty buffer, optionally reserving room for `capacity` bytes.
    package init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
        sink = nil
    }

    /// Creates an empty buffer that hands its bytes on to `sink` a chunk at a time.
    package init(spillingTo sink: any ByteSink) {
        bytes.reserveCapacity(Self.chunkSize * 2)
        self.sink = sink
    }

    /// Hands every byte still held on to the sink, if the buffer has one.
    package mutating func flush() {
        guard let sink, !bytes.isEmpty else { return }
        sink.take(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Hands the bytes on once they fill a chunk.
    @inline(__always)
    private mutating func spillIfFull() {
        if bytes.count >= Self.chunkSize { flush() }
    }

    /// Appends markup as it is; the caller guarantees it is well-formed.
    package mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
        spillIfFull()
    }

    /// Appends text, escaping `&`, `<` and `>` and leaving out characters XML forbids.
    package mutating func text(_ text: String) {
        append(escaping: text, quotes: false)
    }

    /// Appends text for use inside a double-quoted attribute value.
    package mutating func attribute(_ text: String) {
        append(escaping: text, quotes: true)
    }

    /// Appends another buffer's bytes.
    package mutating func append(_ other: MarkupBuffer) {
        bytes.append(contentsOf: other.bytes)
        spillIfFull()
    }

    /// The bytes as a string.
    package var string: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func append(escaping text: String, quotes: Bool) {
        var text = text
        text.makeContiguousUTF8()
        _ = text.utf8.withContiguousStorageIfAvailable { escape($0, quotes: quotes) }
        spillIfFull()
    }

    private mutating func escape(_ input: UnsafeBufferPointer<UInt8>, quotes: Bool) {
        var index = 0
        let count = input.count
        // Bytes that need nothing are copied a run at a time, not one by one.
        var runStart = 0
        while index < count {
            let byte = input[index]
            if Self.isPlain(byte, quotes: quotes) {
                index += 1
                continue
            }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<index])) }
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: Self.amp)
            case UInt8(ascii: "<"): bytes.append(contentsOf: Self.lt)
            case UInt8(ascii: ">"): bytes.append(contentsOf: Self.gt)
            case UInt8(ascii: "\"") where quotes: bytes.append(contentsOf: Self.quot)
            case 0x00..<0x20, 0x7F:
                break
            case 0xEF where index + 2 < count && input[index + 1] == 0xBF && (input[index + 2] == 0xBE || input[index + 2] == 0xBF):
                index += 2
            case 0xC2 where index + 1 < count && input[index + 1] >= 0x80 && input[index + 1] <= 0x9F:
                // C1 control characters: allowed by XML 1.0 but meaningless and rejected by some readers.
                index += 1
            default: bytes.append(byte)
            }
            index += 1
            runStart = index
        }
        if runStart < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<count])) }
    }

    /// Whether `byte` is written as it is, whatever follows it: not markup, not a control
    /// character other than tab, line feed or carriage return, and not the first byte of U+FFFE,
    /// U+FFFF or a C1 control character.
    @inline(__always)
    private static func isPlain(_ byte: UInt8, quotes: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), 0x7F, 0xC2, 0xEF: false
        case UInt8(ascii: "\""): !quotes
        case 0x09, 0x0A, 0x0D: true
        default: byte >= 0x20
        }
    }

    private static let amp = Array("&amp;".utf8)
    private static let lt = Array("&lt;".utf8)
    private static let gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8)
}
