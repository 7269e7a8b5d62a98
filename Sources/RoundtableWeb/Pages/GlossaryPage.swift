import Documents
import Foundation
import PlainLanguage

/// "Words and what they mean": search the glossary, browse it by field of work, read one entry,
/// and download a jargon buster of every word or of the words a file uses.
enum GlossaryPage {
    /// The most entries a search shows.
    static let shownResults = 50

    /// The search form, then the results of `query`, the entries of `field`, or the fields of work.
    static func page(_ glossary: Glossary, query: String, field: String?, token: String) -> Page {
        var page = Page(heading: "Words and what they mean")
        page.script = "glossary.js"
        var out = MarkupBuffer()
        out.element("p", "Look up jargon, acronyms and labels used in health, care, housing and justice services: what they mean, and plainer words to use.")
        out.open("form", attributes: ["method": "get", "action": "/glossary", "role": "search"])
        out.raw("<div class=\"field\">")
        out.element("label", "Search for a word", attributes: ["for": "q"])
        out.open("input", attributes: ["type": "search", "id": "q", "name": "q", "value": query, "autocomplete": "off"])
        out.raw("</div>")
        out.element("button", "Search", attributes: ["type": "submit"])
        out.raw("</form>\n")
        let fields = glossary.fieldsOfWork
        out.raw("<div id=\"results\" aria-live=\"polite\">")
        if !query.trimmingCharacters(in: .whitespaces).isEmpty {
            let found = glossary.search(query)
            out.element("h2", found.isEmpty ? "No words found for “\(query)”" : "Words found for “\(query)”")
            if found.isEmpty {
                out.element("p", "Try a shorter part of the word, or browse the fields of work below.")
            } else {
                if found.count > shownResults {
                    out.element("p", "Showing the first \(shownResults) of \(found.count). Type more of the word to find fewer.")
                }
                list(found.prefix(shownResults), into: &out)
            }
        } else if let field, let title = fields.first(where: { $0.id == field })?.title {
            out.element("h2", title)
            list(glossary.entries.filter { $0.domain == field }.sorted { $0.term.lowercased() < $1.term.lowercased() }, into: &out)
        }
        out.raw("</div>\n")
        out.element("h2", "Fields of work")
        out.raw("<ul class=\"fields\">")
        for (id, title) in fields {
            let count = glossary.entries.filter { $0.domain == id }.count
            out.raw("<li>")
            out.element("a", title, attributes: ["href": "/glossary?field=" + Self.encoded(id)])
            out.text(" (\(count) words)")
            out.raw("</li>")
        }
        out.raw("</ul>\n")
        jargonBuster(token: token, into: &out)
        page.content = out
        return page
    }

    /// One entry: what it means, what to say instead, and why it matters.
    static func entry(_ entry: GlossaryEntry, glossary: Glossary) -> Page {
        var page = Page(heading: entry.term)
        var out = MarkupBuffer()
        out.element("p", kindWords(entry.kind), attributes: ["class": "hint"])
        out.raw("<dl class=\"entry\">")
        func row(_ term: String, _ value: String) {
            out.element("dt", term)
            out.element("dd", value)
        }
        if !entry.expansions.isEmpty { row("Stands for", entry.expansions.joined(separator: " or ")) }
        row("What it means", entry.meaning)
        if !entry.alternatives.isEmpty { row("Plainer words", entry.alternatives.joined(separator: "; ")) }
        if let why = entry.why { row("Why it matters", why) }
        if !entry.variants.isEmpty { row("Also written", entry.variants.joined(separator: ", ")) }
        out.element("dt", "Field of work")
        out.raw("<dd>")
        let title = glossary.fieldsOfWork.first { $0.id == entry.domain }?.title ?? entry.domain
        out.element("a", title, attributes: ["href": "/glossary?field=" + Self.encoded(entry.domain)])
        out.raw("</dd></dl>\n<p>")
        out.element("a", "Look up another word", attributes: ["href": "/glossary"])
        out.raw("</p>\n")
        page.content = out
        return page
    }

    /// `text` safe in a path or a query: everything but letters, digits, `-`, `_`, `.` and `~` percent-encoded.
    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlUnreservedCharacters) ?? ""
    }

    /// "an acronym: letters that stand for words".
    private static func kindWords(_ kind: GlossaryEntry.Kind) -> String {
        switch kind {
        case .acronym: "An acronym: letters that stand for words. Write the words out the first time."
        case .jargon: "Jargon: words that people outside the service may not know."
        case .label: "A label that can hurt: words that blame or set people apart."
        }
    }

    private static func list(_ entries: some Sequence<GlossaryEntry>, into out: inout MarkupBuffer) {
        out.raw("<ul class=\"entries\">")
        for entry in entries {
            out.raw("<li>")
            out.element("a", entry.term, attributes: ["href": "/glossary/word/" + Self.encoded(entry.id)])
            out.text(": " + entry.meaning)
            out.raw("</li>")
        }
        out.raw("</ul>\n")
    }

    /// Downloads of every word, and a form for the words a file uses.
    private static func jargonBuster(token: String, into out: inout MarkupBuffer) {
        out.element("h2", "Download a jargon buster")
        out.element("p", "A jargon buster lists words with what they mean and plainer words, to hand out at a meeting.")
        Download.links("Every word", path: { "/glossary/jargon-buster/jargon-buster.\($0.rawValue)" }, into: &out)
        out.element("h3", "Only the words in your file")
        out.open("form", attributes: ["method": "post", "action": "/glossary/jargon-buster", "enctype": "multipart/form-data"])
        out.formToken(token)
        Fields.file("buster-file", "Choose a file", hint: "Word (.docx), LibreOffice (.odt, .fodt), web page (.html), Markdown (.md) or text (.txt).",
                    accept: CheckPage.accepted, problems: [:], into: &out)
        Fields.select("buster-format", "Download it as", options: Download.documentFormats.map { ($0.0.rawValue, "\($0.1) (.\($0.0.rawValue))") },
                      selected: nil, into: &out)
        out.element("button", "Download the jargon buster", attributes: ["type": "submit"])
        out.raw("</form>\n")
    }
}

extension CharacterSet {
    /// The characters RFC 3986 leaves unreserved: they never need percent-encoding.
    static let urlUnreservedCharacters = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
