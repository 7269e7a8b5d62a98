import Documents
import PlainLanguage

/// "Check wording": paste text or choose a file, then see the findings marked in the text itself,
/// with what the words mean and what to write instead.
enum CheckPage {
    /// The file types the form offers, the same the readers take.
    static let accepted = ".md,.markdown,.txt,.html,.htm,.docx,.odt,.fodt"

    /// The form, empty or with `problem` shown by the text box it is about.
    static func form(token: String, text: String = "", problem: String? = nil) -> Page {
        var page = Page(heading: "Check wording", status: problem == nil ? .ok : .unprocessableContent)
        var out = MarkupBuffer()
        if let problem { Fields.summary([("text", problem)], into: &out) }
        out.element("p", "Roundtable looks for jargon, acronyms that are not explained, labels that can hurt and long sentences. It shows plainer words to use, and the reading age. Your text stays on this computer.")
        out.open("form", attributes: ["method": "post", "action": "/check", "enctype": "multipart/form-data"])
        out.formToken(token)
        let problems = problem.map { ["text": $0] } ?? [:]
        Fields.area("text", "Paste your text here", value: text, rows: 12, hint: "You can use Markdown: # for a heading, - for a list.",
                    problems: problems, into: &out)
        Fields.file("file", "Or choose a file", hint: "Word (.docx), LibreOffice (.odt, .fodt), web page (.html), Markdown (.md) or text (.txt).",
                    accept: accepted, problems: [:], into: &out)
        out.element("button", "Check the wording", attributes: ["type": "submit"])
        out.raw("</form>\n")
        page.content = out
        return page
    }

    /// The findings of `report` marked in `prose`, the summary, and links to download the report.
    static func results(_ report: CheckReport, prose: ProseView, downloads id: String) -> Page {
        var page = Page(heading: "What we found in \(report.file)")
        var out = MarkupBuffer()
        summary(report, into: &out)
        let numbers = Dictionary(uniqueKeysWithValues: report.diagnostics.enumerated().map { ($0.offset, $0.offset + 1) })
        var marked = Set<Int>()
        if report.diagnostics.isEmpty {
            out.element("h2", "Your text")
        } else {
            out.element("h2", "Your text, with the findings marked")
            out.element("p", "Each marked word has a number. Follow the number to read about it.", attributes: ["class": "hint"])
        }
        out.raw("<div class=\"checked-text\">\n")
        for block in prose.blocks {
            let inBlock = report.diagnostics.indices.filter { report.diagnostics[$0].location.paragraph == block.paragraph }
            marked.formUnion(self.block(block, findings: inBlock.map { ($0, report.diagnostics[$0]) }, numbers: numbers, into: &out))
        }
        out.raw("</div>\n")
        if !report.diagnostics.isEmpty {
            out.element("h2", "The findings")
            out.raw("<ol class=\"findings\">\n")
            for (index, finding) in report.diagnostics.enumerated() {
                self.finding(finding, number: index + 1, isMarked: marked.contains(index), into: &out)
            }
            out.raw("</ol>\n")
        }
        out.element("h2", "Download the report")
        out.element("p", "The report lists every finding with what to write instead, to share or keep.")
        Download.links("Report", path: { "/check/\(id)/report.\($0.rawValue)" }, into: &out)
        out.open("p")
        out.element("a", "Check another text", attributes: ["href": "/check"])
        out.raw("</p>\n")
        page.content = out
        return page
    }

    /// The counts, the reading age and the glossaries used.
    private static func summary(_ report: CheckReport, into out: inout MarkupBuffer) {
        out.raw("<div class=\"summary\">")
        let count = report.diagnostics.count
        out.element("p", count == 0
                    ? "Roundtable found nothing to change."
                    : "Roundtable found \(count) thing\(count == 1 ? "" : "s") to look at: \(FindingCounts.byRule(report.diagnostics)).")
        if let readability = report.readability {
            out.element("p", ReadingAgeWords.sentence(readability))
        }
        let glossaries = (["Roundtable's own"] + report.glossaryFiles)
        out.element("p", "Glossaries used: " + glossaries.joined(separator: ", ") + ".")
        out.raw("</div>\n")
    }

    /// One block of the text with its findings marked; returns the findings it could mark.
    private static func block(_ block: ProseBlock, findings: [(index: Int, finding: Diagnostic)], numbers: [Int: Int],
                              into out: inout MarkupBuffer) -> Set<Int> {
        let characters = Array(block.text)
        let (open, close) = tags(for: block.kind)
        out.raw(open)
        var cursor = 0
        var marked = Set<Int>()
        let ordered = findings.sorted { ($0.finding.location.offset ?? 0, $0.index) < ($1.finding.location.offset ?? 0, $1.index) }
        for (index, finding) in ordered {
            guard let offset = finding.location.offset, let excerpt = finding.excerpt, offset >= cursor else { continue }
            let end = offset + excerpt.count
            guard end <= characters.count, String(characters[offset..<end]) == excerpt, let number = numbers[index] else { continue }
            out.text(String(characters[cursor..<offset]))
            out.element("mark", excerpt)
            out.raw("<sup class=\"finding-ref\">")
            out.element("a", "\(number)", attributes: ["id": "word-\(number)", "href": "#finding-\(number)",
                                                        "aria-label": "Finding \(number)"])
            out.raw("</sup>")
            cursor = end
            marked.insert(index)
        }
        out.text(String(characters[cursor...]))
        out.raw(close + "\n")
        return marked
    }

    /// How a block of the user's text is shown: their headings as bold lines, so the page keeps
    /// its own outline.
    private static func tags(for kind: ProseBlock.Kind) -> (String, String) {
        switch kind {
        case .title, .heading: ("<p class=\"text-heading\">", "</p>")
        case .paragraph: ("<p>", "</p>")
        case .listItem: ("<p class=\"text-list-item\">", "</p>")
        case .tableCell: ("<p class=\"text-cell\">", "</p>")
        case .quote: ("<blockquote><p>", "</p></blockquote>")
        }
    }

    /// One finding in the list: the words, how serious, where, what it means and what to write.
    private static func finding(_ finding: Diagnostic, number: Int, isMarked: Bool, into out: inout MarkupBuffer) {
        out.open("li", attributes: ["id": "finding-\(number)"])
        out.open("p", attributes: ["class": "finding-words"])
        if let excerpt = finding.excerpt {
            out.element("strong", "“\(excerpt)”")
            out.text(" · ")
        }
        out.text(finding.severity.word.prefix(1).uppercased() + finding.severity.word.dropFirst())
        if let position = finding.location.position {
            out.text(" · line \(position.line), column \(position.column)")
        } else if let paragraph = finding.location.paragraph {
            out.text(" · paragraph \(paragraph)")
        }
        out.raw("</p>")
        out.element("p", finding.message)
        if let suggestion = finding.suggestion {
            out.element("p", "Try instead: " + suggestion, attributes: ["class": "suggestion"])
        }
        if isMarked {
            out.open("p")
            out.element("a", "Back to the words in the text", attributes: ["href": "#word-\(number)"])
            out.raw("</p>")
        }
        out.raw("</li>\n")
    }
}
