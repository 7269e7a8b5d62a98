import Documents
import Foundation

/// Builds the agenda as a `Document` for the shared writers: when and where, how to join, who
/// to contact, a table of times, then each item in full.
public struct AgendaDocument: Sendable {
    /// Who the version is for: only the facilitators' version has their notes, the timing
    /// summary and the access needs to plan for.
    public var audience: AgendaAudience

    /// Creates a builder for `audience`.
    public init(audience: AgendaAudience = .everyone) {
        self.audience = audience
    }

    private var forFacilitators: Bool { audience.isFacilitators }

    /// The document for `agenda`, whose times are `schedule`.
    public func build(_ agenda: Agenda, schedule: Schedule) -> Document {
        let times = AgendaTimes(agenda)
        var subtitle = agenda.theme.map { "Theme: \($0)" }
        if forFacilitators { subtitle = [subtitle, "Facilitator version: not for sending out"].compactMap { $0 }.joined(separator: " · ") }
        let metadata = Metadata(title: agenda.title, subtitle: subtitle, date: agenda.date, organisation: agenda.organisation,
                                authors: agenda.organisers, summary: "Agenda for \(agenda.date.weekdayName) \(agenda.date.long), \(agenda.start) to \(agenda.end).",
                                keywords: ["agenda"] + (agenda.theme.map { [$0] } ?? []))
        var blocks: [Block] = [.heading(Heading(level: 2, [.text("When and where")]))]
        var details: [[Inline]] = [labelled("When", [.text(times.when(agenda))])]
        if let repetition = agenda.repetition {
            details.append(labelled("Repeats", [.text(AgendaWords.repetition(repetition, from: agenda.date))]))
        }
        if let place = agenda.place {
            for line in AgendaWords.joining(place) {
                details.append(labelled(line.label, linked(line.value)))
            }
        }
        if !agenda.facilitators.isEmpty { details.append(labelled("Facilitators", [.text(agenda.facilitators.joined(separator: ", "))])) }
        if !agenda.organisers.isEmpty { details.append(labelled("Organisers", [.text(agenda.organisers.joined(separator: ", "))])) }
        if let contact = agenda.contact { details.append(labelled("Contact", contactInlines(contact))) }
        if let papersBy = agenda.papersBy {
            details.append(labelled("Papers", [.text("sent out by \(papersBy.weekdayName) \(papersBy.long)")]))
        }
        if !agenda.access.isEmpty {
            let ask = agenda.contact?.name.map { " Tell \($0) what else would help you take part." } ?? ""
            let arranged = ListInWords.joined(agenda.access.map(\.words))
            details.append(labelled("Access", [.text(arranged.prefix(1).uppercased() + arranged.dropFirst() + "." + ask)]))
        }
        blocks.append(.list(ListBlock(kind: .bullet, items: details.map { ListItem(blocks: [.paragraph(Paragraph($0))]) })))

        blocks.append(.heading(Heading(level: 2, [.text("Agenda")])))
        var rows: [[[Inline]]] = []
        for slot in schedule.slots {
            let item = agenda.items[slot.item]
            if slot.gapBefore > 0, let gapStart = ClockTime(minutes: slot.start.minutes - slot.gapBefore) {
                rows.append([[.text("\(gapStart)–\(slot.start)")], [.emphasis([.text("Spare time")])], []])
            }
            rows.append([[.text("\(slot.start)–\(slot.end)")], [.text(item.title)], [.text(AgendaWords.leads(item))]])
        }
        blocks.append(.table(Table(alignments: [.left, .left, .left],
                                   header: [[.text("Time")], [.text("Item")], [.text("Led by")]], rows: rows)))
        if forFacilitators { blocks.append(.paragraph(Paragraph([.text(schedule.summary)]))) }
        if case .facilitators(let plan?) = audience { blocks += accessBlocks(plan) }

        blocks.append(.heading(Heading(level: 2, [.text("The items")])))
        for slot in schedule.slots {
            blocks += itemBlocks(agenda.items[slot.item], slot: slot)
        }
        return Document(metadata: metadata, blocks: blocks)
    }

    private func itemBlocks(_ item: AgendaItem, slot: Schedule.Slot) -> [Block] {
        var blocks: [Block] = [.heading(Heading(level: 3, [.text("\(slot.start) \(item.title)")]))]
        var facts = "\(item.kind.label), \(item.minutes) minutes"
        if !item.leads.isEmpty { facts += ", led by " + AgendaWords.leads(item) }
        blocks.append(.paragraph(Paragraph([.emphasis([.text(facts + ".")])])))
        if let description = item.description { blocks += paragraphs(description) }
        if !item.materials.isEmpty {
            blocks.append(.paragraph(Paragraph([.strong([.text("Papers and materials:")])])))
            blocks.append(.list(ListBlock(kind: .bullet, items: item.materials.map { ListItem(blocks: [.paragraph(Paragraph(linked($0)))]) })))
        }
        if let accessibility = item.accessibility {
            blocks.append(.paragraph(Paragraph(labelled("Accessibility", [.text(accessibility)]))))
        }
        if forFacilitators, let notes = item.facilitatorNotes {
            blocks.append(.blockQuote(BlockQuote([.paragraph(Paragraph(labelled("Facilitator notes", [.text(notes)])))])))
        }
        return blocks
    }

    /// The access needs to plan for, by need, with who has each; for the facilitators only.
    private func accessBlocks(_ plan: AccessPlan) -> [Block] {
        var blocks: [Block] = [.heading(Heading(level: 2, [.text("Access needs to plan for")]))]
        guard !plan.needs.isEmpty else {
            blocks.append(.paragraph(Paragraph([.text("Nobody registered has told us of an access need. Ask again when you send the papers.")])))
            return blocks
        }
        blocks.append(.paragraph(Paragraph([.text("What the people registered told us would help them take part. Keep this to the people who run the session: do not send it out.")])))
        let rows: [[[Inline]]] = plan.needs.map { [[.text($0.need)], [.text($0.people.joined(separator: ", "))]] }
        blocks.append(.table(Table(alignments: [.left, .left], header: [[.text("Need")], [.text("Who")]], rows: rows)))
        return blocks
    }

    /// "Label: value", with the label in bold.
    private func labelled(_ label: String, _ value: [Inline]) -> [Inline] {
        [.strong([.text(label + ":")]), .text(" ")] + value
    }

    /// The text as a link when it is a web address.
    private func linked(_ text: String) -> [Inline] {
        let lower = text.lowercased()
        guard (lower.hasPrefix("https://") || lower.hasPrefix("http://")), !text.contains(" ") else { return [.text(text)] }
        return [.link(Link(destination: text, [.text(text)]))]
    }

    private func contactInlines(_ contact: Contact) -> [Inline] {
        var parts: [[Inline]] = []
        if let name = contact.name { parts.append([.text(name)]) }
        if let email = contact.email { parts.append([.link(Link(destination: "mailto:" + email, [.text(email)]))]) }
        if let phone = contact.phone { parts.append([.text(phone)]) }
        return parts.enumerated().flatMap { index, part in index == 0 ? part : [.text(", ")] + part }
    }

    /// One paragraph for each blank-line-separated part of `text`; single line breaks are kept.
    private func paragraphs(_ text: String) -> [Block] {
        text.components(separatedBy: "\n\n").compactMap { part in
            let lines = part.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !lines.isEmpty else { return nil }
            return .paragraph(Paragraph(lines.enumerated().flatMap { index, line in index == 0 ? [Inline.text(line)] : [.lineBreak, .text(line)] }))
        }
    }
}
