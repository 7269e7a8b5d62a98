import Yams

extension EntryChange {
    /// This change reduced to what differs from `glossary`: only the changed fields of a curated
    /// entry, all fields of a new one, or nil when nothing differs.
    public func difference(from glossary: Glossary) -> EntryChange? {
        guard let curated = glossary.entry(id: id) else { return self }
        var change = EntryChange(id: id, term: nil, kind: nil, expansions: nil, variants: nil, meaning: nil,
                                 alternatives: nil, why: nil, domain: nil, file: file, position: position)
        if let term, term != curated.term { change.term = term }
        if let kind, kind != curated.kind { change.kind = kind }
        if let expansions, expansions != curated.expansions { change.expansions = expansions }
        if let variants, variants != curated.variants { change.variants = variants }
        if let meaning, meaning != curated.meaning { change.meaning = meaning }
        if let alternatives, alternatives != curated.alternatives { change.alternatives = alternatives }
        if let why, why != curated.why { change.why = why }
        if let domain, domain != curated.domain { change.domain = domain }
        let changed = [change.term, change.meaning, change.why, change.domain].contains { $0 != nil }
            || change.kind != nil || change.expansions != nil || change.variants != nil || change.alternatives != nil
        return changed ? change : nil
    }
}

extension LocalGlossary {
    /// The team glossary as YAML, in the layout `GlossaryLoader.local` reads.
    public func yaml() throws -> String {
        func text(_ value: String) -> Node { Node(value) }
        func list(_ values: [String]) -> Node { Node.sequence(Node.Sequence(values.map { Node($0) }, Tag(.seq), .flow)) }
        var root: [(Node, Node)] = []
        if !entries.isEmpty {
            let items = entries.map { change -> Node in
                var pairs: [(Node, Node)] = [(text("id"), text(change.id))]
                if let term = change.term { pairs.append((text("term"), text(term))) }
                if let kind = change.kind { pairs.append((text("kind"), text(kind.rawValue))) }
                if let expansions = change.expansions { pairs.append((text("expansions"), list(expansions))) }
                if let variants = change.variants { pairs.append((text("variants"), list(variants))) }
                if let meaning = change.meaning { pairs.append((text("meaning"), text(meaning))) }
                if let alternatives = change.alternatives { pairs.append((text("alternatives"), list(alternatives))) }
                if let why = change.why { pairs.append((text("why"), text(why))) }
                if let domain = change.domain { pairs.append((text("domain"), text(domain))) }
                return Node.mapping(Node.Mapping(pairs))
            }
            root.append((text("entries"), Node.sequence(Node.Sequence(items))))
        }
        if !allow.isEmpty { root.append((text("allow"), list(allow))) }
        if !everydayAcronymsAdded.isEmpty || !everydayAcronymsRemoved.isEmpty {
            var pairs: [(Node, Node)] = []
            if !everydayAcronymsAdded.isEmpty { pairs.append((text("add"), list(everydayAcronymsAdded))) }
            if !everydayAcronymsRemoved.isEmpty { pairs.append((text("remove"), list(everydayAcronymsRemoved))) }
            root.append((text("everyday-acronyms"), Node.mapping(Node.Mapping(pairs))))
        }
        if !silence.isEmpty { root.append((text("silence"), list(silence))) }
        let header = "# Your team's glossary for Roundtable: new words, changed suggestions, allowed words.\n"
        return header + (try Yams.serialize(node: Node.mapping(Node.Mapping(root)), allowUnicode: true))
    }
}
