import Documents
import Foundation
import PlainLanguage
import SessionPlanning
import Workflows

/// "Plan a session": start from a template or an agenda file, change the details and items in a
/// form, see the timed plan and what the checks found, and download the agenda.
enum AgendaPage {
    /// The formats the editor offers to download, with their names for people.
    static let downloads: [(String, String)] = [("yaml", "Agenda file (.yaml), to open here again later"),
                                                ("docx", "Word document (.docx)"), ("fodt", "LibreOffice document (.fodt)"),
                                                ("html", "Web page (.html)"), ("ics", "Calendar invite (.ics)")]

    /// The first page: choose a template, or open an agenda file.
    static func start(templates: [String], token: String, problem: String? = nil) -> Page {
        var page = Page(heading: "Plan a session", status: problem == nil ? .ok : .unprocessableContent)
        var out = MarkupBuffer()
        if let problem { Fields.summary([("agenda-file", problem)], into: &out) }
        out.element("p", "Build a timed plan for a session. Roundtable checks it against good practice for meetings with experts by experience, then you can download it to share.")
        out.element("h2", "Start from a template")
        out.open("form", attributes: ["method": "post", "action": "/agenda/start"])
        out.formToken(token)
        out.raw("<fieldset><legend>Templates</legend>\n")
        for (index, name) in templates.enumerated() {
            out.raw("<div class=\"choice\">")
            var attributes: KeyValuePairs<String, String> = ["type": "radio", "id": "template-\(index)", "name": "template", "value": name]
            if index == 0 { attributes = ["type": "radio", "id": "template-\(index)", "name": "template", "value": name, "checked": ""] }
            out.open("input", attributes: attributes)
            out.element("label", words(name), attributes: ["for": "template-\(index)"])
            out.raw("</div>\n")
        }
        out.raw("</fieldset>\n")
        out.element("button", "Start with this template", attributes: ["type": "submit"])
        out.raw("</form>\n")
        out.element("h2", "Or open an agenda file")
        out.open("form", attributes: ["method": "post", "action": "/agenda/open", "enctype": "multipart/form-data"])
        out.formToken(token)
        Fields.file("agenda-file", "Choose an agenda file (.yaml)", hint: "An agenda saved from this page or written by hand.",
                    accept: ".yaml,.yml", problems: problem.map { ["agenda-file": $0] } ?? [:], into: &out)
        out.element("button", "Open the agenda", attributes: ["type": "submit"])
        out.raw("</form>\n")
        page.content = out
        return page
    }

    /// The editor: the form, the timed plan and the findings. `check` is nil when the plan could
    /// not be timed; `problems` are by field id, `general` for the plan as a whole.
    static func editor(_ agenda: Agenda, check: AgendaCheck?, problems: [String: String], general: [String],
                       token: String) -> Page {
        var page = Page(heading: "Plan: \(agenda.title)", status: problems.isEmpty && general.isEmpty ? .ok : .unprocessableContent)
        var out = MarkupBuffer()
        let fieldProblems = problems.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        if !fieldProblems.isEmpty || !general.isEmpty {
            Fields.summary(fieldProblems + general.map { ("", $0) }, into: &out)
        }
        out.open("form", attributes: ["method": "post", "action": "/agenda/edit"])
        out.formToken(token)
        out.open("input", attributes: ["type": "hidden", "name": "agenda", "value": AgendaYAMLWriter().write(agenda)])
        out.raw("\n<fieldset><legend>The session</legend>\n")
        Fields.input("title", "Title", value: agenda.title, problems: problems, into: &out)
        Fields.input("date", "Date", value: agenda.date.iso, type: "date", problems: problems, into: &out)
        Fields.input("start", "Starts at", value: agenda.start.description, type: "time", problems: problems, into: &out)
        Fields.input("end", "Ends at", value: agenda.end.description, type: "time", problems: problems, into: &out)
        out.raw("</fieldset>\n")
        out.element("button", "Update the plan", attributes: ["type": "submit", "name": "action", "value": "update"])
        out.element("h2", "Items")
        for (index, item) in agenda.items.enumerated() {
            let slot = check?.schedule.slots.first { $0.item == index }
            self.item(item, index: index, count: agenda.items.count, slot: slot, problems: problems, into: &out)
        }
        out.raw("<div class=\"actions\">")
        out.element("button", "Add an item", attributes: ["type": "submit", "name": "action", "value": "add", "class": "secondary"])
        out.element("button", "Update the plan", attributes: ["type": "submit", "name": "action", "value": "update"])
        out.raw("</div>\n")
        if let check { plan(check, into: &out) }
        out.element("h2", "Download the agenda")
        if let check, !check.errors.isEmpty {
            out.element("p", "Fix the errors above before you download the documents and the invite. You can still save the agenda file.")
        }
        out.raw("<ul class=\"download-buttons\">")
        for (format, label) in downloads {
            out.raw("<li>")
            out.element("button", label, attributes: ["type": "submit", "name": "action", "value": "download-" + format, "class": "secondary"])
            out.raw("</li>")
        }
        out.raw("</ul>\n</form>\n")
        page.content = out
        return page
    }

