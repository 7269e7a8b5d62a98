import Documents
import PlainLanguage
import SessionPlanning
import SessionStore
import SpeakingTurns

/// Everything a resource pack is made from.
public struct PackInput: Sendable {
    /// The session the pack is about.
    public var session: SessionDetails
    /// The notes, with the places their words were read from, for the plain-language check.
    public var notes: Document
    /// The agenda and its timing, when given.
    public var agenda: (agenda: Agenda, schedule: Schedule)?
    /// Everyone registered for the session.
    public var registered: [Participant]
    /// Everyone marked as present.
    public var present: [Participant]
    /// The speaking balance, when turns were recorded.
    public var balance: BalanceReport?
    /// How people can get involved; when nil, the agenda's contact is used.
    public var getInvolved: String?
    /// Everyone Roundtable knows, registered for this session or not: anyone among them without
    /// consent to be named is hidden wherever the pack names them.
    public var known: [Participant]
    /// The name of the notes file without its folder and extension, for the pack's file name.
    public var notesName: String
    /// What was wrong with the pictures in the notes, found while reading them (see `PictureFiles`).
    public var pictureProblems: [PictureProblem] = []
    /// The actions raised at this session or an earlier one, for "You said, we did".
    public var actions: [SessionAction] = []
    /// How many of the people who came were there on behalf of a colleague (counted, never named).
    public var cameOnBehalf = 0

    /// Creates the input for a pack: the session, the notes, and who registered and came are needed.
    public init(session: SessionDetails, notes: Document, agenda: (agenda: Agenda, schedule: Schedule)? = nil,
                registered: [Participant], present: [Participant], balance: BalanceReport? = nil, getInvolved: String? = nil,
                known: [Participant] = [], notesName: String = "notes") {
        self.session = session
        self.notes = notes
        self.agenda = agenda
        self.registered = registered
        self.present = present
        self.balance = balance
        self.getInvolved = getInvolved
        self.known = known
        self.notesName = notesName
    }
}

/// What building a pack found and changed, for the person publishing it.
public struct PackReport: Sendable {
    /// Names replaced because their owners have not agreed to be named.
    public var replacements: [NameRedactor.Replacement]
    /// Acronyms written out at their first use.
    public var expanded: [AcronymExpander.Expansion]
    /// Acronyms with more than one meaning, left for a person to explain.
    public var ambiguous: [AcronymUse]
    /// Plain-language findings that remain in the notes (jargon, labels, unknown or ambiguous
    /// acronyms, long sentences).
    public var remaining: [Diagnostic]
    /// The glossary words the notes use, explained in the pack's "Words we used".
    public var wordsUsed: [GlossaryEntry]
    /// What a person should look at about names: words that may not have been names, addresses
    /// taken out, and registered names that cannot be found safely in every form.
    public var namesToReview: [NameReview]
    /// The pack's file name without extension: after the notes, or after the session when the
    /// notes' file name holds a hidden name.
    public var fileName: String
    /// Pictures in the notes that could not be put in the pack, or have no description.
    public var pictureProblems: [PictureProblem] = []

    /// Whether a person should look at the pack before sharing it: names were replaced or need a
    /// look, wording findings of warning level or above remain, or a picture has a problem.
    public var needsLooking: Bool {
        !replacements.isEmpty || !namesToReview.isEmpty || remaining.contains { $0.severity >= .warning } || !pictureProblems.isEmpty
    }

    /// Findings that stop a strict publish: jargon and labels.
    public var blocking: [Diagnostic] {
        remaining.filter { $0.rule == .jargon || $0.rule == .label }
    }
}

/// Builds a session's resource pack: a title page, about the session, the notes, what people
/// told us and what we did, the words we used, the speaking balance, the agenda, and how to get involved, with nobody named who has not
/// agreed to be.
public struct ResourcePack: Sendable {
    private let checker: PlainLanguageChecker
    private let easyRead: Bool
    private let look: WriterOptions

    /// How the pack's documents are written: in easy read when the pack is, on its paper, in its house style.
    public var writerOptions: WriterOptions {
        var options = look
        options.layout = easyRead ? .easyRead : .standard
        return options
    }

    /// Prepares to build packs checked against `glossary`; `easyRead` lays them out in larger
    /// type with one sentence per paragraph, and flags sentences over 15 words. The documents
    /// take their paper and house style from `look`.
    public init(glossary: Glossary, easyRead: Bool = false, look: WriterOptions = .standard) {
        self.checker = PlainLanguageChecker(glossary: glossary, longSentenceWords: easyRead ? 15 : 25)
        self.easyRead = easyRead
        self.look = look
    }

