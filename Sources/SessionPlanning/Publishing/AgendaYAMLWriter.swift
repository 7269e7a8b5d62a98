import Documents
import PlainLanguage

/// Writes an agenda back as an agenda file, in the order the templates use, so that reading it
/// gives the same agenda. Every piece of text is written as a quoted YAML string, so no title,
/// name or note can be taken for YAML syntax; rules are written only where they differ from the
/// defaults.
public struct AgendaYAMLWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The agenda file for `agenda`.
    public func write(_ agenda: Agenda) -> String {
        var lines: [String] = []
        func line(_ indent: Int, _ key: String, _ value: String?) {
            guard let value else { return }
            lines.append(String(repeating: " ", count: indent) + key + ": " + value)
        }
        func text(_ value: String?) -> String? { value.map(YAMLText.quoted) }
        func list(_ values: [String]) -> String? {
            values.isEmpty ? nil : "[" + values.map(YAMLText.quoted).joined(separator: ", ") + "]"
        }
        line(0, "title", text(agenda.title))
        line(0, "theme", text(agenda.theme))
        line(0, "organisation", text(agenda.organisation))
        line(0, "date", agenda.date.iso)
        line(0, "start", text(agenda.start.description))
        line(0, "end", text(agenda.end.description))
        line(0, "time-zone", text(agenda.timeZone))
        if let place = agenda.place {
            lines.append("where:")
            line(2, "online", text(place.online))
            line(2, "link", text(place.link))
            line(2, "meeting-id", text(place.meetingID))
            line(2, "passcode", text(place.passcode))
            line(2, "room", text(place.room))
            line(2, "address", text(place.address))
            line(2, "directions", text(place.directions))
        }
        line(0, "organisers", list(agenda.organisers))
        line(0, "facilitators", list(agenda.facilitators))
        if let contact = agenda.contact {
            lines.append("contact:")
            line(2, "name", text(contact.name))
            line(2, "email", text(contact.email))
            line(2, "phone", text(contact.phone))
        }
        line(0, "papers-by", agenda.papersBy?.iso)
        line(0, "access", list(agenda.access.map(\.rawValue)))
        if let repetition = agenda.repetition {
            lines.append("repeat:")
            line(2, "every", "quarterly")
            switch repetition.ending {
            case .never: break
            case .count(let count): line(2, "count", String(count))
            case .until(let day): line(2, "until", day.iso)
            }
        }
        rules(agenda.rules, into: &lines)
        lines.append("")
        lines.append("items:")
        for item in agenda.items {
            line(2, "- title", text(item.title))
            line(4, "kind", item.kind.rawValue)
            line(4, "minutes", String(item.minutes))
            line(4, "starts-at", text(item.startsAt?.description))
            if !item.leads.isEmpty {
                lines.append("    leads:")
                for lead in item.leads {
                    line(6, "- name", text(lead.name))
                    line(8, "role", text(lead.role.label))
                }
            }
            line(4, "description", text(item.description))
            if !item.materials.isEmpty {
                lines.append("    materials:")
                lines += item.materials.map { "      - " + YAMLText.quoted($0) }
            }
            line(4, "accessibility", text(item.accessibility))
            line(4, "facilitator-notes", text(item.facilitatorNotes))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `rules:` section, with only the settings that differ from the defaults.
    private func rules(_ rules: AgendaRules, into lines: inout [String]) {
        let standard = AgendaRules()
        let settings: [(String, Int, Int)] = [
            ("break-every-minutes", rules.breakEveryMinutes, standard.breakEveryMinutes),
            ("break-minutes", rules.breakMinutes, standard.breakMinutes),
            ("voice-share-percent", rules.voiceSharePercent, standard.voiceSharePercent),
            ("papers-days-before", rules.papersDaysBefore, standard.papersDaysBefore),
            ("papers-early-days-before", rules.papersEarlyDaysBefore, standard.papersEarlyDaysBefore),
            ("slack-minutes", rules.slackMinutes, standard.slackMinutes),
            ("ground-rules-within-minutes", rules.groundRulesWithinMinutes, standard.groundRulesWithinMinutes),
        ]
        let changed = settings.filter { $0.1 != $0.2 }
        guard !changed.isEmpty || !rules.off.isEmpty else { return }
        lines.append("rules:")
        lines += changed.map { "  \($0.0): \($0.1)" }
        if !rules.off.isEmpty {
            lines.append("  off: [" + rules.off.map(\.rawValue).sorted().joined(separator: ", ") + "]")
        }
    }
}
