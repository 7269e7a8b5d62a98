/// A stable identifier for a calendar event, derived from what defines the session so the same
/// agenda always gives the same UID and a changed one replaces the old invite.
enum StableID {
    /// 32 hexadecimal digits from two 64-bit FNV-1a hashes of `text`, then `@roundtable`.
    static func uid(for text: String) -> String {
        let bytes = Array(text.utf8)
        return hex(fnv1a(bytes, basis: 0xcbf2_9ce4_8422_2325)) + hex(fnv1a(bytes.reversed(), basis: 0x8422_2325_cbf2_9ce4)) + "@roundtable"
    }

    private static func fnv1a<S: Sequence<UInt8>>(_ bytes: S, basis: UInt64) -> UInt64 {
        var hash = basis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