    /// The pack and what was found and changed on the way.
    public func build(_ input: PackInput) -> (document: Document, report: PackReport) {
        let check = checker.check(input.notes, file: input.notesName)
        let single = check.acronyms.filter { !$0.explained && $0.meanings.count == 1 }
        let expander = AcronymExpander(single.map { AcronymExpander.Expansion(acronym: $0.acronym, words: $0.meanings[0]) })
        var notes = input.notes
        notes.blocks = Self.droppingTitle(notes.blocks)
        let (expandedNotes, expanded) = expander.expand(notes)
        let expandedSet = Set(expanded.map(\.acronym))
        let remaining = check.diagnostics.filter { !($0.rule == .acronymUnexplained && expandedSet.contains($0.excerpt ?? "")) }

        var blocks: [Block] = []
        blocks.append(heading("About this session", level: 2))
        blocks += about(input).map { .paragraph(Paragraph([.text($0)])) }
        blocks.append(heading("What we talked about", level: 2))
        blocks += Self.shifted(easyRead ? Self.oneSentencePerParagraph(expandedNotes.blocks) : expandedNotes.blocks, by: 1)
        if !input.actions.isEmpty {
            blocks.append(heading(YouSaidWeDid.title, level: 2))
            blocks += YouSaidWeDid(actions: input.actions).blocks
        }
        blocks.append(heading("Words we used", level: 2))
        if check.termsUsed.isEmpty {
            blocks.append(.paragraph(Paragraph([.text("These notes use no words from our glossary.")])))
        } else {
            blocks.append(.paragraph(Paragraph([.text("Some words in these notes are jargon, acronyms or labels. Here is what they mean, and plainer ways to say them.")])))
            blocks.append(.table(Table(alignments: [.left, .left, .left],
                                       header: [[.text("Word")], [.text("What it means")], [.text("Plainer words")]],
                                       rows: check.termsUsed.map(JargonBuster.row))))
        }
        if let balance = input.balance {
            blocks.append(heading("Speaking balance", level: 2))
            blocks += Self.shifted(balance.document().blocks, by: 1)
        }
        if let (agenda, schedule) = input.agenda {
            blocks.append(heading("The agenda", level: 2))
            blocks += Self.shifted(AgendaDocument().build(agenda, schedule: schedule).blocks, by: 1)
        }
        blocks.append(heading("How to get involved", level: 2))
        blocks.append(.paragraph(Paragraph([.text(getInvolved(input))])))

        var metadata = input.notes.metadata
        metadata.title = input.session.title
        metadata.subtitle = input.session.theme.map { "Theme: \($0)" } ?? metadata.subtitle
        metadata.date = input.session.date ?? input.agenda?.agenda.date ?? metadata.date
        metadata.organisation = metadata.organisation ?? input.agenda?.agenda.organisation
        metadata.keywords = metadata.keywords.isEmpty ? ["co-production", "community of practice"] : metadata.keywords
        let pack = Document(metadata: metadata, blocks: blocks)

        let redactor = Self.redactor(for: input)
        let redaction = redactor.redact(pack)
        var review = redactor.unsafeNames + redaction.review
        var fileName = input.notesName + "-pack"
        if let person = redactor.hiddenName(in: input.notesName) {
            fileName = "session-\(input.session.id)-pack"
            review.append(NameReview(kind: .fileNameChanged(notesName: input.notesName), person: person, text: fileName))
        }
        let report = PackReport(replacements: redaction.replacements, expanded: expanded,
                                ambiguous: check.acronyms.filter { !$0.explained && $0.meanings.count > 1 },
                                remaining: remaining, wordsUsed: check.termsUsed, namesToReview: review, fileName: fileName,
                                pictureProblems: input.pictureProblems)
        return (redaction.document, report)
    }

    /// The redactor for a pack: it hides everyone Roundtable knows who has not agreed to be named,
    /// and everyone the agenda names (organisers, facilitators, the contact, item leads) who has
    /// no consent on record, in Roundtable or at all.
    public static func redactor(for input: PackInput) -> NameRedactor {
        let people = unique(input.registered + input.present + input.known)
        let known = Set(people.map { FoldedText.folded(PersonName.tidiedForMatching($0.displayName)) })
        var agendaNames: [NameRedactor.HiddenName] = []
        var seen: Set<String> = []
        func hide(_ name: String?, _ phrase: String, note: String? = nil) {
            guard let name, !name.isEmpty else { return }
            let key = FoldedText.folded(PersonName.tidiedForMatching(name))
            guard !known.contains(key), seen.insert(key).inserted else { return }
            agendaNames.append(NameRedactor.HiddenName(name: name, phrase: phrase, roleNote: note))
        }
        if let agenda = input.agenda?.agenda {
            for item in agenda.items {
                for lead in item.leads {
                    let phrase = lead.role == .staff ? "a member of staff" : NameRedactor.article(for: lead.role.label) + lead.role.label
                    hide(lead.name, phrase, note: lead.role.label)
                }
            }
            agenda.facilitators.forEach { hide($0, "a facilitator", note: "facilitator") }
            agenda.organisers.forEach { hide($0, "an organiser") }
            hide(agenda.contact?.name, "an organiser")
        }
        return NameRedactor(people: people, alsoHidden: agendaNames, keep: input.notes.metadata.keptPhrases)
    }

