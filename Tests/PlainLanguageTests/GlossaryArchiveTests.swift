import Foundation
@testable import PlainLanguage
import Testing
import TestSupport

/// The compiled form of a glossary: Roundtable's own archive matches its YAML files, and a damaged,
/// truncated, stale or foreign archive is refused, never trusted.
@Suite struct GlossaryArchiveTests {
    static let sources = ProjectFiles.root.appendingPathComponent("Resources/glossary")

    /// Run with `ROUNDTABLE_WRITE_GLOSSARY_ARCHIVE=1` after changing a glossary file to write the
    /// archive again (`Scripts/compile-glossary`).
    @Test func curatedArchiveMatchesTheYAMLFiles() throws {
        let fromYAML = try GlossaryLoader.folder(Self.sources)
        let key = try GlossaryLoader.sourceKey(of: Self.sources)
        let expected = GlossaryArchive.encode(fromYAML, key: key)
        let archive = Self.sources.appendingPathComponent(GlossaryLoader.curatedArchiveName)
        if ProcessInfo.processInfo.environment["ROUNDTABLE_WRITE_GLOSSARY_ARCHIVE"] == "1" {
            try Data(expected).write(to: archive)
        }
        let stored = try #require(FileManager.default.contents(atPath: archive.path),
                                  "Resources/glossary/\(GlossaryLoader.curatedArchiveName) is missing: run Scripts/compile-glossary")
        #expect([UInt8](stored) == expected, "the glossary archive is out of date: run Scripts/compile-glossary")
        let decoded = try #require(GlossaryArchive.decode([UInt8](stored), key: key))
        Self.expectSame(decoded, fromYAML)
        Self.expectSame(try GlossaryLoader.curated(), fromYAML)
    }

    @Test func everyPartOfAGlossaryComesBack() throws {
        var glossary = try GlossaryLoader.folder(Self.sources)
        glossary.apply(try LocalGlossary(yaml: """
            entries:
              - {id: pathway-2, term: "Pathway “2” \\\\ 🏠", kind: label, meaning: "Our route.", alternatives: [the route], why: "It hurts."}
            allow: [Step Change]
            everyday-acronyms: {add: [CQC], remove: [TV]}
            silence: [long-sentence]
            """, file: "team.yaml"))
        let decoded = try #require(GlossaryArchive.decode(GlossaryArchive.encode(glossary, key: 7), key: 7))
        Self.expectSame(decoded, glossary)
        #expect(decoded.isAllowed("step change") && decoded.silencedRules == [.longSentence])
    }

    @Test func damagedTruncatedStaleOrForeignArchivesAreRefused() throws {
        let glossary = try GlossaryLoader.folder(Self.sources)
        let bytes = GlossaryArchive.encode(glossary, key: 42)
        #expect(GlossaryArchive.decode(bytes, key: 42) != nil)
        #expect(GlossaryArchive.decode(bytes, key: 43) == nil, "made from other files")
        #expect(GlossaryArchive.decode([], key: 42) == nil)
        #expect(GlossaryArchive.decode(Array("entries:\n  - id: icb\n".utf8), key: 42) == nil, "a YAML file")
        for length in [1, 10, 20, 50, bytes.count / 2, bytes.count - 1] {
            #expect(GlossaryArchive.decode(Array(bytes.prefix(length)), key: 42) == nil, "cut at \(length)")
        }
        var random = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var damaged = bytes
            damaged[Int.random(in: 0..<damaged.count, using: &random)] ^= UInt8.random(in: 1...255, using: &random)
            #expect(GlossaryArchive.decode(damaged, key: 42) == nil)
        }
        // A file with a good header and checksum but nonsense inside is refused too, not trusted.
        let header = Array(bytes.prefix(42))
        for payload in [[UInt8](repeating: 0xFF, count: 64), [UInt8](repeating: 0, count: 7), Array(bytes[42...].reversed())] {
            var forged = Array(header.prefix(26))
            for shift in stride(from: 0, to: 64, by: 8) { forged.append(UInt8(truncatingIfNeeded: UInt64(payload.count) >> UInt64(shift))) }
            let checksum = GlossaryArchive.key(of: [payload])
            for shift in stride(from: 0, to: 64, by: 8) { forged.append(UInt8(truncatingIfNeeded: checksum >> UInt64(shift))) }
            #expect(GlossaryArchive.decode(forged + payload, key: 42) == nil)
        }
    }

    /// An archive is only read after its checksum, but a file written to look whole (checksum and
    /// all) that names a text, list or kind that is not there is refused too: entries are made
    /// from those numbers later, when asked for.
    @Test func anEntryNamingATextListOrKindThatIsNotThereIsRefused() throws {
        let glossary = Glossary(entries: [
            GlossaryEntry(id: "a", term: "alpha", kind: .jargon, meaning: "First.", alternatives: ["one"], domain: "test"),
            GlossaryEntry(id: "b", term: "beta", kind: .label, meaning: "Second.", alternatives: ["two"], why: "It hurts.", domain: "test"),
        ])
        let bytes = GlossaryArchive.encode(glossary, key: 9)
        // The first entry's numbers and where the texts start, as written: texts and lists are
        // numbered in the order they are first used (a, alpha, First., one, test; [], [one]).
        let row: [UInt32] = [0, 1, 1, 0, 0, 2, 1, UInt32.max, 4]
        let textStarts: [UInt32] = [0, 1, 6, 12, 15, 19]
        let rowAt = try #require(Self.offset(of: row, in: bytes), "the first entry's numbers")
        let textStartsAt = try #require(Self.offset(of: textStarts, in: bytes), "where the texts start")
        #expect(GlossaryArchive.decode(Self.restamped(bytes), key: 9)?.entries == glossary.entries, "restamped as it is")
        for field in row.indices {
            var forged = bytes
            Self.put(99, at: rowAt + 4 * field, in: &forged)
            #expect(GlossaryArchive.decode(Self.restamped(forged), key: 9) == nil, "number \(field) of the entry")
        }
        for (start, value) in [(1, UInt32(7)), (5, UInt32(200))] {
            var forged = bytes
            Self.put(value, at: textStartsAt + 4 * start, in: &forged)
            #expect(GlossaryArchive.decode(Self.restamped(forged), key: 9) == nil, "text start \(start) set to \(value)")
        }
    }

    /// Where `numbers` lie, little-endian, in `bytes`.
    static func offset(of numbers: [UInt32], in bytes: [UInt8]) -> Int? {
        let pattern = numbers.flatMap { number in (0..<4).map { UInt8(truncatingIfNeeded: number >> (8 * $0)) } }
        return bytes.indices.dropLast(pattern.count - 1).first { bytes[$0..<$0 + pattern.count].elementsEqual(pattern) }
    }

    static func put(_ number: UInt32, at offset: Int, in bytes: inout [UInt8]) {
        for byte in 0..<4 { bytes[offset + byte] = UInt8(truncatingIfNeeded: number >> (8 * byte)) }
    }

    /// `bytes` with the checksum in its header made to match its payload again.
    static func restamped(_ bytes: [UInt8]) -> [UInt8] {
        let header = GlossaryArchive.headerSize
        var stamped = bytes
        let checksum = GlossaryArchive.key(of: [Array(bytes[header...])])
        for byte in 0..<8 { stamped[header - 8 + byte] = UInt8(truncatingIfNeeded: checksum >> (8 * UInt64(byte))) }
        return stamped
    }

    /// The key and checksum see every byte of every part, in every lane and in the tail, and the
    /// order of whole blocks.
    @Test func everyByteAndTheOrderOfBlocksChangeTheKey() {
        let part = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        let key = GlossaryArchive.key(of: [part])
        for index in part.indices {
            var changed = part
            changed[index] ^= 0x80
            #expect(GlossaryArchive.key(of: [changed]) != key, "byte \(index)")
        }
        let swapped = Array(part[64..<128] + part[0..<64] + part[128...])
        #expect(GlossaryArchive.key(of: [swapped]) != key)
        #expect(GlossaryArchive.key(of: [Array(part.prefix(100)), Array(part.dropFirst(100))]) != key, "parts are kept apart")
    }

    @Test func savingAndReadingAFile() throws {
        let folder = try TemporaryFolder("glossary-archive")
        defer { folder.remove() }
        let glossary = try GlossaryLoader.folder(Self.sources)
        let file = folder.appendingPathComponent("cache/g.archive")
        #expect(GlossaryArchive.read(file, key: 1) == nil, "no file yet")
        GlossaryArchive.save(glossary, key: 1, to: file)
        #expect(GlossaryArchive.read(file, key: 1)?.entries.map(\.id) == glossary.entries.map(\.id))
        try Data("not an archive".utf8).write(to: file)
        #expect(GlossaryArchive.read(file, key: 1) == nil)
        GlossaryArchive.save(glossary, key: 1, to: file)
        #expect(GlossaryArchive.read(file, key: 1)?.entries.map(\.id) == glossary.entries.map(\.id), "written again over a foreign file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path) == ["g.archive"], "nothing left beside it")
    }

    static func expectSame(_ left: Glossary, _ right: Glossary) {
        #expect(left.entries == right.entries)
        #expect(left.everydayAcronyms == right.everydayAcronyms)
        #expect(left.allowed == right.allowed)
        #expect(left.silencedRules == right.silencedRules)
        #expect(left.domains.map(\.id) == right.domains.map(\.id) && left.domains.map(\.title) == right.domains.map(\.title))
        // The terms compiled into the archive are those compiled from the glossary itself.
        let kept = (left.compiled ?? TermMatcher.compile(left)).parts
        let fresh = TermMatcher.compile(right).parts
        #expect(kept.rootChildren == fresh.rootChildren && kept.childStart == fresh.childStart)
        #expect(kept.byteOf == fresh.byteOf && kept.terminal == fresh.terminal)
        #expect(kept.listStart == fresh.listStart && kept.targetEntry == fresh.targetEntry)
        #expect(kept.spellingStart == fresh.spellingStart && kept.spellings == fresh.spellings)
    }

    @Test func anArchivedGlossaryFindsWhatTheYAMLFindsAndForgetsItsTermsWhenChanged() throws {
        let fromYAML = try GlossaryLoader.folder(Self.sources)
        var archived = try #require(GlossaryArchive.decode(GlossaryArchive.encode(fromYAML, key: 5), key: 5))
        #expect(archived.compiled != nil, "the archive brings its compiled terms")
        let text = try String(contentsOf: ProjectFiles.root.appendingPathComponent("README.md"), encoding: .utf8)
            + " We will leverage the ICB going forward with our CoP, not a cop, and service users."
        let expected = TermMatcher(glossary: fromYAML).matches(in: text)
        #expect(expected.count > 5)
        #expect(TermMatcher(glossary: archived).matches(in: text) == expected)
        archived.apply(try LocalGlossary(yaml: "allow: [leverage]", file: "team.yaml"))
        #expect(archived.compiled == nil, "a change to the glossary forgets the compiled terms")
        let leverage = expected.filter { $0.text.lowercased() == "leverage" }
        #expect(!leverage.isEmpty)
        #expect(TermMatcher(glossary: archived).matches(in: text) == expected.filter { $0.text.lowercased() != "leverage" })
    }
}
