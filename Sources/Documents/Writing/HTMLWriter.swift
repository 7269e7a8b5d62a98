import Foundation
import RoundtableResources

/// Writes a document as one standalone, accessible HTML page that makes no requests elsewhere:
/// a language, a title, one `h1`, headings in order inside a `main` landmark, table headers with
/// `scope`, footnotes as linked endnotes, pictures with their text alternative, and a built-in
/// stylesheet with print styles. With `WriterOptions.contents`, a `nav` after the title block
/// links to each listed heading, which carries its anchor as its `id`. Every piece of text is
/// escaped, and the page is also well-formed XML (void elements are closed with `/>`), so XML
/// tools can check it.
public struct HTMLWriter: DocumentWriter, ByteWriter {
    /// The CSS placed in the page's `style` element.
    public var stylesheet: String?

    /// Creates a writer; without a stylesheet it uses Roundtable's bundled one.
    public init(stylesheet: String? = nil) {
        self.stylesheet = stylesheet
    }

    public var fileExtension: String { "html" }

    public func write(_ document: Document, options: WriterOptions) throws -> Data {
        Data(try collected(document, options: options))
    }

    /// Writes the page to a sink as it goes; only the stylesheet, read first, can be missing.
    package func writing(_ document: Document, options: WriterOptions) throws -> @Sendable (any ByteSink) -> Void {
        let css = try stylesheet ?? HTMLWriter.bundledStylesheet()
        return { sink in
            let prepared = PreparedDocument(document, options: options)
            var page = HTMLPage(out: MarkupBuffer(spillingTo: sink), footnotes: prepared.footnotes,
                                anchors: HeadingAnchors(prepared.contents))
            page.write(prepared, stylesheet: css, pageSize: options.pageSize)
            page.out.flush()
        }
    }

    /// The page's `lang`: the notes' language when it is a language tag (`en-GB`, `cy`, `pl`; an
    /// underscore is taken for a hyphen), else British English, Roundtable's default. A `lang` that
    /// names no language, such as "English", leaves screen readers to guess how to pronounce the page.
    static func pageLanguage(_ text: String) -> String {
        let subtags = text.trimmingCharacters(in: .whitespaces)
            .split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
        guard let primary = subtags.first, (2...3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLetter }),
              Locale.LanguageCode(String(primary)).isISOLanguage,
              subtags.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { return Metadata().language }
        return subtags.joined(separator: "-")
    }

    /// Reads Roundtable's bundled stylesheet.
    public static func bundledStylesheet() throws -> String {
        let url = BundledResources.url("style/roundtable.css")
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ReadError(file: url.path, problem: "Roundtable's built-in page style is missing.",
                            advice: "Reinstall Roundtable, or build it again with 'swift build'.")
        }
    }
}

/// The state of one HTML page being written.
private struct HTMLPage {
    var out: MarkupBuffer
    let footnotes: FootnoteIndex
    /// How many times each footnote has been referred to so far, for unique back-link targets.
    var referenceCounts: [Int: Int] = [:]
    /// Charts written so far, for unique ids.
    var chartCount = 0
    /// The `id` of each body heading the contents list links to.
    var anchors: HeadingAnchors

    init(out: MarkupBuffer, footnotes: FootnoteIndex, anchors: HeadingAnchors) {
        self.out = out
        self.footnotes = footnotes
        self.anchors = anchors
    }

