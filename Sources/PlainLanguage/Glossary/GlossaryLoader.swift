import Documents
import Foundation
import RoundtableResources
import Yams

/// Reads glossary files: the curated domain files that ship with Roundtable and a team's own.
public enum GlossaryLoader {
    /// The keys a glossary entry may have.
    static let entryKeys = ["id", "term", "kind", "expansions", "variants", "meaning", "alternatives", "why", "domain"]

    /// The curated glossary that ships with Roundtable: from its archive, compiled ahead of time,
    /// when that was made from the YAML files as they are; from the YAML files otherwise.
    public static func curated() throws(ReadError) -> Glossary {
        let folder = BundledResources.url("glossary")
        if let key = try? sourceKey(of: folder),
           let glossary = GlossaryArchive.read(folder.appendingPathComponent(curatedArchiveName), key: key) {
            return glossary
        }
        return try self.folder(folder)
    }

    /// The name of the curated glossary's archive in its folder.
    package static let curatedArchiveName = "curated.archive"

    /// The archive key of the YAML files in `folder`: their names and contents.
    package static func sourceKey(of folder: URL) throws -> UInt64 {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        var parts: [[UInt8]] = []
        for name in names {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
                throw CocoaError(.fileReadUnknown)
            }
            parts += [Array(name.utf8), [UInt8](data)]
        }
        return GlossaryArchive.key(of: parts)
    }

    /// Reads every domain file (`*.yaml` with a `domain`) and the everyday acronyms file in `folder`.
    public static func folder(_ folder: URL) throws(ReadError) -> Glossary {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        } catch {
            throw ReadError(file: folder.path, problem: "The glossary folder cannot be read.",
                            advice: "Reinstall Roundtable, or build it again with 'swift build'.")
        }
        var entries: [GlossaryEntry] = []
        var everyday: Set<String> = []
        var domains: [(id: String, title: String)] = []
        var seen: [String: String] = [:]
        for name in names {
            let path = folder.appendingPathComponent(name).path
            let text = try TextFile.read(path, kind: "glossary")
            guard let root = try YAMLDocument.parse(text, file: path) else { continue }
            if name == "everyday-acronyms.yaml" {
                let map = try YAMLMap(root, file: path, context: "the everyday acronyms file", allowedKeys: ["acronyms"])
                everyday.formUnion(try map.strings("acronyms"))
                continue
            }
            let map = try YAMLMap(root, file: path, context: "the glossary file", allowedKeys: ["domain", "title", "entries"])
            let domain = try map.requiredString("domain", example: "housing")
            domains.append((domain, try map.string("title") ?? domain))
            for node in try map.sequence("entries") {
                let entry = try EntryChange(node, file: path).complete(domain: domain)
                if let earlier = seen[entry.id] {
                    throw ReadError(file: path, position: YAMLErrors.position(of: node),
                                    problem: "The id '\(entry.id)' is used twice: here and in \(earlier).",
                                    advice: "Give each entry its own id.")
                }
                seen[entry.id] = "\(name)"
                entries.append(entry)
            }
        }
        return Glossary(entries: entries, everydayAcronyms: everyday, domains: domains)
    }

    /// Reads a team's own glossary file (YAML or CSV, by its extension).
    public static func local(_ path: String) throws(ReadError) -> LocalGlossary {
        let text = try TextFile.read(path, kind: "glossary")
        if path.lowercased().hasSuffix(".csv") {
            return LocalGlossary(entries: try GlossaryCSV.read(text, file: path))
        }
        return try LocalGlossary(yaml: text, file: path)
    }

    /// The team glossary `.roundtable/glossary.yaml` in `folder` or the nearest folder above it,
    /// and whether it can be trusted: a glossary can silence every rule, so one that `userID`
    /// (or root) does not own, or that everyone may change, is reported as skipped, not used.
    package static func findLocal(from folder: URL, userID: UInt32) -> LocalGlossarySearch {
        var current = folder.standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(".roundtable/glossary.yaml").path
            if FileManager.default.fileExists(atPath: candidate) {
                if let reason = UntrustedGlossary.reason(for: candidate, userID: userID) { return .skipped(candidate, reason) }
                return .found(candidate)
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return .none }
            current = parent
        }
    }
}