    /// One item's fieldset, with its time and the buttons that move or remove it.
    private static func item(_ item: AgendaItem, index: Int, count: Int, slot: Schedule.Slot?, problems: [String: String],
                             into out: inout MarkupBuffer) {
        let id = { (name: String) in "item-\(index)-\(name)" }
        out.open("fieldset", attributes: ["class": "item", "id": id("fields")])
        var legend = "Item \(index + 1): \(item.title)"
        if let slot { legend += ", \(slot.start) to \(slot.end)" }
        out.element("legend", legend)
        Fields.input(id("title"), "Title", value: item.title, problems: problems, into: &out)
        Fields.input(id("minutes"), "Minutes", value: String(item.minutes), type: "number", problems: problems, into: &out)
        Fields.select(id("kind"), "Kind of item", options: ItemKind.allCases.map { ($0.rawValue, $0.label) }, selected: item.kind.rawValue,
                      into: &out)
        Fields.input(id("leads"), "Who leads it", value: AgendaForm.text(item.leads),
              hint: "Each person with their role in brackets, with ; between people. For example: Sam Jones (expert by experience); Priya Patel (staff). Roles: facilitator, expert by experience, staff, guest.",
              problems: problems, into: &out)
        Fields.area(id("description"), "What happens", value: item.description ?? "", into: &out)
        Fields.area(id("notes"), "Notes for the facilitators (not in the version you send out)", value: item.facilitatorNotes ?? "", into: &out)
        out.raw("<div class=\"item-buttons\">")
        let name = "item \(index + 1), \(item.title)"
        if index > 0 {
            out.element("button", "Move up", attributes: ["type": "submit", "name": "action", "value": "up-\(index)", "class": "secondary",
                                                          "aria-label": "Move \(name) up"])
        }
        if index + 1 < count {
            out.element("button", "Move down", attributes: ["type": "submit", "name": "action", "value": "down-\(index)", "class": "secondary",
                                                            "aria-label": "Move \(name) down"])
        }
        if count > 1 {
            out.element("button", "Remove", attributes: ["type": "submit", "name": "action", "value": "remove-\(index)", "class": "secondary",
                                                         "aria-label": "Remove \(name)"])
        }
        out.raw("</div></fieldset>\n")
    }

    /// The timed plan as a table, the summary of the timing, and what the checks found.
    private static func plan(_ check: AgendaCheck, into out: inout MarkupBuffer) {
        out.element("h2", "The timed plan")
        out.element("p", check.schedule.summary, attributes: ["id": "plan-summary"])
        out.raw("<table class=\"plan\"><thead><tr><th scope=\"col\">Starts</th><th scope=\"col\">Ends</th><th scope=\"col\">Item</th><th scope=\"col\">Minutes</th></tr></thead><tbody>\n")
        for slot in check.schedule.slots {
            let item = check.agenda.items[slot.item]
            out.raw("<tr>")
            out.element("td", slot.start.description)
            out.element("td", slot.end.description)
            out.element("td", item.title)
            out.element("td", String(item.minutes))
            out.raw("</tr>\n")
        }
        out.raw("</tbody></table>\n")
        out.element("h2", "What to look at")
        if check.findings.isEmpty {
            out.element("p", "The checks found nothing to change.")
            return
        }
        out.element("p", "The checks found " + FindingCounts.bySeverity(check.findings) + ".")
        out.raw("<ul class=\"findings\">")
        for finding in check.findings {
            out.raw("<li>")
            out.element("strong", finding.severity.word.prefix(1).uppercased() + finding.severity.word.dropFirst() + ": ")
            out.text(finding.message)
            if let suggestion = finding.suggestion {
                out.element("p", "What to do: " + suggestion, attributes: ["class": "suggestion"])
            }
            out.raw("</li>\n")
        }
        out.raw("</ul>\n")
    }

    /// `community-of-practice` → "Community of practice".
    static func words(_ name: String) -> String {
        let text = name.replacingOccurrences(of: "-", with: " ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