    mutating func write(_ document: PreparedDocument, stylesheet: String, pageSize: WriterOptions.PageSize) {
        let metadata = document.metadata
        out.raw("<!DOCTYPE html>\n<html lang=\"")
        out.attribute(HTMLWriter.pageLanguage(metadata.language))
        out.raw("\">\n<head>\n<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>")
        out.text(document.title)
        out.raw("</title>\n")
        meta("description", metadata.summary)
        meta("author", metadata.authors.isEmpty ? nil : metadata.authors.joined(separator: ", "))
        meta("keywords", metadata.keywords.isEmpty ? nil : metadata.keywords.joined(separator: ", "))
        meta("generator", "Roundtable")
        out.raw("<style>\n")
        out.raw(stylesheet.replacingOccurrences(of: "</", with: "<\\/"))
        switch document.layout {
        case .standard: break
        case .easyRead:
            out.raw("/* Easy read: larger type, wider spacing, shorter lines. */\nhtml { font-size: 131%; }\nbody { line-height: 1.9; }\nmain { max-width: 36rem; }\np, li { margin-bottom: 1.1em; }\n")
        }
        switch pageSize {
        case .a4:
            // Left to the browser, which prints on A4 where A4 is the usual paper, so pages for A4
            // are as they were before the paper could be chosen.
            break
        case .letter:
            out.raw("@page { size: letter; }\n")
        }
        out.raw(HTMLHouseStyle.css(document.style))
        out.raw("</style>\n</head>\n<body>\n<main>\n")
        if let logo = document.style.logo {
            out.raw("<p class=\"logo\">")
            picture(Image(source: "", alternative: document.style.logoDescription, picture: logo), titled: false, box: HouseStyle.logoBox)
            out.raw("</p>\n")
        }
        out.raw("<h1>")
        out.text(document.title)
        out.raw("</h1>\n")
        for line in document.titleBlock.lines {
            switch line.kind {
            case .subtitle: out.raw("<p class=\"subtitle\">")
            case .details: out.raw("<p class=\"document-details\">")
            case .summary: out.raw("<p class=\"summary\">")
            }
            out.text(line.text)
            out.raw("</p>\n")
        }
        if let contents = document.contents { self.contents(contents) }
        blocks(document.blocks)
        endnotes()
        out.raw("</main>\n")
        if let line = document.style.footer {
            out.raw("<footer class=\"document-footer\"><p>")
            out.text(line)
            out.raw("</p></footer>\n")
        }
        out.raw("</body>\n</html>\n")
    }

    private mutating func meta(_ name: String, _ content: String?) {
        guard let content, !content.isEmpty else { return }
        out.raw("<meta name=\"\(name)\" content=\"")
        out.attribute(content)
        out.raw("\" />\n")
    }

    mutating func blocks(_ blocks: [Block]) {
        for block in blocks { self.block(block) }
    }

    mutating func block(_ block: Block) {
        switch block {
        case .paragraph(let paragraph):
            if let figure = paragraph.figure {
                out.raw("<figure>")
                picture(figure.image, titled: false)
                out.raw("<figcaption>")
                out.text(figure.caption)
                out.raw("</figcaption></figure>\n")
            } else {
                out.raw("<p>")
                inlines(paragraph.inlines)
                out.raw("</p>\n")
            }
        case .heading(let heading):
            // The notes at the end come after every body heading, so theirs get no anchor.
            if let anchor = anchors.nextHeading() {
                out.raw("<h\(heading.level) id=\"\(anchor)\">")
            } else {
                out.raw("<h\(heading.level)>")
            }
            inlines(heading.inlines)
            out.raw("</h\(heading.level)>\n")
        case .list(let list):
            self.list(list)
        case .blockQuote(let quote):
            out.raw("<blockquote>\n")
            blocks(quote.blocks)
            out.raw("</blockquote>\n")
        case .codeBlock(let code):
            out.raw("<pre><code")
            if let language = code.language {
                out.raw(" class=\"language-")
                out.attribute(language)
                out.raw("\"")
            }
            out.raw(">")
            out.text(code.text)
            out.raw("</code></pre>\n")
        case .table(let table):
            self.table(table)
        case .thematicBreak:
            out.raw("<hr />\n")
        case .pageBreak:
            // A web page has no pages.
            break
        case .barChart(let chart):
            barChart(chart)
        case .footnoteDefinition:
            // Written with the other notes at the end of the page.
            break
        }
    }

