import Foundation

/// A glossary saved in a compact form of our own, read back in a few milliseconds instead of
/// parsing YAML: Roundtable's own glossary ships this way (`Resources/glossary/curated.archive`),
/// and a team's glossary is kept this way in the user's cache folder.
///
/// Every archive carries the key of what it was made from (see `key(of:)`); it is used only when
/// that key matches the files as they are now, so a stale archive is never used. A damaged,
/// truncated or foreign file is refused (magic, version, length and checksum, then every count,
/// number and kind checked while reading) and the caller reads the glossary files instead. The
/// entries are then made one by one as they are asked for (see `ArchivedEntries`).
package enum GlossaryArchive {
    private static let magic = Array("RTGLOSSARY".utf8)
    /// Changes whenever the layout changes, so an older archive is simply not used.
    private static let version: UInt32 = 5
    /// The bytes before the payload: the magic word, then the version, key, length and checksum.
    static let headerSize = magic.count + 32

    /// A key for the contents of `parts` (file names, kinds and bytes).
    package static func key<Part: ContiguousBytes>(of parts: [Part]) -> UInt64 {
        var hash = Hash()
        for part in parts {
            part.withUnsafeBytes { hash.add($0) }
        }
        return hash.value
    }

    /// A 64-bit hash of parts: eight FNV-1a-like lanes side by side over each 64 bytes (the
    /// processor works on all eight at once), each step also turning its lane so that its high
    /// bits reach the low ones; the lanes then folded in order, and the rest word by word. A
    /// cached glossary of tens of megabytes is checked in a few milliseconds.
    struct Hash {
        private static let prime: UInt64 = 0x100_0000_01b3
        private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(version)

        /// Adds one part; parts are kept apart, so ["ab", "c"] and ["a", "bc"] differ.
        mutating func add(_ bytes: UnsafeRawBufferPointer) {
            let blocks = bytes.count / 64
            if blocks > 0 {
                var lanes = (value, value &+ 1, value &+ 2, value &+ 3, value &+ 4, value &+ 5, value &+ 6, value &+ 7)
                for block in 0..<blocks {
                    let start = block * 64
                    func word(_ lane: Int) -> UInt64 {
                        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: start + lane * 8, as: UInt64.self))
                    }
                    lanes = (Self.step(lanes.0, word(0)), Self.step(lanes.1, word(1)), Self.step(lanes.2, word(2)),
                             Self.step(lanes.3, word(3)), Self.step(lanes.4, word(4)), Self.step(lanes.5, word(5)),
                             Self.step(lanes.6, word(6)), Self.step(lanes.7, word(7)))
                }
                for lane in [lanes.0, lanes.1, lanes.2, lanes.3, lanes.4, lanes.5, lanes.6, lanes.7] {
                    value = Self.step(value, lane)
                }
            }
            var index = blocks * 64
            while bytes.count - index >= 8 {
                value = Self.step(value, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
                index += 8
            }
            while index < bytes.count {
                value = Self.step(value, UInt64(bytes[index]))
                index += 1
            }
            // The length, which also separates this part from the next.
            value = Self.step(value, UInt64(bytes.count) ^ 0xFF00_0000_0000_0000)
        }

        @inline(__always)
        private static func step(_ lane: UInt64, _ word: UInt64) -> UInt64 {
            let product = (lane ^ word) &* prime
            return product << 31 | product >> 33
        }
    }

    /// `glossary` as archive bytes, stamped with `key`; the same glossary always gives the same bytes.
    package static func encode(_ glossary: Glossary, key: UInt64) -> [UInt8] {
        var payload = ArchiveWriter()
        payload.count(glossary.domains.count)
        for domain in glossary.domains {
            payload.string(domain.id)
            payload.string(domain.title)
        }
        payload.strings(glossary.everydayAcronyms.sorted())
        payload.strings(glossary.allowed.sorted())
        payload.strings(glossary.silencedRules.map(\.rawValue).sorted())
        ArchivedEntries.write(glossary.entries, to: &payload)
        // The terms compiled for matching, so reading an archive needs no compiling.
        let trie = (glossary.compiled ?? TermMatcher.compile(glossary)).parts
        payload.numbers(trie.rootChildren)
        payload.numbers(trie.childStart)
        payload.numbers(trie.byteOf)
        payload.numbers(trie.terminal)
        payload.numbers(trie.listStart)
        payload.numbers(trie.targetEntry)
        payload.numbers(trie.spellingStart)
        payload.strings(trie.spellings)
        var out = ArchiveWriter()
        out.bytes = magic
        out.word(UInt64(version))
        out.word(key)
        out.word(UInt64(payload.bytes.count))
        var checksum = Hash()
        payload.bytes.withUnsafeBytes { checksum.add($0) }
        out.word(checksum.value)
        return out.bytes + payload.bytes
    }

    /// The glossary in `bytes` when they are a whole, undamaged archive stamped with `key`; nil otherwise.
    package static func decode(_ bytes: [UInt8], key: UInt64) -> Glossary? {
        // A copy at a place aligned for its numbers, which the glossary's terms then read in place.
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        let memory = TrieMemory(release: { copy.deallocate() })
        bytes.withUnsafeBytes { copy.copyMemory(from: $0) }
        return decode(UnsafeRawBufferPointer(rebasing: copy[..<bytes.count]), key: key, memory: memory)
    }

    private static func decode(_ bytes: UnsafeRawBufferPointer, key: UInt64, memory: TrieMemory) -> Glossary? {
        let header = headerSize
        guard bytes.count >= header, magic.indices.allSatisfy({ bytes[$0] == magic[$0] }) else { return nil }
        var reader = ArchiveReader(bytes: bytes, offset: magic.count, memory: memory)
        guard let format = reader.word(), format == UInt64(version), let stamped = reader.word(), stamped == key,
              let length = reader.word(), length == UInt64(bytes.count - header), let checksum = reader.word() else { return nil }
        var payload = Hash()
        payload.add(UnsafeRawBufferPointer(rebasing: bytes[header...]))
        guard checksum == payload.value else { return nil }
        return try? reader.glossary()
    }

    /// The glossary archived in the file at `url` for `key`, or nil when there is none, or it is
    /// stale, damaged or not an archive. The file is mapped into memory, not copied.
    package static func read(_ url: URL, key: UInt64) -> Glossary? {
        // The terms' numbers are used where they lie in the file. Archives are only ever replaced
        // by renaming a new file over them, never changed in place.
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0, let size = Int(exactly: status.st_size),
              let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0),
              address != UnsafeMutableRawPointer(bitPattern: -1) else { return nil }
        let memory = TrieMemory(release: { munmap(address, size) })
        return decode(UnsafeRawBufferPointer(start: address, count: size), key: key, memory: memory)
    }

    /// Saves `glossary` for `key` at `url`, whole or not at all (written beside it, then renamed).
    /// A cache that cannot be written is no loss: the glossary is read from its files next time.
    package static func save(_ glossary: Glossary, key: UInt64, to url: URL) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(encode(glossary, key: key)).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }
}

