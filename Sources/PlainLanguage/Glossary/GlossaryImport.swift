/// A spreadsheet brought back into a team's glossary. Rows that differ from Roundtable's glossary
/// are added, or change the team's entry with the same id; the team's other entries are kept,
/// unless the spreadsheet replaces the whole team glossary.
public struct GlossaryImport: Sendable {
    /// The team glossary to write.
    public let glossary: LocalGlossary
    /// Ids of the entries the team glossary did not have, in the spreadsheet's order.
    public let added: [String]
    /// Ids of the team's entries that the spreadsheet changed.
    public let changed: [String]
    /// Ids of the team's entries left out because the spreadsheet replaced the team glossary.
    public let removed: [String]
    /// How many of the team's entries are as they were.
    public let kept: Int

    /// Merges `rows` into `existing`. A row changes only the fields it gives; a row that now
    /// says just what `curated` says takes the team's entry out. With `replacing`, the team's
    /// entries are exactly the rows that differ from `curated`. Time grows with the number of
    /// rows and entries, never with their product.
    public init(rows: [EntryChange], into existing: LocalGlossary, curated: Glossary, replacing: Bool) {
        let curatedByID = Dictionary(curated.entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let old = Dictionary(existing.entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var entries = replacing ? [] : existing.entries
        var position = Dictionary(entries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var dropped: Set<Int> = []
        var added: [String] = []
        var changed: [String] = []
        for row in rows {
            let base = replacing ? nil : old[row.id]
            let reduced = (base.map { $0.updated(with: row) } ?? row).difference(from: curatedByID[row.id])
            if let index = position[row.id] {
                guard let reduced else {
                    dropped.insert(index)
                    changed.append(row.id)
                    continue
                }
                if !reduced.hasSameFields(as: entries[index]) {
                    entries[index] = reduced
                    changed.append(row.id)
                }
            } else if let reduced {
                position[row.id] = entries.count
                entries.append(reduced)
                if let before = old[row.id] {
                    if !before.hasSameFields(as: reduced) { changed.append(row.id) }
                } else {
                    added.append(row.id)
                }
            }
        }
        var glossary = existing
        glossary.entries = entries.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        let remaining = Set(glossary.entries.map(\.id)).union(changed)
        self.glossary = glossary
        self.added = added
        self.changed = changed
        removed = existing.entries.map(\.id).filter { !remaining.contains($0) }
        kept = existing.entries.count - changed.count - removed.count
    }
}
