/// Bytes written one after another at the end of one block of memory, which doubles when full:
/// no checks for each byte. The JSON and the report of a long check are written into these, part
/// by part; a part's block is made about the size its text will have.
final class GrowingBytes: @unchecked Sendable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes are written.
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit {
        start.deallocate()
    }

    /// The bytes written so far, valid until the next write.
    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    /// Appends `count` bytes, which `fill` writes from the pointer it is given.
    @inline(__always)
    func append(count: Int, _ fill: (UnsafeMutablePointer<UInt8>) -> Void) {
        append(count: count, slack: 0, fill)
    }

    /// Appends `count` bytes, which `fill` writes from the pointer it is given, with room for it
    /// to write up to `slack` bytes after them, which are not kept: whole words of eight bytes
    /// can then be written where a few are wanted.
    @inline(__always)
    func append(count: Int, slack: Int, _ fill: (UnsafeMutablePointer<UInt8>) -> Void) {
        if self.count + count + slack > capacity { grow(to: self.count + count + slack) }
        fill(start + self.count)
        self.count += count
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        append(count: 1) { $0.pointee = byte }
    }

    @inline(__always)
    func append(_ first: UInt8, _ second: UInt8) {
        append(count: 2) { ($0[0], $0[1]) = (first, second) }
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        append(count: bytes.count) { $0.update(from: base, count: bytes.count) }
    }

    func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends a copy of the `count` bytes written from `offset` on.
    func appendCopy(from offset: Int, count: Int) {
        precondition(offset >= 0 && offset + count <= self.count, "Only bytes already written can be copied.")
        // `start` is read once the block has grown, if it had to.
        append(count: count) { $0.update(from: start + offset, count: count) }
    }

    /// Forgets what was written, keeping the memory.
    func removeAll() {
        count = 0
    }

    private func grow(to needed: Int) {
        capacity = max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        moved.initialize(from: start, count: count)
        start.deallocate()
        start = moved
    }
}

extension GrowingBytes {
    /// Appends the digits of `value`, with a minus sign when it is negative.
    func append(digitsOf value: Int) {
        let magnitude = value.magnitude
        var digits = 1, bound: UInt = 10
        while digits < 20, magnitude >= bound { (digits, bound) = (digits + 1, bound &* 10) }
        let sign = value < 0 ? 1 : 0
        append(count: sign + digits) { out in
            if sign == 1 { out[0] = UInt8(ascii: "-") }
            // Two digits at a time, from the last.
            var rest = magnitude, at = sign + digits
            Self.digitPairs.withUnsafeBufferPointer { pairs in
                while rest >= 10 {
                    let pair = Int(rest % 100) * 2
                    rest /= 100
                    at -= 2
                    (out[at], out[at + 1]) = (pairs[pair], pairs[pair + 1])
                }
            }
            if at > sign { out[at - 1] = UInt8(ascii: "0") + UInt8(rest) }
        }
    }

    /// "00", "01" … "99", one after another.
    private static let digitPairs: [UInt8] = (0..<100).flatMap { [UInt8(ascii: "0") + UInt8($0 / 10), UInt8(ascii: "0") + UInt8($0 % 10)] }

    /// Appends `text`, a literal.
    @inline(__always)
    func append(literal text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
