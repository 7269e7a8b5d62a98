/// Where strings, or pieces made from them, were written into one block of bytes (escaped for
/// JSON, or made visible for a terminal), known by where each string's characters are kept, so
/// that writing the same again copies those bytes instead of making them again: a long check
/// repeats the same messages and suggestions thousands of times, each the same string.
///
/// A string must stay alive, and so unchanged, while it is remembered: another string made later
/// could be kept in the same place. Short strings are kept inside the string itself, not anywhere
/// that lasts, and are never remembered.
struct WrittenStrings {
    /// What was written: up to two strings, known by where their characters are kept (the second
    /// 0 when there is none), and a number for whatever else the writing depended on (0 for a
    /// string written alone).
    struct Key: Equatable {
        var first: UInt
        var second: UInt
        var tag: Int
    }

    /// Where each of the last pieces was written, in a slot chosen by its key; a piece that comes
    /// to the slot of another takes it. A slot's first address is 0 when it is empty.
    private var slots = [(key: Key, written: Range<Int>)](repeating: (Key(first: 0, second: 0, tag: 0), 0..<0), count: Self.slotCount)
    private static let slotCount = 2_048

    /// The key of what is made from `first`, `second` and whatever `tag` stands for (a string
    /// written alone has none, and tag 0); nil when either string is short, kept inside itself.
    static func key(_ first: String, _ second: String? = nil, tag: Int = 0) -> Key? {
        guard let first = address(of: first) else { return nil }
        guard let second else { return Key(first: first, second: 0, tag: tag) }
        return address(of: second).map { Key(first: first, second: $0, tag: tag) }
    }

    /// Where the characters of `text` are kept, when they are kept outside the string.
    private static func address(of text: String) -> UInt? {
        var text = text
        guard text.utf8.count > 15, text.isContiguousUTF8 else { return nil }
        return text.withUTF8 { UInt(bitPattern: $0.baseAddress) }
    }

    /// Where what was written for `key` lies in the block, when it was written since the last `forget()`.
    @inline(__always)
    func written(_ key: Key) -> Range<Int>? {
        let slot = Self.slot(key)
        return slots[slot].key == key ? slots[slot].written : nil
    }

    /// Remembers that `written` of the block was written for `key`.
    @inline(__always)
    mutating func remember(_ key: Key, _ written: Range<Int>) {
        slots[Self.slot(key)] = (key, written)
    }

    /// Writes at the end of `out` what `write` writes, or copies what it wrote for the same `key`
    /// before; with no key, writes it.
    @inline(__always)
    mutating func write(_ key: Key?, onto out: GrowingBytes, _ write: () -> Void) {
        guard let key else { return write() }
        if let before = written(key) { return out.appendCopy(from: before.lowerBound, count: before.count) }
        let start = out.count
        write()
        remember(key, start..<out.count)
    }

    /// Writes `text` at the end of `out` as `write` does, or copies what it wrote for the same
    /// string before.
    @inline(__always)
    mutating func write(_ text: String, onto out: GrowingBytes, _ write: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        self.write(Self.key(text), onto: out) { text.withUTF8(write) }
    }

    /// Forgets every string, for when what was written is handed on and the block emptied.
    mutating func forget() {
        for slot in slots.indices { slots[slot].key.first = 0 }
    }

    @inline(__always)
    private static func slot(_ key: Key) -> Int {
        // Strings are kept 16 bytes apart at least: the bits above those choose the slot.
        Int(truncatingIfNeeded: (key.first ^ key.second &* 31 ^ UInt(bitPattern: key.tag) &* 131) >> 4) & (slotCount - 1)
    }
}
