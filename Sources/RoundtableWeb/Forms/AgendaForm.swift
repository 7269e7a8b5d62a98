import Documents
import SessionPlanning

/// The agenda editor's form: the agenda file it started from (in a hidden field, so every detail
/// the form does not show is kept), the details and items as the person changed them, and the
/// button they pressed.
struct AgendaForm {
    /// What the person asked for with the button they pressed.
    enum Action: Equatable {
        /// Show the plan again with the changes.
        case update
        /// Add an item at the end.
        case add
        /// Take item `index` out.
        case remove(Int)
        /// Swap item `index` with the one before it.
        case up(Int)
        /// Swap item `index` with the one after it.
        case down(Int)
        /// Download the agenda in this format: `yaml`, or one the publisher writes.
        case download(String)

        /// `remove-2`, `download-ics`, as the buttons send them; `update` for anything else.
        init(_ text: String) {
            let parts = text.split(separator: "-", maxSplits: 1).map(String.init)
            let index = parts.count == 2 ? Int(parts[1]) : nil
            switch (parts.first ?? "", index) {
            case ("add", _): self = .add
            case ("remove", let index?): self = .remove(index)
            case ("up", let index?): self = .up(index)
            case ("down", let index?): self = .down(index)
            case ("download", _) where parts.count == 2: self = .download(parts[1])
            default: self = .update
            }
        }
    }

    /// The most items an agenda made on the page may have.
    static let maximumItems = 60

    /// The agenda with the person's changes, before the action.
    var agenda: Agenda
    /// Problems with what was typed, by the id of the field they are about.
    var problems: [String: String] = [:]
    /// Problems with the plan as a whole.
    var general: [String] = []
    /// The button pressed.
    var action: Action

    /// Reads the form: the agenda in its hidden field, then each detail and item typed over it.
    init(_ form: WebForm) throws {
        agenda = try AgendaReader.read(form["agenda"], file: "the agenda")
        action = Action(form["action"])
        apply(form)
    }

    /// An agenda file, fresh from a template or an upload.
    init(agenda: Agenda) {
        self.agenda = agenda
        action = .update
    }

    /// Carries out the action on the items; one that names an item that is not there does nothing.
    mutating func perform() {
        var items = agenda.items
        switch action {
        case .update, .download: return
        case .add:
            guard items.count < Self.maximumItems else {
                general.append("An agenda here can have at most \(Self.maximumItems) items, so no item was added.")
                return
            }
            items.append(AgendaItem(title: "New item", kind: .discussion, minutes: 10))
        case .remove(let index):
            guard items.indices.contains(index), items.count > 1 else { return }
            items.remove(at: index)
        case .up(let index):
            guard index > 0, items.indices.contains(index) else { return }
            items.swapAt(index, index - 1)
        case .down(let index):
            guard items.indices.contains(index), index + 1 < items.count else { return }
            items.swapAt(index, index + 1)
        }
        agenda.items = items
    }

    /// Puts what was typed into the agenda, noting each field that cannot be used as typed.
    private mutating func apply(_ form: WebForm) {
        let title = form["title"].trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty { problems["title"] = "Give the session a title." } else { agenda.title = title }
        if let date = CalendarDate(iso: form["date"].trimmingCharacters(in: .whitespaces)) {
            agenda.date = date
        } else {
            problems["date"] = "Write the date as year-month-day, for example 2027-01-13."
        }
        for (key, field) in [("start", \Agenda.start), ("end", \Agenda.end)] as [(String, WritableKeyPath<Agenda, ClockTime>)] {
            if let time = ClockTime(text: form[key].trimmingCharacters(in: .whitespaces)) {
                agenda[keyPath: field] = time
            } else {
                problems[key] = "Write the time on the 24-hour clock, for example 10:00."
            }
        }
        for index in agenda.items.indices {
            apply(form, item: index)
        }
    }

    /// Puts the fields of item `index` that the form sent into the agenda; a field not sent is
    /// left as it was.
    private mutating func apply(_ form: WebForm, item index: Int) {
        let field = { (name: String) in "item-\(index)-\(name)" }
        var item = agenda.items[index]
        if let text = form.fields[field("title")] {
            let title = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if title.isEmpty { problems[field("title")] = "Give this item a title." } else { item.title = title }
        }
        if let text = form.fields[field("minutes")] {
            if let minutes = Int(text.trimmingCharacters(in: .whitespaces)), (1...ClockTime.dayLength).contains(minutes) {
                item.minutes = minutes
            } else {
                problems[field("minutes")] = "Write how many minutes it takes, as a whole number, for example 15."
            }
        }
        if let text = form.fields[field("kind")], let kind = ItemKind(rawValue: text) { item.kind = kind }
        if let text = form.fields[field("leads")] {
            switch Self.leads(text) {
            case .success(let leads): item.leads = leads
            case .failure(let problem): problems[field("leads")] = problem.text
            }
        }
        if let text = form.fields[field("description")] { item.description = Self.optional(text) }
        if let text = form.fields[field("notes")] { item.facilitatorNotes = Self.optional(text) }
        agenda.items[index] = item
    }

    /// Text that was left empty is no text at all.
    private static func optional(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A problem with the people who lead an item, in words.
    struct LeadsProblem: Error {
        var text: String
    }

    /// "Sam Jones (expert by experience); Priya Patel (staff)": each person with their role, `;`
    /// or a new line between people.
    static func leads(_ text: String) -> Result<[Lead], LeadsProblem> {
        var leads: [Lead] = []
        for part in text.split(whereSeparator: { $0 == ";" || $0 == "\n" }) {
            let person = part.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !person.isEmpty else { continue }
            guard person.hasSuffix(")"), let open = person.lastIndex(of: "(") else {
                return .failure(LeadsProblem(text: "Write the role after “\(person)” in brackets, for example “\(person) (facilitator)”."))
            }
            let name = person[..<open].trimmingCharacters(in: .whitespaces)
            let roleText = person[person.index(after: open)..<person.index(before: person.endIndex)].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                return .failure(LeadsProblem(text: "Write the person's name before “(\(roleText))”."))
            }
            guard let role = LeadRole(rawValue: roleText.lowercased().replacingOccurrences(of: " ", with: "-")) else {
                return .failure(LeadsProblem(text: "“\(roleText)” is not a role Roundtable knows. Use facilitator, expert by experience, staff or guest."))
            }
            leads.append(Lead(name: name, role: role))
        }
        return .success(leads)
    }

    /// The leads as the form shows them.
    static func text(_ leads: [Lead]) -> String {
        leads.map { "\($0.name) (\($0.role.label))" }.joined(separator: "; ")
    }
}