/// An entry as written in a file: complete for a new term, or only the fields that change.
public struct EntryChange: Sendable, Equatable {
    /// The id of the entry to add or change: lower-case letters, digits and dashes.
    public var id: String
    /// The term as usually written; nil keeps the existing entry's.
    public var term: String?
    /// Acronym, jargon or label; nil keeps the existing entry's.
    public var kind: GlossaryEntry.Kind?
    /// What an acronym stands for; nil keeps the existing entry's.
    public var expansions: [String]?
    /// Other spellings; nil keeps the existing entry's.
    public var variants: [String]?
    /// What the term means, in plain words; nil keeps the existing entry's.
    public var meaning: String?
    /// Plainer ways to say it; nil or an empty list keeps the existing entry's.
    public var alternatives: [String]?
    /// For labels: why the word others or blames people; nil keeps the existing entry's.
    public var why: String?
    /// The field of work; nil keeps the existing entry's, and a new entry's is `local`.
    public var domain: String?
    /// Where the entry is written, for messages.
    public var file: String
    /// The line and column where the entry starts in its file (for a CSV file, its row's line).
    public var position: SourcePosition?

    /// Reads an entry from its YAML node.
    init(_ node: Node, file: String) throws(ReadError) {
        let context: String
        if let id = node.mapping?["id"]?.string { context = "the glossary entry '\(id)'" } else { context = "a glossary entry" }
        let map = try YAMLMap(node, file: file, context: context, allowedKeys: GlossaryLoader.entryKeys)
        guard let id = try map.string("id") else {
            throw ReadError(file: file, position: YAMLErrors.position(of: node), problem: "A glossary entry has no 'id'.",
                            advice: "Give it a short id of lower-case letters, digits and dashes, such as 'id: care-package'.")
        }
        guard Self.isValidID(id) else {
            throw ReadError(file: file, position: map.position(of: "id"), problem: "The id '\(id)' has characters an id cannot have.",
                            advice: "Use only lower-case letters, digits and dashes, such as 'care-package'.")
        }
        self.id = id
        self.file = file
        self.position = YAMLErrors.position(of: node)
        term = try map.string("term")
        if let kindText = try map.string("kind") {
            guard let kind = GlossaryEntry.Kind(rawValue: kindText.lowercased()) else {
                throw ReadError(file: file, position: map.position(of: "kind"), problem: "The kind '\(kindText)' of '\(id)' is not one Roundtable knows.",
                                advice: "Use acronym, jargon or label.")
            }
            self.kind = kind
        }
        expansions = map.has("expansions") ? try map.strings("expansions", commaSeparated: false) : nil
        variants = map.has("variants") ? try map.strings("variants", commaSeparated: false) : nil
        meaning = try map.string("meaning")
        alternatives = map.has("alternatives") ? try map.strings("alternatives", commaSeparated: false) : nil
        why = try map.string("why")
        domain = try map.string("domain")
    }

    /// Whether `id` has only the characters an id may have: lower-case letters, digits and dashes.
    static func isValidID(_ id: String) -> Bool {
        id.allSatisfy { $0.isLowercase && $0.isASCII || $0.isNumber || $0 == "-" }
    }

    /// Creates a change from fields read elsewhere (a CSV row).
    init(id: String, term: String?, kind: GlossaryEntry.Kind?, expansions: [String]?, variants: [String]?, meaning: String?,
         alternatives: [String]?, why: String?, domain: String?, file: String, position: SourcePosition?) {
        self.id = id
        self.term = term
        self.kind = kind
        self.expansions = expansions
        self.variants = variants
        self.meaning = meaning
        self.alternatives = alternatives
        self.why = why
        self.domain = domain
        self.file = file
        self.position = position
    }

    /// The entry, which must give everything a new entry needs.
    func complete(domain fallback: String) throws(ReadError) -> GlossaryEntry {
        func missing(_ field: String, _ advice: String) -> ReadError {
            ReadError(file: file, position: position, problem: "The glossary entry '\(id)' has no \(field).", advice: advice)
        }
        guard let term else { throw missing("term", "Add the word or phrase itself, such as 'term: care package'.") }
        guard let kind else { throw missing("kind", "Add 'kind: acronym', 'kind: jargon' or 'kind: label'.") }
        guard let meaning else { throw missing("meaning", "Add what it means in plain words, such as 'meaning: The help a council arranges for you.'") }
        guard let alternatives, !alternatives.isEmpty else {
            throw missing("alternative", "Add at least one plainer way to say it, such as 'alternatives: [the help you get]'.")
        }
        if kind == .acronym && (expansions ?? []).isEmpty {
            throw missing("expansion", "Add what the letters stand for, such as 'expansions: [Integrated Care Board]'.")
        }
        if kind == .label && (why ?? "").isEmpty {
            throw missing("'why'", "Add a short reason why the word others or blames people.")
        }
        return GlossaryEntry(id: id, term: term, kind: kind, expansions: expansions ?? [], variants: variants ?? [],
                             meaning: meaning, alternatives: alternatives, why: why, domain: domain ?? fallback)
    }

