import Documents

/// The first page: what Roundtable is and what a person can do here.
enum HomePage {
    static func page() -> Page {
        var page = Page(heading: "Roundtable")
        page.content.element("p", "Roundtable helps you run sessions where people with lived experience and professionals plan and improve services together. Everything stays on this computer.")
        page.content.element("h2", "What would you like to do?")
        page.content.raw("<ul class=\"choices\">\n")
        page.content.raw("<li>")
        page.content.element("a", "Check wording", attributes: ["href": "/check"])
        page.content.element("span", ": find jargon, acronyms that are not explained and labels that can hurt, with plainer words to use.")
        page.content.raw("</li>\n<li>")
        page.content.element("a", "Plan a session", attributes: ["href": "/agenda"])
        page.content.element("span", ": build a timed agenda, check it, and download it with a calendar invite.")
        page.content.raw("</li>\n<li>")
        page.content.element("a", "Sessions and people", attributes: ["href": "/sessions"])
        page.content.element("span", ": add sessions, register people, mark who came, and record consent to be named.")
        page.content.raw("</li>\n<li>")
        page.content.element("a", "Words and what they mean", attributes: ["href": "/glossary"])
        page.content.element("span", ": look up a word, and download a jargon buster to hand out.")
        page.content.raw("</li>\n</ul>\n")
        return page
    }
}
