/// A glossary's entries as its archive keeps them, read where they lie: every distinct text once,
/// in one run of UTF-8; every distinct list of texts once; and each entry as nine numbers naming
/// its texts, its kind and its lists. Every number is checked when the archive is read, so an
/// entry asked for later can always be made, and only the entries asked for are made.
///
/// Texts and lists are numbered with 32 bits: a glossary file holds at most 32 MB.
struct ArchivedEntries: @unchecked Sendable {
    /// The numbers that describe one entry: id, term, kind, expansions, variants, meaning,
    /// alternatives, why (or `noText`), domain.
    private static let numbersPerEntry = 9
    /// Stands for an entry's missing `why`.
    private static let noText = UInt32.max

    /// What holds the numbers below, kept for as long as they are read.
    private let memory: TrieMemory
    /// Where each text starts in `utf8`, and one past the last text.
    private let textStart: UnsafeBufferPointer<UInt32>
    /// Every text, one after another.
    private let utf8: UnsafeBufferPointer<UInt8>
    /// Where each list starts in `listTexts`, and one past the last list.
    private let listStart: UnsafeBufferPointer<UInt32>
    /// The texts of each list, list after list.
    private let listTexts: UnsafeBufferPointer<UInt32>
    /// `numbersPerEntry` numbers for each entry.
    private let rows: UnsafeBufferPointer<UInt32>

    /// How many entries there are.
    var count: Int { rows.count / Self.numbersPerEntry }

    /// Appends `entries` to `archive` in this layout; the same entries always give the same bytes.
    static func write(_ entries: GlossaryEntries, to archive: inout ArchiveWriter) {
        var textNumbers: [String: UInt32] = [:], textStart: [UInt32] = [0], utf8: [UInt8] = []
        var listNumbers: [[UInt32]: UInt32] = [:], listStart: [UInt32] = [0], listTexts: [UInt32] = []
        func text(_ text: String) -> UInt32 {
            if let number = textNumbers[text] { return number }
            let number = UInt32(textStart.count - 1)
            textNumbers[text] = number
            utf8 += text.utf8
            textStart.append(UInt32(utf8.count))
            return number
        }
        func list(_ texts: [String]) -> UInt32 {
            let numbers = texts.map(text)
            if let number = listNumbers[numbers] { return number }
            let number = UInt32(listStart.count - 1)
            listNumbers[numbers] = number
            listTexts += numbers
            listStart.append(UInt32(listTexts.count))
            return number
        }
        var rows: [UInt32] = []
        rows.reserveCapacity(entries.count * numbersPerEntry)
        for entry in entries {
            rows += [text(entry.id), text(entry.term), code(entry.kind), list(entry.expansions), list(entry.variants),
                     text(entry.meaning), list(entry.alternatives), entry.why.map(text) ?? noText, text(entry.domain)]
        }
        archive.numbers(textStart)
        archive.numbers(utf8)
        archive.numbers(listStart)
        archive.numbers(listTexts)
        archive.numbers(rows)
    }

    /// Reads what `write` wrote, checking every number, so that no entry can name a text, list or
    /// kind that is not there.
    init(reading archive: inout ArchiveReader) throws(ArchiveReader.Damaged) {
        memory = archive.memory
        textStart = try archive.numbers(UInt32.self)
        utf8 = try archive.numbers(UInt8.self)
        listStart = try archive.numbers(UInt32.self)
        listTexts = try archive.numbers(UInt32.self)
        rows = try archive.numbers(UInt32.self)
        guard Self.startsFit(textStart, count: utf8.count), Self.startsFit(listStart, count: listTexts.count),
              rows.count % Self.numbersPerEntry == 0 else { throw ArchiveReader.Damaged() }
        let texts = UInt32(textStart.count - 1), lists = UInt32(listStart.count - 1)
        guard listTexts.allSatisfy({ $0 < texts }) else { throw ArchiveReader.Damaged() }
        for row in stride(from: 0, to: rows.count, by: Self.numbersPerEntry) {
            guard rows[row] < texts, rows[row + 1] < texts, Self.kind(rows[row + 2]) != nil, rows[row + 3] < lists,
                  rows[row + 4] < lists, rows[row + 5] < texts, rows[row + 6] < lists,
                  rows[row + 7] < texts || rows[row + 7] == Self.noText, rows[row + 8] < texts else { throw ArchiveReader.Damaged() }
        }
    }

    /// Entry `index`, made from its numbers.
    subscript(index: Int) -> GlossaryEntry {
        precondition(index >= 0 && index < count, "There is no entry \(index) in this glossary.")
        let row = index * Self.numbersPerEntry
        guard let kind = Self.kind(rows[row + 2]) else { preconditionFailure("every kind is checked when the archive is read") }
        return GlossaryEntry(id: text(rows[row]), term: text(rows[row + 1]), kind: kind, expansions: list(rows[row + 3]),
                             variants: list(rows[row + 4]), meaning: text(rows[row + 5]), alternatives: list(rows[row + 6]),
                             why: rows[row + 7] == Self.noText ? nil : text(rows[row + 7]), domain: text(rows[row + 8]))
    }

    private func text(_ number: UInt32) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: utf8[Int(textStart[Int(number)])..<Int(textStart[Int(number) + 1])]), as: UTF8.self)
    }

    private func list(_ number: UInt32) -> [String] {
        listTexts[Int(listStart[Int(number)])..<Int(listStart[Int(number) + 1])].map(text)
    }

    /// Whether `starts` begins at 0, never goes down and ends at `count`.
    private static func startsFit(_ starts: UnsafeBufferPointer<UInt32>, count: Int) -> Bool {
        starts.first == 0 && starts.last.map(Int.init) == count && zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 }
    }

    private static func code(_ kind: GlossaryEntry.Kind) -> UInt32 {
        switch kind {
        case .acronym: 0
        case .jargon: 1
        case .label: 2
        }
    }

    private static func kind(_ code: UInt32) -> GlossaryEntry.Kind? {
        switch code {
        case 0: .acronym
        case 1: .jargon
        case 2: .label
        default: nil
        }
    }
}
