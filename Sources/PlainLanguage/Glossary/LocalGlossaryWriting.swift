import Documents

extension EntryChange {
    /// This change reduced to what differs from `glossary`: only the changed fields of a curated
    /// entry, all fields of a new one, or nil when nothing differs.
    public func difference(from glossary: Glossary) -> EntryChange? {
        difference(from: glossary.entry(id: id))
    }

    /// This change reduced to what differs from `curated`, the entry of the same id (nil when the
    /// id is new, and then the change is kept whole).
    func difference(from curated: GlossaryEntry?) -> EntryChange? {
        guard let curated else { return self }
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

    /// This change with every field that `newer` gives replaced, placed where `newer` is written.
    func updated(with newer: EntryChange) -> EntryChange {
        var result = newer
        result.term = newer.term ?? term
        result.kind = newer.kind ?? kind
        result.expansions = newer.expansions ?? expansions
        result.variants = newer.variants ?? variants
        result.meaning = newer.meaning ?? meaning
        result.alternatives = newer.alternatives ?? alternatives
        result.why = newer.why ?? why
        result.domain = newer.domain ?? domain
        return result
    }

    /// Whether both give the same id and fields (where they are written does not count).
    func hasSameFields(as other: EntryChange) -> Bool {
        id == other.id && term == other.term && kind == other.kind && expansions == other.expansions && variants == other.variants
            && meaning == other.meaning && alternatives == other.alternatives && why == other.why && domain == other.domain
    }
}

extension LocalGlossary {
    /// The team glossary as YAML, in the layout `GlossaryLoader.local` reads. Every text is
    /// double-quoted, so no word can be read back as a number, a date or YAML syntax; the text
    /// is built in one pass, so its time grows with the number of entries.
    public func yaml() -> String {
        var text = "# Your team's glossary for Roundtable: new words, changed suggestions, allowed words.\n"
        func line(_ indent: String, _ key: String, _ value: String?) {
            if let value { text += indent + key + ": " + YAMLText.quoted(value) + "\n" }
        }
        func list(_ indent: String, _ key: String, _ values: [String]?) {
            if let values { text += indent + key + ": [" + values.map(YAMLText.quoted).joined(separator: ", ") + "]\n" }
        }
        text += entries.isEmpty ? "entries: []\n" : "entries:\n"
        for change in entries {
            text += "  - id: " + YAMLText.quoted(change.id) + "\n"
            line("    ", "term", change.term)
            line("    ", "kind", change.kind?.rawValue)
            list("    ", "expansions", change.expansions)
            list("    ", "variants", change.variants)
            line("    ", "meaning", change.meaning)
            list("    ", "alternatives", change.alternatives)
            line("    ", "why", change.why)
            line("    ", "domain", change.domain)
        }
        if !allow.isEmpty { list("", "allow", allow) }
        if !everydayAcronymsAdded.isEmpty || !everydayAcronymsRemoved.isEmpty {
            text += "everyday-acronyms:\n"
            if !everydayAcronymsAdded.isEmpty { list("  ", "add", everydayAcronymsAdded) }
            if !everydayAcronymsRemoved.isEmpty { list("  ", "remove", everydayAcronymsRemoved) }
        }
        if !silence.isEmpty { list("", "silence", silence.map(\.rawValue)) }
        return text
    }

    /// The YAML to write to `file`, after reading it back the way Roundtable will read the file
    /// (size, syntax and every entry complete against `curated`), so a glossary Roundtable would
    /// refuse is never written. The error is the one the loader would give.
    public func checkedYAML(file: String, against curated: Glossary) throws(ReadError) -> String {
        let text = yaml()
        let size = text.utf8.count
        guard size <= TextFile.maximumSize else {
            throw ReadError(file: file, problem: "This glossary would be \(size / 1_048_576) MB; Roundtable reads glossary files up to \(TextFile.maximumSize / 1_048_576) MB, so it was not written.",
                            advice: "Import fewer rows: keep only the words your team adds or changes.")
        }
        let reread = try LocalGlossary(yaml: text, file: file)
        try reread.validate(against: curated)
        let same = reread.entries.count == entries.count && zip(reread.entries, entries).allSatisfy { $0.hasSameFields(as: $1) }
            && reread.allow == allow && reread.everydayAcronymsAdded == everydayAcronymsAdded
            && reread.everydayAcronymsRemoved == everydayAcronymsRemoved && reread.silence == silence
        guard same else {
            throw ReadError(file: file, problem: "This glossary would not read back as it was written, so it was not written.",
                            advice: "Look for unusual characters in the rows you changed, and report this to the Roundtable team.")
        }
        return text
    }
}
