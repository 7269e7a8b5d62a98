/// One term of the glossary: what it means in plain words and what to write instead.
public struct GlossaryEntry: Sendable, Equatable, Codable {
    /// What sort of term it is, which decides how it is matched and how serious a finding is.
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        /// Letters standing for words (ICB, CoP): matched with their capitals.
        case acronym
        /// Words only insiders understand (step change, reablement).
        case jargon
        /// Words that other or blame people (service user, hard to reach).
        case label
    }

    /// A stable id, such as `icb`, that never changes once published.
    public var id: String
    /// The term as usually written.
    public var term: String
    /// Acronym, jargon or label: how the term is matched and which rule reports it.
    public var kind: Kind
    /// Every expansion of an acronym (CoP: community of practice, Court of Protection).
    public var expansions: [String]
    /// Other spellings (co-production, coproduction); plurals and word forms are generated.
    public var variants: [String]
    /// What it means, in at most 25 plain words.
    public var meaning: String
    /// Plainer ways to say it.
    public var alternatives: [String]
    /// For labels: why the word others or blames people.
    public var why: String?
    /// The field of work it comes from, such as `housing`.
    public var domain: String

    /// Creates an entry. Glossary files also require expansions for an acronym and a `why` for a
    /// label; this does not check them.
    public init(id: String, term: String, kind: Kind, expansions: [String] = [], variants: [String] = [],
                meaning: String, alternatives: [String], why: String? = nil, domain: String) {
        self.id = id
        self.term = term
        self.kind = kind
        self.expansions = expansions
        self.variants = variants
        self.meaning = meaning
        self.alternatives = alternatives
        self.why = why
        self.domain = domain
    }

    /// The term and its variants: every way of writing it that the glossary lists.
    public var spellings: [String] { [term] + variants }
}