    /// When, where, and who came, as counts only.
    private func about(_ input: PackInput) -> [String] {
        var sentences: [String] = []
        if let (agenda, _) = input.agenda {
            var when = "The session took place on \(agenda.date.long), from \(agenda.start) to \(agenda.end)"
            if let online = agenda.place?.online { when += ", online (\(online))" } else if let room = agenda.place?.room { when += ", at \(room)" }
            sentences.append(when + ".")
        } else if let date = input.session.date {
            sentences.append("The session took place on \(date.long).")
        }
        let came = input.present.isEmpty ? input.registered : input.present
        let experts = came.filter { $0.role == .expertByExperience }.count
        if !came.isEmpty {
            let verb = input.present.isEmpty ? "registered" : "came"
            sentences.append("\(came.count == 1 ? "1 person" : "\(came.count) people") \(verb); \(experts) of them \(experts == 1 ? "is an expert" : "are experts") by experience.")
        }
        if input.cameOnBehalf > 0 && !input.present.isEmpty {
            sentences.append("\(input.cameOnBehalf == 1 ? "1 person" : "\(input.cameOnBehalf) people") came on behalf of a colleague who could not.")
        }
        if let theme = input.session.theme {
            sentences.append("The theme was \(theme.lowercased() == theme ? theme : "“\(theme)”").")
        }
        return sentences
    }

    private func getInvolved(_ input: PackInput) -> String {
        if let text = input.getInvolved { return text }
        var text = "Our Community of Practice is open to everyone who wants services to be designed with the people who use them. Experts by experience are paid for their time."
        if let contact = input.agenda?.agenda.contact, contact.canBeReached {
            text += " To join the next session or share an idea, contact \(contact.line)."
        }
        return text
    }

    private func heading(_ text: String, level: Int) -> Block { .heading(Heading(level: level, [.text(text)])) }

    /// The notes without their own title (the pack has one).
    static func droppingTitle(_ blocks: [Block]) -> [Block] {
        guard case .heading(let heading)? = blocks.first, heading.level == 1 else { return blocks }
        return Array(blocks.dropFirst())
    }

    /// Blocks with every heading moved `levels` deeper, so they sit under the pack's own headings.
    static func shifted(_ blocks: [Block], by levels: Int) -> [Block] {
        blocks.map { block in
            switch block {
            case .heading(var heading):
                heading.level = min(heading.level + levels, 6)
                return .heading(heading)
            case .blockQuote(var quote):
                quote.blocks = shifted(quote.blocks, by: levels)
                return .blockQuote(quote)
            case .list(var list):
                list.items = list.items.map { item in
                    var item = item
                    item.blocks = shifted(item.blocks, by: levels)
                    return item
                }
                return .list(list)
            case .paragraph, .codeBlock, .table, .thematicBreak, .pageBreak, .footnoteDefinition, .barChart:
                return block
            }
        }
    }

    /// Easy read: a paragraph of plain text becomes one paragraph per sentence.
    static func oneSentencePerParagraph(_ blocks: [Block]) -> [Block] {
        blocks.flatMap { block -> [Block] in
            guard case .paragraph(let paragraph) = block,
                  paragraph.inlines.allSatisfy({ if case .text = $0 { return true }; if case .softBreak = $0 { return true }; return false })
            else { return [block] }
            let text = paragraph.inlines.plainText
            var sentences: [String] = []
            var current = ""
            let characters = Array(text)
            for (index, character) in characters.enumerated() {
                current.append(character)
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                if ".!?".contains(character), next == " ", index + 2 < characters.count, characters[index + 2].isUppercase {
                    sentences.append(current.trimmingCharacters(in: .whitespaces))
                    current = ""
                }
            }
            if !current.trimmingCharacters(in: .whitespaces).isEmpty { sentences.append(current.trimmingCharacters(in: .whitespaces)) }
            return sentences.map { .paragraph(Paragraph([.text($0)], position: paragraph.position)) }
        }
    }

    private static func unique(_ people: [Participant]) -> [Participant] {
        var seen = Set<PersonID>()
        return people.filter { seen.insert($0.id).inserted }
    }
}

import Foundation
