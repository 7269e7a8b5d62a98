/// The terms Roundtable checks for: the curated glossary, changed by a team's own glossary.
public struct Glossary: Sendable {
    /// Every entry, curated ones first in domain order, then the team's own.
    public private(set) var entries: GlossaryEntries
    /// Acronyms everybody knows (NHS, UK, GP), never reported as unexplained.
    public private(set) var everydayAcronyms: Set<String>
    /// Terms a team allows in its own documents; compared without regard to case.
    public private(set) var allowed: Set<String>
    /// Rules a team has switched off, such as `long-sentence`.
    public private(set) var silencedRules: Set<RuleID>
    /// The domains of the curated glossary: id and title, in order.
    public private(set) var domains: [(id: String, title: String)]
    /// The terms compiled for matching, when an archive kept them; any change forgets them.
    var compiled: PhraseTrie?

    /// Creates a glossary from its parts.
    public init(entries: [GlossaryEntry], everydayAcronyms: Set<String> = [], allowed: Set<String> = [],
                silencedRules: Set<RuleID> = [], domains: [(id: String, title: String)] = []) {
        self.init(entries: GlossaryEntries(entries), everydayAcronyms: everydayAcronyms, allowed: allowed,
                  silencedRules: silencedRules, domains: domains)
    }

    /// A glossary whose entries are held already, such as those of an archive.
    init(entries: GlossaryEntries, everydayAcronyms: Set<String>, allowed: Set<String>, silencedRules: Set<RuleID>,
         domains: [(id: String, title: String)]) {
        self.entries = entries
        self.everydayAcronyms = everydayAcronyms
        self.allowed = Set(allowed.map { $0.lowercased() })
        self.silencedRules = silencedRules
        self.domains = domains
    }

    /// Every field of work with entries: the curated ones in their order, then those only a
    /// team's own entries use, alphabetically, titled from their id.
    public var fieldsOfWork: [(id: String, title: String)] {
        let extra = Set(entries.map(\.domain)).subtracting(domains.map(\.id)).sorted()
        return domains + extra.map { ($0, $0.capitalized) }
    }

    /// The entry with this id.
    public func entry(id: String) -> GlossaryEntry? {
        entries.first { $0.id == id }
    }

    /// The entries written this way (term or variant, ignoring case), or with this id.
    public func entries(named name: String) -> [GlossaryEntry] {
        let key = name.lowercased().trimmingCharacters(in: .whitespaces)
        return entries.filter { entry in
            entry.id == key || entry.spellings.contains { $0.lowercased() == key }
        }
    }

    /// Entries whose term, variants, expansions or meaning contain `word`, best matches first.
    public func search(_ word: String) -> [GlossaryEntry] {
        let key = word.lowercased().trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty else { return [] }
        func score(_ entry: GlossaryEntry) -> Int? {
            if entry.spellings.contains(where: { $0.lowercased() == key }) { return 0 }
            if entry.spellings.contains(where: { $0.lowercased().contains(key) }) { return 1 }
            if entry.expansions.contains(where: { $0.lowercased().contains(key) }) { return 2 }
            if entry.meaning.lowercased().contains(key) || entry.alternatives.contains(where: { $0.lowercased().contains(key) }) { return 3 }
            return nil
        }
        return entries.compactMap { entry in score(entry).map { (entry, $0) } }
            .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.term.lowercased() < $1.0.term.lowercased() }
            .map(\.0)
    }

    /// Whether the team allows `term` (any spelling, ignoring case).
    public func isAllowed(_ term: String) -> Bool {
        allowed.contains(term.lowercased())
    }

    /// Applies a team's own glossary: new entries are added, entries with a known id are changed
    /// field by field, and allowed terms, everyday acronyms and silenced rules are updated.
    public mutating func apply(_ local: LocalGlossary) {
        compiled = nil
        var entries = Array(self.entries)
        // Look entries up by id: a team's glossary may hold tens of thousands of entries.
        var positions = Dictionary(entries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for change in local.entries {
            if let index = positions[change.id] {
                entries[index] = change.applied(to: entries[index])
            } else if let entry = change.newEntry() {
                positions[entry.id] = entries.count
                entries.append(entry)
            }
        }
        self.entries = GlossaryEntries(entries)
        allowed.formUnion(local.allow.map { $0.lowercased() })
        everydayAcronyms.formUnion(local.everydayAcronymsAdded)
        everydayAcronyms.subtract(local.everydayAcronymsRemoved)
        silencedRules.formUnion(local.silence)
    }
}