    /// The contents list: a `nav` named by its heading, with a link to each heading; the parts of a
    /// section (level 3) in a list inside its entry.
    private mutating func contents(_ contents: Contents) {
        out.raw("<nav class=\"contents\" aria-labelledby=\"contents-heading\">\n<h2 id=\"contents-heading\">")
        out.text(Contents.title)
        out.raw("</h2>\n<ol>\n")
        var sectionOpen = false
        var partsOpen = false
        for entry in contents.entries {
            if entry.level > Contents.levels.lowerBound && sectionOpen {
                if !partsOpen { out.raw("\n<ol>\n") }
                partsOpen = true
                out.raw("<li>")
                contentsLink(entry)
                out.raw("</li>\n")
            } else {
                if partsOpen { out.raw("</ol>\n") }
                if sectionOpen { out.raw("</li>\n") }
                partsOpen = false
                sectionOpen = true
                out.raw("<li>")
                contentsLink(entry)
            }
        }
        if partsOpen { out.raw("</ol>\n") }
        if sectionOpen { out.raw("</li>\n") }
        out.raw("</ol>\n</nav>\n")
    }

    private mutating func contentsLink(_ entry: Contents.Entry) {
        out.raw("<a href=\"#\(entry.anchor)\">")
        out.text(entry.text)
        out.raw("</a>")
    }

