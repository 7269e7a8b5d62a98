import Foundation

/// A glossary saved in a compact form of our own, read back in a few milliseconds instead of
/// parsing YAML: Roundtable's own glossary ships this way (`Resources/glossary/curated.archive`),
/// and a team's glossary is kept this way in the user's cache folder.
///
/// Every archive carries the key of what it was made from (see `key(of:)`); it is used only when
/// that key matches the files as they are now, so a stale archive is never used. A damaged,
/// truncated or foreign file is refused (magic, version, length and checksum, then every count
/// and kind checked while reading) and the caller reads the glossary files instead.
package enum GlossaryArchive {
    private static let magic = Array("RTGLOSSARY".utf8)
    /// Changes whenever the layout changes, so an older archive is simply not used.
    private static let version: UInt32 = 1

    /// A key for the contents of `parts` (file names, kinds and bytes), FNV-1a over 64 bits.
    package static func key(of parts: [[UInt8]]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(version)
        for part in parts {
            for byte in part {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
            // A separator no UTF-8 text holds, so ["ab", "c"] and ["a", "bc"] differ.
            hash = (hash ^ 0xFF) &* 0x100_0000_01b3
        }
        return hash
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
        payload.count(glossary.entries.count)
        for entry in glossary.entries {
            payload.string(entry.id)
            payload.string(entry.term)
            payload.string(entry.kind.rawValue)
            payload.strings(entry.expansions)
            payload.strings(entry.variants)
            payload.string(entry.meaning)
            payload.strings(entry.alternatives)
            payload.strings(entry.why.map { [$0] } ?? [])
            payload.string(entry.domain)
        }
        var out = ArchiveWriter()
        out.bytes = magic
        out.word(UInt64(version))
        out.word(key)
        out.word(UInt64(payload.bytes.count))
        out.word(Self.key(of: [payload.bytes]))
        return out.bytes + payload.bytes
    }

    /// The glossary in `bytes` when they are a whole, undamaged archive stamped with `key`; nil otherwise.
    package static func decode(_ bytes: [UInt8], key: UInt64) -> Glossary? {
        let header = magic.count + 32
        guard bytes.count >= header, Array(bytes[0..<magic.count]) == magic else { return nil }
        var reader = ArchiveReader(bytes: bytes, offset: magic.count)
        guard let format = reader.word(), format == UInt64(version), let stamped = reader.word(), stamped == key,
              let length = reader.word(), length == UInt64(bytes.count - header), let checksum = reader.word(),
              checksum == Self.key(of: [Array(bytes[header...])]) else { return nil }
        return try? reader.glossary()
    }

    /// The glossary archived in the file at `url` for `key`, or nil when there is none, or it is
    /// stale, damaged or not an archive.
    package static func read(_ url: URL, key: UInt64) -> Glossary? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return decode([UInt8](data), key: key)
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
private struct ArchiveWriter {
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
}

/// Reads what `ArchiveWriter` wrote, refusing anything that runs past the end or names a kind or
/// rule Roundtable does not know.
private struct ArchiveReader {
    struct Damaged: Error {}

    let bytes: [UInt8]
    var offset: Int

    mutating func word() -> UInt64? {
        guard bytes.count - offset >= 8 else { return nil }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
        offset += 8
        return value
    }

    /// A count of things each at least `smallest` bytes long, so a damaged count cannot ask for more than the file holds.
    mutating func count(smallest: Int = 8) throws(Damaged) -> Int {
        guard let value = word(), value <= UInt64(bytes.count - offset) / UInt64(smallest) else { throw Damaged() }
        return Int(value)
    }

    mutating func string() throws(Damaged) -> String {
        let length = try count(smallest: 1)
        defer { offset += length }
        return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    }

    mutating func strings() throws(Damaged) -> [String] {
        let count = try count()
        var texts: [String] = []
        texts.reserveCapacity(count)
        for _ in 0..<count { texts.append(try string()) }
        return texts
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
        let entryCount = try count(smallest: 72)
        var entries: [GlossaryEntry] = []
        entries.reserveCapacity(entryCount)
        for _ in 0..<entryCount {
            let id = try string(), term = try string()
            guard let kind = GlossaryEntry.Kind(rawValue: try string()) else { throw Damaged() }
            let expansions = try strings(), variants = try strings(), meaning = try string(), alternatives = try strings()
            let why = try strings()
            guard why.count <= 1 else { throw Damaged() }
            entries.append(GlossaryEntry(id: id, term: term, kind: kind, expansions: expansions, variants: variants,
                                         meaning: meaning, alternatives: alternatives, why: why.first, domain: try string()))
        }
        guard offset == bytes.count else { throw Damaged() }
        return Glossary(entries: entries, everydayAcronyms: Set(everyday), allowed: Set(allowed),
                        silencedRules: silenced, domains: domains)
    }
}