    /// The entry `entry` with the fields this change gives replaced.
    func applied(to entry: GlossaryEntry) -> GlossaryEntry {
        var result = entry
        if let term { result.term = term }
        if let kind { result.kind = kind }
        if let expansions { result.expansions = expansions }
        if let variants { result.variants = variants }
        if let meaning { result.meaning = meaning }
        if let alternatives, !alternatives.isEmpty { result.alternatives = alternatives }
        if let why { result.why = why }
        if let domain { result.domain = domain }
        return result
    }

    /// The new entry this change describes, or nil when it lacks what a new entry needs.
    func newEntry() -> GlossaryEntry? {
        try? complete(domain: "local")
    }
}

/// A team's own glossary: entries to add or change, terms to allow, everyday acronyms to add or
/// remove, and rules to switch off.
public struct LocalGlossary: Sendable {
    /// New entries, and changes to existing ones by id, in the order written.
    public var entries: [EntryChange]
    /// Words and phrases never reported, whatever their capitals (`allow:`).
    public var allow: [String]
    /// Acronyms to add to those everybody knows, which are never reported (`everyday-acronyms: add:`).
    public var everydayAcronymsAdded: [String]
    /// Acronyms Roundtable takes as known that the team wants explained (`everyday-acronyms: remove:`).
    public var everydayAcronymsRemoved: [String]
    /// The rules the team switches off; only those a plain-language check reports.
    public var silence: [RuleID]

    /// Creates a team glossary; every part is empty unless given.
    public init(entries: [EntryChange] = [], allow: [String] = [], everydayAcronymsAdded: [String] = [],
                everydayAcronymsRemoved: [String] = [], silence: [RuleID] = []) {
        self.entries = entries
        self.allow = allow
        self.everydayAcronymsAdded = everydayAcronymsAdded
        self.everydayAcronymsRemoved = everydayAcronymsRemoved
        self.silence = silence
    }

    /// Reads the YAML form:
    /// ```yaml
    /// entries: [...]            # new entries, or changes to curated ones by id
    /// allow: [ICB, step change]
    /// everyday-acronyms: { add: [CQC], remove: [TV] }
    /// silence: [long-sentence]
    /// ```
    init(yaml: String, file: String) throws(ReadError) {
        self.init()
        guard let root = try YAMLDocument.parse(yaml, file: file) else { return }
        let map = try YAMLMap(root, file: file, context: "your glossary",
                              allowedKeys: ["entries", "allow", "everyday-acronyms", "silence"])
        var seen: Set<String> = []
        for node in try map.sequence("entries") {
            let change = try EntryChange(node, file: file)
            guard seen.insert(change.id).inserted else {
                throw ReadError(file: file, position: YAMLErrors.position(of: node), problem: "The id '\(change.id)' is used twice.",
                                advice: "Keep one entry for each id.")
            }
            entries.append(change)
        }
        allow = try map.strings("allow", commaSeparated: false)
        let ids = RuleID.prose.map(\.rawValue).joined(separator: ", ")
        silence = try map.ruleIDs("silence", allowed: RuleID.prose,
                                  advice: "Use one of: \(ids). Agenda rules are switched off in the agenda itself, under 'rules:' then 'off:'.")
        if let everyday = map.value("everyday-acronyms") {
            let inner = try YAMLMap(everyday, file: file, context: "'everyday-acronyms'", allowedKeys: ["add", "remove"])
            everydayAcronymsAdded = try inner.strings("add")
            everydayAcronymsRemoved = try inner.strings("remove")
        }
    }

    /// Checks that every entry with a new id is complete, against the glossary it will change.
    public func validate(against glossary: Glossary) throws(ReadError) {
        let known = Set(glossary.entries.map(\.id))
        for change in entries where !known.contains(change.id) {
            _ = try change.complete(domain: "local")
        }
    }
}