    private mutating func list(_ list: ListBlock) {
        let isTaskList = list.items.contains { $0.task != nil }
        switch list.kind {
        case .bullet:
            out.raw(isTaskList ? "<ul class=\"tasks\">\n" : "<ul>\n")
        case .ordered(let start):
            out.raw(start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n")
        }
        for item in list.items {
            out.raw("<li>")
            switch item.task {
            case .done?: out.raw("<span class=\"task-box\" aria-hidden=\"true\">☑</span><span class=\"visually-hidden\">Done: </span>")
            case .open?: out.raw("<span class=\"task-box\" aria-hidden=\"true\">☐</span><span class=\"visually-hidden\">To do: </span>")
            case nil: break
            }
            if list.isTight {
                // A tight list shows its paragraphs without paragraph spacing, as Markdown readers expect.
                for block in item.blocks {
                    if case .paragraph(let paragraph) = block {
                        inlines(paragraph.inlines)
                        out.raw("\n")
                    } else {
                        self.block(block)
                    }
                }
            } else {
                out.raw("\n")
                blocks(item.blocks)
            }
            out.raw("</li>\n")
        }
        switch list.kind {
        case .bullet: out.raw("</ul>\n")
        case .ordered: out.raw("</ol>\n")
        }
    }

    private mutating func table(_ table: Table) {
        out.raw("<table>\n<thead>\n<tr>")
        for (column, cell) in table.header.enumerated() {
            // An empty heading cell (often the corner of a grid) heads nothing: a header with no
            // words would be announced as a blank column name, so it is an ordinary cell.
            let blank = isBlank(cell)
            out.raw(blank ? "<td" : "<th scope=\"col\"")
            out.raw("\(alignment(table.alignments[column]))>")
            inlines(cell)
            out.raw(blank ? "</td>" : "</th>")
        }
        out.raw("</tr>\n</thead>\n")
        if !table.rows.isEmpty {
            out.raw("<tbody>\n")
            for row in table.rows {
                out.raw("<tr>")
                for (column, cell) in row.enumerated() {
                    out.raw("<td\(alignment(table.alignments[column]))>")
                    inlines(cell)
                    out.raw("</td>")
                }
                out.raw("</tr>\n")
            }
            out.raw("</tbody>\n")
        }
        out.raw("</table>\n")
    }

    /// Draws the chart as SVG inside a figure; the caption is its text alternative and every bar
    /// carries its label and value as text, so nothing is only a picture. The columns are as wide
    /// as their longest text, so no label runs into its bar and no value is cut off; the chart is
    /// drawn at its natural size (text as large as in the stylesheet) and shrinks only to fit.
    private mutating func barChart(_ chart: BarChart) {
        chartCount += 1
        let id = "chart-\(chartCount)"
        let rowHeight = 34
        let labelWidth = max(120, ([chart.labelHeading] + chart.bars.map(\.label)).map(Self.textWidth).max() ?? 0) + 16
        let barWidth = 300
        let valueWidth = (chart.bars.map(\.value).map(Self.textWidth).max() ?? 0) + 8
        let width = labelWidth + max(barWidth + valueWidth, Self.textWidth(chart.valueHeading))
        let height = rowHeight * chart.bars.count + 30
        out.raw("<figure class=\"chart\">\n<figcaption id=\"\(id)\">")
        out.text(chart.caption)
        out.raw("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"\(id) \(id)-desc\" ")
        out.raw("viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\">\n<desc id=\"\(id)-desc\">")
        out.text(chart.bars.map { "\($0.label): \($0.value)" }.joined(separator: "; "))
        out.raw("</desc>\n<text x=\"0\" y=\"16\" class=\"chart-heading\">")
        out.text(chart.labelHeading)
        out.raw("</text><text x=\"\(labelWidth)\" y=\"16\" class=\"chart-heading\">")
        out.text(chart.valueHeading)
        out.raw("</text>\n")
        for (index, bar) in chart.bars.enumerated() {
            let y = 30 + index * rowHeight
            let length = Int((bar.share * Double(barWidth)).rounded())
            out.raw("<text x=\"0\" y=\"\(y + 19)\">")
            out.text(bar.label)
            out.raw("</text><rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(barWidth)\" height=\"22\" class=\"chart-track\" />")
            out.raw("<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(length)\" height=\"22\" class=\"chart-bar\" />")
            out.raw("<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(y + 19)\">")
            out.text(bar.value)
            out.raw("</text>\n")
        }
        out.raw("</svg>\n</figure>\n")
    }

    /// A width, in the chart's units, that a line of chart text is sure to fit in: SVG text never
    /// wraps and cannot be measured here, so each character counts as 0.63 em of the 15 px chart
    /// font, wider than the average character of Verdana, Liberation Sans or Arial.
    private static func textWidth(_ text: String) -> Int {
        Int((Double(text.count) * 9.5).rounded(.up))
    }

    /// Whether a cell has no words for a screen reader to read (a note mark counts as words).
    private func isBlank(_ cell: [Inline]) -> Bool {
        let hasNote = cell.contains { if case .footnoteReference = $0 { true } else { false } }
        return !hasNote && cell.plainText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    private func alignment(_ alignment: Table.Alignment) -> String {
        switch alignment {
        case .none, .left: return ""
        case .center: return " class=\"align-center\""
        case .right: return " class=\"align-right\""
        }
    }

    mutating func inlines(_ inlines: [Inline]) {
        for inline in inlines { self.inline(inline) }
    }

    private mutating func inline(_ inline: Inline) {
        switch inline {
        case .text(let text):
            out.text(text)
        case .emphasis(let children):
            out.raw("<em>")
            inlines(children)
            out.raw("</em>")
        case .strong(let children):
            out.raw("<strong>")
            inlines(children)
            out.raw("</strong>")
        case .strikethrough(let children):
            out.raw("<del>")
            inlines(children)
            out.raw("</del>")
        case .code(let code):
            out.raw("<code>")
            out.text(code)
            out.raw("</code>")
        case .link(let link):
            guard LinkPolicy.isSafe(link.destination) else {
                inlines(link.inlines)
                return
            }
            out.raw("<a href=\"")
            out.attribute(link.destination)
            out.raw("\"")
            titleAttribute(link.title)
            out.raw(">")
            if link.inlines.plainText.trimmingCharacters(in: .whitespaces).isEmpty {
                // A link needs a name that screen readers can read out.
                out.text(link.destination)
            } else {
                inlines(link.inlines)
            }
            out.raw("</a>")
        case .image(let image):
            picture(image)
        case .lineBreak:
            out.raw("<br />\n")
        case .softBreak:
            out.raw("\n")
        case .footnoteReference(let label):
            guard let number = footnotes.number(for: label) else { return }
            let count = (referenceCounts[number] ?? 0) + 1
            referenceCounts[number] = count
            let id = count == 1 ? "fnref-\(number)" : "fnref-\(number)-\(count)"
            out.raw("<sup><a href=\"#fn-\(number)\" id=\"\(id)\" class=\"footnote-ref\">")
            out.raw("<span class=\"visually-hidden\">Note </span>\(number)</a></sup>")
        }
    }

    /// ` title="…"`, when there is a title.
    private mutating func titleAttribute(_ title: String?) {
        guard let title else { return }
        out.raw(" title=\"")
        out.attribute(title)
        out.raw("\"")
    }

    /// A picture put inside the document becomes an `img` with a `data:` address, so the page stays
    /// one file; a `data:` picture in the notes stays as it is; any other picture is never fetched:
    /// its text alternative stands in its place, linked to it when it is on the web.
    private mutating func picture(_ image: Image, titled: Bool = true, box: (width: Double, height: Double) = (.infinity, .infinity)) {
        if let picture = image.picture {
            out.raw("<img src=\"data:\(picture.format.mediaType);base64,")
            out.raw(picture.data.base64EncodedString())
            out.raw("\" alt=\"")
            out.attribute(image.alternative)
            // Its size in CSS pixels (96 to the inch) at its own resolution (within `box`, in
            // points); the style sheet shrinks it to fit the page.
            let size = picture.size(fittingWidth: box.width, height: box.height)
            out.raw("\" width=\"\(Int((size.width * 96 / 72).rounded()))\" height=\"\(Int((size.height * 96 / 72).rounded()))\"")
            if titled { titleAttribute(image.title) }
            out.raw(" />")
        } else if image.source.lowercased().hasPrefix("data:image/") {
            out.raw("<img src=\"")
            out.attribute(image.source)
            out.raw("\" alt=\"")
            out.attribute(image.alternative)
            out.raw("\"")
            titleAttribute(image.title)
            out.raw(" />")
        } else {
            let label = image.alternative.isEmpty ? "Picture" : "Picture: \(image.alternative)"
            if LinkPolicy.isSafe(image.source) && !LinkPolicy.isLocalPicture(image.source) {
                out.raw("<a class=\"picture\" href=\"")
                out.attribute(image.source)
                out.raw("\">")
                out.text("[\(label)]")
                out.raw("</a>")
            } else {
                out.raw("<span class=\"picture\">")
                out.text("[\(label)]")
                out.raw("</span>")
            }
        }
    }

    private mutating func endnotes() {
        guard !footnotes.notes.isEmpty else { return }
        out.raw("<section class=\"footnotes\" aria-labelledby=\"footnotes-heading\">\n<h2 id=\"footnotes-heading\">Notes</h2>\n<ol>\n")
        for note in footnotes.notes {
            out.raw("<li id=\"fn-\(note.number)\">\n")
            blocks(note.blocks)
            let references = referenceCounts[note.number] ?? 0
            if references > 0 {
                out.raw("<p>")
                for count in 1...references {
                    let id = count == 1 ? "fnref-\(note.number)" : "fnref-\(note.number)-\(count)"
                    let label = references == 1 ? "Back to the text of note \(note.number)"
                        : "Back to reference \(count) of note \(note.number)"
                    out.raw("<a href=\"#\(id)\" class=\"footnote-back\" aria-label=\"\(label)\">↩</a> ")
                }
                out.raw("</p>\n")
            }
            out.raw("</li>\n")
        }
        out.raw("</ol>\n</section>\n")
    }
}
