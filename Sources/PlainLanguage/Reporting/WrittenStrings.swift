/// Where strings were written into one block of bytes (escaped for JSON, or made visible for a
/// terminal), known by where each string's characters are kept, so that writing the same string
/// again copies those bytes instead of making them again: a long check repeats the same messages
/// and suggestions thousands of times, each the same string.
///
/// A string must stay alive, and so unchanged, while it is remembered: another string made later
/// could be kept in the same place. Short strings are kept inside the string itself, not anywhere
/// that lasts, and are never remembered.
struct WrittenStrings {
    /// Where each of the last strings was written, in a slot chosen by where the string is kept;
    /// a string that comes to the slot of another takes it. A slot's key is 0 when it is empty.
    private var slots = [(key: UInt, written: Range<Int>)](repeating: (0, 0..<0), count: Self.slotCount)
    private static let slotCount = 256

    /// Writes `text` at the end of `out` as `write` does, or copies what it wrote for the same
    /// string before.
    @inline(__always)
    mutating func write(_ text: String, onto out: GrowingBytes, _ write: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        guard text.utf8.count > 15, text.isContiguousUTF8 else { return text.withUTF8(write) }
        text.withUTF8 { bytes in
            let key = UInt(bitPattern: bytes.baseAddress)
            // Strings are kept 16 bytes apart at least: the bits above those choose the slot.
            let slot = Int(truncatingIfNeeded: key >> 4) & (Self.slotCount - 1)
            if slots[slot].key == key {
                let before = slots[slot].written
                return out.appendCopy(from: before.lowerBound, count: before.count)
            }
            let start = out.count
            write(bytes)
            slots[slot] = (key, start..<out.count)
        }
    }

    /// Forgets every string, for when what was written is handed on and the block emptied.
    mutating func forget() {
        for slot in slots.indices { slots[slot].key = 0 }
    }
}
