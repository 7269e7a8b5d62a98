/// Eight bytes of text tested at once: each byte is a lane of one number, the first byte in the
/// lowest lane. A test gives the lanes that pass it as their high bits, so the bytes that pass
/// from the first on can be counted in one step; a byte outside ASCII passes no test.
struct EightBytes {
    /// The eight bytes, the first in the lowest lane.
    let lanes: UInt64

    private static let high: UInt64 = 0x8080_8080_8080_8080
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// The eight bytes of `bytes` from `index`, which must all be in range.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) {
        lanes = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
    }

    /// The lanes whose byte is ASCII and from `low` to `high`.
    @inline(__always)
    private static func between(_ value: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
        // Each lane's low seven bits plus 0x80 - floor carries into its high bit exactly when it
        // is at least floor, and never into the next lane.
        let seven = value & low7
        let atLeastLow = (seven &+ UInt64(0x80 - low) &* ones) & Self.high
        let aboveHigh = (seven &+ UInt64(0x80 - (high + 1)) &* ones) & Self.high
        return atLeastLow & ~aboveHigh & ~value & Self.high
    }

    /// The lanes holding an ASCII letter, small or capital.
    @inline(__always)
    var letters: UInt64 { Self.between(lanes | 0x2020_2020_2020_2020, 0x61, 0x7A) }

    /// The lanes holding a capital ASCII letter.
    @inline(__always)
    var capitals: UInt64 { Self.between(lanes, 0x41, 0x5A) }

    /// The lanes holding an ASCII digit.
    @inline(__always)
    var digits: UInt64 { Self.between(lanes, 0x30, 0x39) }

    /// The lanes holding a control byte, below a space: a line break, a tab and the like.
    @inline(__always)
    var controls: UInt64 { Self.between(lanes, 0x00, 0x1F) }

    /// The lanes holding a space.
    @inline(__always)
    var spaces: UInt64 { Self.between(lanes, 0x20, 0x20) }

    /// The lanes holding a byte that is not a printable ASCII character: a control byte, delete,
    /// or a byte outside ASCII.
    @inline(__always)
    var unprintable: UInt64 {
        // A lane's low seven bits plus 0x60 carry into its high bit from a space on; plus one,
        // only for delete.
        let seven = lanes & Self.low7
        let printable = (seven &+ 0x6060_6060_6060_6060) & ~(seven &+ Self.ones) & ~lanes & Self.high
        return ~printable & Self.high
    }

    /// The lanes holding `byte`.
    @inline(__always)
    func lanes(holding byte: UInt8) -> UInt64 {
        // A lane that differs has a bit set, which its low seven bits plus 0x7F carry into the high bit.
        let differ = lanes ^ (UInt64(byte) &* Self.ones)
        return ~(((differ & Self.low7) &+ Self.low7) | differ) & Self.high
    }

    /// How many lanes, from the first, are among `passing`.
    @inline(__always)
    static func run(_ passing: UInt64) -> Int {
        (~passing & high).trailingZeroBitCount / 8
    }

    /// The bytes of the first `count` lanes, the letters among `letters` in small letters, the other lanes 0.
    @inline(__always)
    func lowered(_ count: Int, letters: UInt64) -> UInt64 {
        let kept: UInt64 = count == 8 ? ~0 : (1 << UInt64(count * 8)) &- 1
        return (lanes | letters >> 2) & kept
    }
}
