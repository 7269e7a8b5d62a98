/// The entries of a glossary, in order: held as values, or, for a glossary read from an archive,
/// each read from the archive when it is asked for, so that checking one line against a cached
/// glossary of a hundred thousand entries does not first make a hundred thousand entries.
public struct GlossaryEntries: RandomAccessCollection, Sendable, Equatable {
    private enum Storage: Sendable {
        case values([GlossaryEntry])
        case archived(ArchivedEntries)
    }

    private let storage: Storage

    /// The entries `entries`, in their order.
    public init(_ entries: [GlossaryEntry]) {
        storage = .values(entries)
    }

    /// The entries of an archive, read as they are asked for.
    init(_ archived: ArchivedEntries) {
        storage = .archived(archived)
    }

    /// The first entry's position: 0.
    public var startIndex: Int { 0 }

    /// One past the last entry's position: the number of entries.
    public var endIndex: Int {
        switch storage {
        case .values(let entries): entries.count
        case .archived(let archived): archived.count
        }
    }

    /// The entry at `position`, made from the archive if that is where it lies.
    public subscript(position: Int) -> GlossaryEntry {
        switch storage {
        case .values(let entries): entries[position]
        case .archived(let archived): archived[position]
        }
    }

    /// Whether both hold the same entries in the same order, however each holds them.
    public static func == (left: GlossaryEntries, right: GlossaryEntries) -> Bool {
        left.elementsEqual(right)
    }
}
