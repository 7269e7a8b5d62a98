import Foundation

/// Pretty-printed JSON written as it is made, into a buffer handed to `sink` in chunks, so a
/// report with tens of thousands of findings never exists twice in memory and never goes through
/// `JSONEncoder`'s tree of boxed values.
///
/// Keys are written in the order the caller gives them; callers give them sorted, so the output
/// reads like `JSONEncoder` with `.sortedKeys`. Strings are escaped for JSON and also for a
/// terminal: every control character, and every character that changes the direction of a line,
/// is written as a `\u` escape, so a program reading the JSON gets the text back exactly and a
/// person seeing it in a terminal sees marks, never effects.
package struct JSONStream {
    /// The size at which the buffer is handed to the sink.
    private static let chunkSize = 1 << 16
    private static let hexDigits = Array("0123456789abcdef".utf8)
    private var buffer: GrowingBytes
    /// How many arrays and objects are open.
    private var depth = 0
    /// Bit `n` is set when the array or object open at depth `n + 1` has something written in it.
    private var written: UInt64 = 0
    /// The deepest nesting the stream writes; a report nests five deep.
    private static let deepest = 64
    private let sink: (UnsafeRawBufferPointer) -> Void
    /// The size at which this stream hands its buffer on; a part made apart keeps all of it.
    private var handOnAt = Self.chunkSize
    /// The strings `string(keptAlive:)` wrote into `buffer`.
    private var writtenStrings = WrittenStrings()

    /// A stream that hands its bytes to `sink`, in order, in chunks of about 64 KB; the bytes
    /// are the sink's to read only while it runs.
    package init(sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.init(sink: sink, capacity: Self.chunkSize + 4096)
    }

    /// A stream whose buffer holds `capacity` bytes before it grows.
    private init(sink: @escaping (UnsafeRawBufferPointer) -> Void, capacity: Int) {
        self.sink = sink
        buffer = GrowingBytes(capacity: capacity)
    }

    /// Hands what is left to the sink; call once, at the end.
    package mutating func finish() {
        buffer.append(0x0A)
        handOn()
    }

    /// Writes an object whose members `members` writes with `key(_:)` and a value each.
    package mutating func object(_ members: (inout JSONStream) -> Void) {
        startObject()
        members(&self)
        endObject()
    }

    /// Writes an array of `items`, each written by `write`.
    package mutating func array<Items: Sequence>(_ items: Items, _ write: (inout JSONStream, Items.Element) -> Void) {
        startArray()
        for item in items {
            element { write(&$0, item) }
        }
        endArray()
    }

    /// Opens an array whose elements are written one at a time with `element(_:)`, for a list
    /// that is not all there at once; `endArray()` closes it.
    package mutating func startArray() {
        open(UInt8(ascii: "["))
    }

    /// Writes one element of the open array, as `write` writes it, and hands the buffer on when it is full.
    package mutating func element(_ write: (inout JSONStream) -> Void) {
        startElement()
        write(&self)
        handOnWhenFull()
    }

    /// Closes the array `startArray()` opened.
    package mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    /// Opens an object whose members are written with `key(_:)` and a value each, for an object
    /// written in stages; `endObject()` closes it.
    package mutating func startObject() {
        open(UInt8(ascii: "{"))
    }

    /// Closes the object `startObject()` opened.
    package mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    /// A stream for elements of the array that another stream has open at `depth` (see
    /// `startArray()`), made apart from it, on another processor, and added to it with
    /// `append(elements:)`; it keeps all its bytes. `afterOthers` when elements come before these.
    package static func elements(atDepth depth: Int, afterOthers: Bool, capacity: Int) -> JSONStream {
        var stream = JSONStream(sink: { _ in }, capacity: capacity)
        stream.handOnAt = .max
        stream.depth = depth
        stream.written = (1 << (depth - 1) &- 1) | (afterOthers ? 1 << (depth - 1) : 0)
        return stream
    }

    /// Adds the elements that `part` (made by `elements(atDepth:afterOthers:capacity:)`) holds
    /// to the array open here, handing them on at once.
    package mutating func append(elements part: JSONStream) {
        guard part.buffer.count > 0 else { return }
        written |= 1 << (depth - 1)
        handOn()
        sink(UnsafeRawBufferPointer(part.buffer.written))
    }

    /// Starts the member `name` of the open object; write its value next.
    @inline(__always)
    package mutating func key(_ name: StaticString) {
        let comma = startElementHere()
        let depth = self.depth, length = name.utf8CodeUnitCount
        // The line's start and the name, written in one go.
        buffer.append(count: Self.lineStartCount(comma: comma, depth: depth) + length + 5, slack: 8) { out in
            let at = Self.writeLineStart(comma: comma, depth: depth, into: out)
            out[at] = 0x22
            (out + at + 1).initialize(from: name.utf8Start, count: length)
            let end = at + 1 + length
            (out[end], out[end + 1], out[end + 2], out[end + 3]) = (0x22, 0x20, 0x3A, 0x20)
        }
    }

    /// Writes `text` as a JSON string.
    package mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { Self.escape($0, into: buffer) }
    }

    /// Writes `text` as a JSON string, as `string(_:)` does, copying what was written the last time
    /// the same string was (see `WrittenStrings`). `text` must stay alive while this stream is written.
    package mutating func string(keptAlive text: String) {
        let buffer = self.buffer
        writtenStrings.write(text, onto: buffer) { Self.escape($0, into: buffer) }
    }

    /// Writes members of the open object as `write` writes them, or copies what it wrote the last
    /// time it was given the same strings and `tag` in the same place. `write` must write at least
    /// one member and depend on nothing but `first`, `second` and `tag`, and the strings must stay
    /// alive while this stream is written; when either is too short to be known by where it is
    /// kept, the members are written every time.
    package mutating func members(keptAlive first: String, _ second: String?, tag: Int, _ write: (inout JSONStream) -> Void) {
        guard depth > 0 else { return write(&self) }
        // Where the members go changes their indent, and whether a comma comes first.
        let bit: UInt64 = 1 << (depth - 1)
        let place = depth << 1 | (written & bit != 0 ? 1 : 0)
        guard let key = WrittenStrings.key(first, second, tag: (tag << 8 | place) << 1 | 1) else { return write(&self) }
        if let before = writtenStrings.written(key) {
            written |= bit
            return buffer.appendCopy(from: before.lowerBound, count: before.count)
        }
        let start = buffer.count
        write(&self)
        writtenStrings.remember(key, start..<buffer.count)
    }

    /// Writes a whole number.
    package mutating func int(_ value: Int) {
        // Digit by digit, without making a string: a finding has up to five numbers.
        buffer.append(digitsOf: value)
    }

    /// Writes a number with a fraction, or `null` when it is not finite (JSON has no infinity).
    package mutating func double(_ value: Double) {
        guard value.isFinite else { return null() }
        buffer.append(value.description)
    }

    /// Writes `true` or `false`.
    package mutating func bool(_ value: Bool) {
        buffer.append(value ? "true" : "false")
    }

    /// Writes `null`.
    package mutating func null() {
        buffer.append("null")
    }

    /// Writes the member `name` with a string value when `value` is there; leaves it out otherwise.
    @inline(__always)
    package mutating func optional(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    /// Writes the member `name` with a whole-number value when `value` is there; leaves it out otherwise.
    @inline(__always)
    package mutating func optional(_ name: StaticString, _ value: Int?) {
        guard let value else { return }
        key(name)
        int(value)
    }

    /// Writes the member `name` as an array of strings.
    package mutating func strings(_ name: StaticString, _ values: [String]) {
        key(name)
        array(values) { $0.string($1) }
    }

    /// Hands the buffer to the sink once it holds `handOnAt` bytes.
    private mutating func handOnWhenFull() {
        guard buffer.count >= handOnAt else { return }
        handOn()
    }

    /// Hands what the buffer holds to the sink, and empties it.
    private mutating func handOn() {
        sink(UnsafeRawBufferPointer(buffer.written))
        buffer.removeAll()
        writtenStrings.forget()
    }

    private mutating func open(_ byte: UInt8) {
        precondition(depth < Self.deepest, "JSON nested more than \(Self.deepest) deep.")
        buffer.append(byte)
        depth += 1
        written &= ~(1 << (depth - 1))
    }

    private mutating func close(_ byte: UInt8) {
        let hadElements = written & (1 << (depth - 1)) != 0
        depth -= 1
        if hadElements { newline() }
        buffer.append(byte)
    }

    /// Marks the open array or object as having an element; returns whether one came before, so a comma is due.
    private mutating func startElementHere() -> Bool {
        guard depth > 0 else { return false }
        let bit: UInt64 = 1 << (depth - 1)
        defer { written |= bit }
        return written & bit != 0
    }

    /// The comma before every element but the first, then a new line at the current depth.
    private mutating func startElement() {
        lineStart(comma: startElementHere())
    }

    private mutating func newline() {
        lineStart(comma: false)
    }

    /// Writes a comma when `comma`, then a new line and the indent of the current depth.
    private mutating func lineStart(comma: Bool) {
        let depth = self.depth
        buffer.append(count: Self.lineStartCount(comma: comma, depth: depth), slack: 8) { _ = Self.writeLineStart(comma: comma, depth: depth, into: $0) }
    }

    /// How many bytes `writeLineStart` writes.
    private static func lineStartCount(comma: Bool, depth: Int) -> Int { (comma ? 1 : 0) + 1 + 2 * depth }

    /// Writes a comma when `comma`, a new line and the indent of `depth` at `out`; returns how many
    /// bytes it wrote. The indent is written eight spaces at a time, so up to seven bytes after it
    /// are written too (see `GrowingBytes.append(count:slack:_:)`).
    @inline(__always)
    private static func writeLineStart(comma: Bool, depth: Int, into out: UnsafeMutablePointer<UInt8>) -> Int {
        var at = 0
        if comma {
            out[at] = UInt8(ascii: ",")
            at += 1
        }
        out[at] = 0x0A
        let spaces = UnsafeMutableRawPointer(out + at + 1)
        for offset in stride(from: 0, to: 2 * depth, by: 8) {
            spaces.storeBytes(of: 0x2020_2020_2020_2020 as UInt64, toByteOffset: offset, as: UInt64.self)
        }
        return at + 1 + 2 * depth
    }

    /// The bytes that may start something to escape; every other byte is written as it is.
    private static let mayStartEscape: [Bool] = (0...255).map { byte in
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2
    }

    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: GrowingBytes) {
        let count = bytes.count
        let mayStartEscape = Self.mayStartEscape
        // A short string with nothing to escape, as a rule's name or a word is, goes in one piece.
        if let base = bytes.baseAddress, count <= 16, !bytes.contains(where: { mayStartEscape[Int($0)] }) {
            buffer.append(count: count + 2) { out in
                out[0] = 0x22
                (out + 1).initialize(from: base, count: count)
                out[count + 1] = 0x22
            }
            return
        }
        buffer.append(0x22)
        var start = 0
        var index = 0
        while index < count {
            // Eight bytes at a time up to the first that may need escaping.
            if index + 8 <= count {
                let eight = EightBytes(bytes, at: index)
                let look = eight.unprintable | eight.lanes(holding: 0x22) | eight.lanes(holding: 0x5C)
                guard look != 0 else {
                    index += 8
                    continue
                }
                index += look.trailingZeroBitCount / 8
            }
            let byte = bytes[index]
            guard mayStartEscape[Int(byte)] else {
                index += 1
                continue
            }
            var length = 1
            var escaped: UInt32?
            switch byte {
            case 0x22, 0x5C, 0x00...0x1F, 0x7F:
                escaped = UInt32(byte)
            case 0xC2 where index + 1 < count && (0x80...0x9F).contains(bytes[index + 1]):
                length = 2
                escaped = UInt32(bytes[index + 1])
            case 0xD8 where index + 1 < count && bytes[index + 1] == 0x9C:
                length = 2
                escaped = 0x061C
            case 0xE2 where index + 2 < count:
                let second = bytes[index + 1], third = bytes[index + 2]
                if second == 0x80, third == 0x8E || third == 0x8F || (0xA8...0xAE).contains(third) {
                    escaped = 0x2000 + UInt32(third - 0x80)
                } else if second == 0x81, (0xA6...0xA9).contains(third) {
                    escaped = 0x2040 + UInt32(third - 0x80)
                }
                length = escaped == nil ? 1 : 3
            default:
                break
            }
            guard let escaped else {
                index += 1
                continue
            }
            buffer.append(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            switch escaped {
            case 0x22: buffer.append(0x5C, 0x22)
            case 0x5C: buffer.append(0x5C, 0x5C)
            case 0x0A: buffer.append(0x5C, UInt8(ascii: "n"))
            case 0x0D: buffer.append(0x5C, UInt8(ascii: "r"))
            case 0x09: buffer.append(0x5C, UInt8(ascii: "t"))
            default:
                buffer.append(count: 6) { out in
                    (out[0], out[1]) = (0x5C, UInt8(ascii: "u"))
                    for (at, shift) in [12, 8, 4, 0].enumerated() { out[2 + at] = Self.hexDigits[Int(escaped >> UInt32(shift) & 0xF)] }
                }
            }
            index += length
            start = index
        }
        buffer.append(UnsafeBufferPointer(rebasing: bytes[start..<count]))
        buffer.append(0x22)
    }
}