/// Appends numbers and strings in the archive's layout: little-endian 64-bit words, strings as a
/// length then UTF-8 bytes.
struct ArchiveWriter {
    var bytes: [UInt8] = []

    mutating func word(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    mutating func count(_ value: Int) { word(UInt64(value)) }

    mutating func string(_ text: String) {
        count(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func strings(_ texts: [String]) {
        count(texts.count)
        for text in texts { string(text) }
    }

    /// A count, then the numbers little-endian, starting at a multiple of 8 bytes from the start of the file
    /// (after the header), so a reader can use them where they lie.
    mutating func numbers<Number: FixedWidthInteger>(_ values: [Number]) {
        count(values.count)
        while (GlossaryArchive.headerSize + bytes.count) % 8 != 0 { bytes.append(0) }
        values.map(\.littleEndian).withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
}

/// Reads what `ArchiveWriter` wrote, refusing anything that runs past the end or names a kind or
/// rule Roundtable does not know.
struct ArchiveReader {
    struct Damaged: Error {}

    /// The archive; valid while `memory` is held.
    let bytes: UnsafeRawBufferPointer
    var offset: Int
    /// What holds `bytes`, which the terms and entries read from them keep.
    let memory: TrieMemory

    mutating func word() -> UInt64? {
        guard bytes.count - offset >= 8 else { return nil }
        defer { offset += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// A count of things each at least `smallest` bytes long, so a damaged count cannot ask for more than the file holds.
    mutating func count(smallest: Int = 8) throws(Damaged) -> Int {
        guard let value = word(), value <= UInt64(bytes.count - offset) / UInt64(smallest) else { throw Damaged() }
        return Int(value)
    }

    mutating func string() throws(Damaged) -> String {
        let length = try count(smallest: 1)
        defer { offset += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
    }

    mutating func strings() throws(Damaged) -> [String] {
        let count = try count()
        var texts: [String] = []
        texts.reserveCapacity(count)
        for _ in 0..<count { texts.append(try string()) }
        return texts
    }

    /// A count, then that many little-endian numbers, used where they lie in `bytes` after the
    /// padding that aligns them.
    mutating func numbers<Number: FixedWidthInteger>(_: Number.Type) throws(Damaged) -> UnsafeBufferPointer<Number> {
        let count = try count(smallest: 1)
        let size = MemoryLayout<Number>.size
        offset = (offset + 7) / 8 * 8
        guard offset <= bytes.count, count <= (bytes.count - offset) / size, let base = bytes.baseAddress,
              Int(bitPattern: base) % 8 == 0 else { throw Damaged() }
        #if _endian(big)
        // The numbers are kept little-endian: a big-endian machine reads the glossary files instead.
        throw Damaged()
        #else
        defer { offset += count * size }
        return UnsafeBufferPointer(start: (base + offset).bindMemory(to: Number.self, capacity: count), count: count)
        #endif
    }

    mutating func glossary() throws(Damaged) -> Glossary {
        var domains: [(id: String, title: String)] = []
        for _ in 0..<(try count(smallest: 16)) { domains.append((try string(), try string())) }
        let everyday = try strings()
        let allowed = try strings()
        var silenced: Set<RuleID> = []
        for raw in try strings() {
            guard let rule = RuleID(rawValue: raw) else { throw Damaged() }
            silenced.insert(rule)
        }
        let entries = try ArchivedEntries(reading: &self)
        guard let trie = PhraseTrie(memory: memory, rootChildren: try numbers(Int32.self), childStart: try numbers(Int32.self),
                                    byteOf: try numbers(UInt8.self), terminal: try numbers(Int32.self),
                                    listStart: try numbers(Int32.self), targetEntry: try numbers(Int32.self),
                                    spellingStart: try numbers(Int32.self), spellings: try strings(), entryCount: entries.count),
              offset == bytes.count else { throw Damaged() }
        var glossary = Glossary(entries: GlossaryEntries(entries), everydayAcronyms: Set(everyday), allowed: Set(allowed),
                                silencedRules: silenced, domains: domains)
        glossary.compiled = trie
        return glossary
    }
}
