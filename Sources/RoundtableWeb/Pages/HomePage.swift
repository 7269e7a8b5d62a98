import Documents

/// The first page: what Roundtable is and what a person can do here.
enum HomePage {
    /// Each task: its page, its name, and what it does.
    static let tasks = [
        ("/check", "Check wording", "find jargon, acronyms that are not explained and labels that can hurt, with plainer words to use."),
        ("/agenda", "Plan a session", "build a timed agenda, check it, and download it with a calendar invite."),
        ("/sessions", "Sessions and people", "add sessions, register people, mark who came, record consent to be named, track who speaks and publish what a session learned."),
        ("/glossary", "Words and what they mean", "look up a word, and download a jargon buster to hand out."),
    ]

    static func page() -> Page {
        var page = Page(heading: "Roundtable")
        page.content.element("p", "Roundtable helps you run sessions where people with lived experience and professionals plan and improve services together. Everything stays on this computer.")
        page.content.element("h2", "What would you like to do?")
        page.content.raw("<ul class=\"choices\">\n")
        for (path, name, words) in tasks {
            page.content.raw("<li>")
            page.content.element("a", name, attributes: ["href": path])
            page.content.element("span", ": " + words)
            page.content.raw("</li>\n")
        }
        page.content.raw("</ul>\n")
        return page
    }
}
