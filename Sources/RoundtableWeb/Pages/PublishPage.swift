import Documents
import PlainLanguage
import SpeakingTurns
import Workflows

/// "Publish": choose the notes (and the agenda) of a session, see the names that will be
/// replaced and the wording still to look at, then download the resource pack.
enum PublishPage {
    /// A built pack, kept for its downloads.
    struct Pack: Sendable {
        var document: Document
        var options: WriterOptions
        var fileName: String
    }

    /// The form: the notes, the agenda if there is one, and easy read.
    static func form(_ session: SessionDetails, token: String, problems: [String: String] = [:]) -> Page {
        var page = Page(heading: "Publish: \(session.title)", status: problems.isEmpty ? .ok : .unprocessableContent)
        var out = MarkupBuffer()
        Fields.summary(problems, into: &out)
        out.element("p", "Make the resource pack for this session: the notes, the words we used, the speaking balance and the agenda. Nobody is named in it who has not agreed to be. You see what will change before you download it.")
        out.open("form", attributes: ["method": "post", "action": "/sessions/\(session.id)/publish", "enctype": "multipart/form-data"])
        out.formToken(token)
        Fields.file("notes", "The session notes", hint: "Markdown (.md), text (.txt), Word (.docx), LibreOffice (.odt, .fodt) or a web page (.html).",
                    accept: CheckPage.accepted, problems: problems, into: &out)
        Fields.file("agenda", "The agenda (if you want it in the pack)", hint: "The agenda file (.yaml) the session ran to.",
                    accept: ".yaml,.yml", problems: problems, into: &out)
        out.raw("<div class=\"choice\">")
        out.open("input", attributes: ["type": "checkbox", "id": "easy-read", "name": "easy-read", "value": "yes"])
        out.element("label", "Easy read: larger type, wider spacing, and sentences over 15 words marked", attributes: ["for": "easy-read"])
        out.raw("</div>\n")
        out.element("button", "Check the pack", attributes: ["type": "submit"])
        out.raw("</form>\n<p>")
        out.element("a", "Back to the session", attributes: ["href": "/sessions/\(session.id)"])
        out.raw("</p>\n")
        page.content = out
        return page
    }

    /// What building the pack found and changed, and its downloads.
    static func review(_ session: SessionDetails, report: PackReport, downloads id: String) -> Page {
        var page = Page(heading: "The pack for \(session.title)")
        var out = MarkupBuffer()
        out.element("p", report.needsLooking
                    ? "Look at what is below before you share the pack."
                    : "Nothing needs looking at. The pack is ready to share.", attributes: ["class": "summary"])
        out.element("h2", "Names")
        if report.replacements.isEmpty {
            out.element("p", "Everyone named in the pack has agreed to be named.")
        } else {
            out.element("p", "These names are replaced, because no consent to be named is recorded:")
            out.raw("<ul>")
            for replacement in report.replacements {
                out.element("li", "\(replacement.name) → “\(replacement.replacement)” (\(replacement.count == 1 ? "once" : "\(replacement.count) times"))")
            }
            out.raw("</ul>\n")
        }
        if !report.namesToReview.isEmpty {
            out.element("h3", "Names to look at")
            out.raw("<ul>")
            for review in report.namesToReview { out.element("li", review.message) }
            out.raw("</ul>\n")
        }
        out.element("h2", "Acronyms")
        if report.expanded.isEmpty && report.ambiguous.isEmpty {
            out.element("p", "No acronyms needed writing out.")
        }
        out.raw("<ul>")
        for expansion in report.expanded {
            out.element("li", "Written out the first time: \(expansion.acronym) → “\(expansion.words) (\(expansion.acronym))”.")
        }
        for use in report.ambiguous {
            out.element("li", "Not written out, because it has more than one meaning: \(use.acronym) (\(use.meanings.joined(separator: " or "))). Say which you mean in the notes.")
        }
        out.raw("</ul>\n")
        out.element("h2", "Wording still to look at")
        let findings = report.remaining.filter { $0.severity >= .warning }
        if findings.isEmpty {
            out.element("p", "No jargon, labels or unexplained acronyms remain in the notes.")
        } else {
            out.raw("<ul class=\"findings\">")
            for finding in findings {
                out.raw("<li>")
                if let excerpt = finding.excerpt { out.element("strong", "“\(excerpt)”: ") }
                out.text(finding.message)
                if let suggestion = finding.suggestion { out.element("p", "Try instead: " + suggestion, attributes: ["class": "suggestion"]) }
                out.raw("</li>\n")
            }
            out.raw("</ul>\n")
        }
        out.element("p", "Words we used: \(report.wordsUsed.count) glossary words are explained in the pack.")
        out.element("h2", "Download the pack")
        Download.links("The pack", path: { "/publish/\(id)/pack.\($0.rawValue)" }, into: &out)
        out.raw("<p>")
        out.element("a", "Back to the session", attributes: ["href": "/sessions/\(session.id)"])
        out.raw("</p>\n")
        page.content = out
        return page
    }
}
