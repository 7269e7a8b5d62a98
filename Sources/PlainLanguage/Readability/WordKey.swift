/// A short word packed into an integer, so the word lists of the readability code can be looked
/// up without making a `String` for every word of a long text.
///
/// Letters are compared without case; a word of more than 12 letters, or with a character other
/// than an ASCII letter or a full stop, has no key and so is in no list. Dropping the last letter
/// of a word shifts its key right by 5 bits.
enum WordKey {
    /// The key of `bytes` (UTF-8, or the letter codes of `WordPart`), or nil when it has none.
    @inline(__always)
    static func of<Bytes: Collection>(_ bytes: Bytes) -> UInt64? where Bytes.Element == UInt8 {
        guard bytes.count <= 12 else { return nil }
        var key: UInt64 = 0
        for byte in bytes {
            let code: UInt64
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): code = UInt64(byte - UInt8(ascii: "a") + 1)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): code = UInt64(byte - UInt8(ascii: "A") + 1)
            case UInt8(ascii: "."): code = 27
            default: return nil
            }
            key = key << 5 | code
        }
        return key
    }
}

/// A fixed list of short words, each with a number, looked up by `WordKey` in a small hash table
/// (open addressing, at most a quarter full), so a lookup costs a multiplication and a load or two.
struct WordList: Sendable {
    /// The keys, 0 where a slot is empty; no word has the key 0.
    private let slots: [UInt64]
    private let values: [Int]
    private let shift: UInt64

    /// The list of `words`, each with the number 0.
    init(_ words: [String]) {
        self.init(words.map { ($0, 0) })
    }

    /// The list of `entries`; they are short ASCII words, which all have a key.
    init(_ entries: [(word: String, value: Int)]) {
        var bits: UInt64 = 4
        while 1 << bits < entries.count * 4 { bits += 1 }
        shift = 64 - bits
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        var values = [Int](repeating: 0, count: 1 << bits)
        for entry in entries {
            guard let key = WordKey.of(entry.word.utf8), key != 0 else { continue }
            var slot = Self.slot(of: key, shift: shift)
            while slots[slot] != 0 && slots[slot] != key { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = key
            values[slot] = entry.value
        }
        self.slots = slots
        self.values = values
    }

    /// Whether the word with `key` is in the list.
    func contains(_ key: UInt64) -> Bool { value(for: key) != nil }

    /// The number of the word with `key`, when it is in the list.
    func value(for key: UInt64) -> Int? {
        var slot = Self.slot(of: key, shift: shift)
        while true {
            let found = slots[slot]
            if found == key && key != 0 { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    @inline(__always)
    private static func slot(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
