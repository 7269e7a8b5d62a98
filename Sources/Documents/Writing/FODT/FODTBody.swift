/// Writes `office:text`: the title block, the contents list when there is one, every block and
/// inline of the body, and a closing "Notes" section for footnotes that have no place in the text.
///
/// Output goes straight into one `MarkupBuffer`; nothing is built as a String first, because
/// long documents are written in one pass.
struct FODTBody {
    /// The markup written so far.
    var out: MarkupBuffer
    /// Whether the last thing written in the current paragraph was white space (or nothing), so
    /// that a following space must be written as `text:s` to survive ODF's white-space collapsing.
    var afterSpace = true
    /// Where the writer is: inside which lists, links and notes.
    var nesting = Nesting()
    /// The column widths of every table written, in hundredths of a millimetre, for the column styles.
    var tableColumnWidths: [[Int]] = []
    var tableCount: Int { tableColumnWidths.count }
    /// The size of body text (one em) in hundredths of a millimetre, which column widths are measured against.
    private(set) var em = 423
    /// The page the document is laid out on, which tables are as wide as the text of.
    let page: FODTPage
    private var listCount = 0
    /// How many pictures have been written, which names each frame.
    private var pictureCount = 0
    private let footnotes: FootnoteIndex
    /// Whether each footnote, by number minus one, has been written as a note yet.
    private var placed: [Bool]
    /// The anchor of each body heading the contents list links to, as a bookmark.
    private var anchors = HeadingAnchors(nil)

    /// The kind of text a block sits in, which decides the style of its paragraphs.
    enum Flow {
        case body
        case list(tight: Bool)
        case quote
        case note

        var paragraphStyle: String {
            switch self {
            case .body: return FODTStyleName.body
            case .list(let tight): return tight ? FODTStyleName.listParagraph : FODTStyleName.looseListParagraph
            case .quote: return FODTStyleName.quotation
            case .note: return FODTStyleName.footnote
            }
        }

        /// The flow inside a list within this one: quotations and notes keep their own style.
        func inList(tight: Bool) -> Flow {
            switch self {
            case .body, .list: return .list(tight: tight)
            case .quote, .note: return self
            }
        }

        /// The flow inside a block quote within this one: notes keep their own style.
        var inQuote: Flow {
            switch self {
            case .body, .list, .quote: return .quote
            case .note: return .note
            }
        }
    }

    /// The elements the writer is inside, saved and cleared while a footnote's body is written.
    struct Nesting {
        /// The lists open around the current block, outermost first.
        var lists: [OpenList] = []
        /// Whether the open lists carry `xml:id`s, because a table inside them splits them.
        var identifiesLists = false
        var inLink = false
        /// Inside a footnote's text, here or in the closing Notes section, where no note can start.
        var inNote = false
        /// Inside a `text:note-body`, where LibreOffice drops tables.
        var inNoteBody = false
    }

    /// A `text:list` being written.
    struct OpenList {
        /// Where the writer is in a list.
        enum State {
            /// Inside a `text:list-item`.
            case item
            /// Inside the `text:list-header` that continues an item after a table.
            case header
            /// Between items.
            case between
            /// Closed for a table; reopened as a continuation before anything else is written in it.
            case suspended
        }

        /// The `xml:id` of the part of the list written last, which a continuation names.
        var id: String?
        let style: String
        var state: State
    }

    init(footnotes: FootnoteIndex, page: FODTPage, out: MarkupBuffer) {
        self.footnotes = footnotes
        self.page = page
        self.placed = Array(repeating: false, count: footnotes.notes.count)
        self.out = out
    }

    /// Writes the whole of `office:text` for `document`.
    mutating func write(_ document: PreparedDocument) {
        out.raw("<office:body><office:text>")
        em = document.layout == .easyRead ? 494 : 423
        titleBlock(document)
        if let contents = document.contents {
            FODTContents.write(contents, to: &out)
            anchors = HeadingAnchors(contents)
        }
        blocks(document.blocks, flow: .body)
        closingNotes()
        out.raw("</office:text></office:body>")
    }

    /// The title, the subtitle, a line of date, organisation and authors, and the summary.
    private mutating func titleBlock(_ document: PreparedDocument) {
        if let logo = document.style.logo {
            out.raw("<text:p text:style-name=\"\(FODTStyleName.standard)\">")
            picture(Image(source: "", alternative: document.style.logoDescription, picture: logo), box: HouseStyle.logoBox)
            out.raw("</text:p>")
        }
        paragraph([.text(document.title)], style: FODTStyleName.title)
        for line in document.titleBlock.lines {
            switch line.kind {
            case .subtitle: paragraph([.text(line.text)], style: FODTStyleName.subtitle)
            case .details: paragraph([.text(line.text)], style: FODTStyleName.details)
            case .summary: paragraph([.text(line.text)], style: FODTStyleName.summary)
            }
        }
    }

    mutating func blocks(_ blocks: [Block], flow: Flow) {
        for block in blocks { self.block(block, flow: flow) }
    }

    private mutating func block(_ block: Block, flow: Flow) {
        switch block {
        case .table, .barChart, .footnoteDefinition: break
        case .paragraph, .heading, .list, .blockQuote, .codeBlock, .thematicBreak, .pageBreak: resumeLists(forNewItem: false)
        }
        switch block {
        case .paragraph(let paragraph):
            if let figure = paragraph.figure, case .body = flow {
                self.paragraph(paragraph.inlines, style: FODTStyleName.figure)
                self.paragraph([.text(figure.caption)], style: FODTStyleName.caption)
            } else {
                self.paragraph(paragraph.inlines, style: flow.paragraphStyle)
            }
        case .heading(let heading):
            if nesting.inNote {
                // A heading inside a footnote would join the document outline; keep it as bold text.
                paragraph([.strong(heading.inlines)], style: flow.paragraphStyle)
            } else {
                self.heading(heading.inlines, level: heading.level, bookmark: anchors.nextHeading())
            }
        case .list(let list):
            self.list(list, flow: flow)
        case .blockQuote(let quote):
            blocks(quote.blocks, flow: flow.inQuote)
        case .codeBlock(let code):
            out.raw("<text:p text:style-name=\"\(FODTStyleName.preformatted)\">")
            afterSpace = true
            text(code.text, lineBreaks: true)
            out.raw("</text:p>")
        case .table(let table):
            self.table(table, flow: flow)
        case .barChart(let chart):
            barChart(chart, flow: flow)
        case .thematicBreak:
            out.raw("<text:p text:style-name=\"\(FODTStyleName.horizontalLine)\"/>")
        case .pageBreak:
            out.raw("<text:p text:style-name=\"\(FODTStyleName.pageBreak)\"/>")
        case .footnoteDefinition:
            // Written where it is first referred to, or in the closing Notes section.
            break
        }
    }

    mutating func paragraph(_ inlines: [Inline], style: String) {
        out.raw("<text:p text:style-name=\"")
        out.raw(style)
        out.raw("\">")
        afterSpace = true
        self.inlines(inlines)
        out.raw("</text:p>")
    }

    /// A heading; `bookmark` names the bookmark around its text, which the contents list links to.
    private mutating func heading(_ inlines: [Inline], level: Int, bookmark: String? = nil) {
        let level = min(max(level, 1), 6)
        out.raw("<text:h text:style-name=\"")
        out.raw(FODTStyleName.headings[level])
        out.raw("\" text:outline-level=\"\(level)\">")
        if let bookmark { out.raw("<text:bookmark-start text:name=\"\(bookmark)\"/>") }
        afterSpace = true
        self.inlines(inlines)
        if let bookmark { out.raw("<text:bookmark-end text:name=\"\(bookmark)\"/>") }
        out.raw("</text:h>")
    }

    // MARK: Lists

    private mutating func list(_ list: ListBlock, flow: Flow) {
        let style: String
        let start: Int?
        switch list.kind {
        case .bullet:
            // A list of tasks shows only the tick boxes, not a bullet before each.
            let isTaskList = !list.items.isEmpty && list.items.allSatisfy { $0.task != nil }
            style = isTaskList ? FODTStyleName.taskList : FODTStyleName.bulletList
            start = nil
        case .ordered(let first):
            style = FODTStyleName.numberedList
            // A new text:list restarts at 1 by itself; an explicit start value would make
            // LibreOffice's Word export split the list.
            start = first == 1 ? nil : max(first, 0)
        }
        let isOutermost = nesting.lists.isEmpty
        if isOutermost {
            nesting.identifiesLists = Self.containsTable(list)
        }
        let id = nesting.identifiesLists ? nextListID() : nil
        openList(style: style, id: id, continuing: nil)
        nesting.lists.append(OpenList(id: id, style: style, state: .between))
        let itemFlow = flow.inList(tight: list.isTight)
        for (offset, item) in list.items.enumerated() {
            resumeLists(forNewItem: true)
            nesting.lists[nesting.lists.count - 1].state = .item
            if offset == 0, let start {
                out.raw("<text:list-item text:start-value=\"\(start)\">")
            } else {
                out.raw("<text:list-item>")
            }
            listItem(item, flow: itemFlow)
            closeItem()
        }
        if nesting.lists.last?.state != .suspended {
            out.raw("</text:list>")
        }
        nesting.lists.removeLast()
        if isOutermost {
            nesting.identifiesLists = false
        }
    }

    private mutating func listItem(_ item: ListItem, flow: Flow) {
        guard let task = item.task else {
            blocks(item.blocks, flow: flow)
            return
        }
        let box = task == .done ? "☑" : "☐"
        if case .paragraph(let first)? = item.blocks.first {
            paragraph([.text(box + " ")] + first.inlines, style: flow.paragraphStyle)
            blocks(Array(item.blocks.dropFirst()), flow: flow)
        } else {
            paragraph([.text(box)], style: flow.paragraphStyle)
            blocks(item.blocks, flow: flow)
        }
    }

    private mutating func openList(style: String, id: String?, continuing previous: String?) {
        out.raw("<text:list text:style-name=\"")
        out.raw(style)
        out.raw("\"")
        if let id {
            out.raw(" xml:id=\"\(id)\"")
        }
        if let previous {
            out.raw(" text:continue-list=\"\(previous)\"")
        }
        out.raw(">")
    }

    private mutating func closeItem() {
        guard let last = nesting.lists.indices.last else { return }
        switch nesting.lists[last].state {
        case .item: out.raw("</text:list-item>")
        case .header: out.raw("</text:list-header>")
        case .between, .suspended: return
        }
        nesting.lists[last].state = .between
    }

    private mutating func nextListID() -> String {
        listCount += 1
        return "list\(listCount)"
    }

    /// Closes every open list so that a table can follow; a list item may not hold a table in ODF.
    mutating func suspendLists() {
        for index in nesting.lists.indices.reversed() where nesting.lists[index].state != .suspended {
            switch nesting.lists[index].state {
            case .item: out.raw("</text:list-item>")
            case .header: out.raw("</text:list-header>")
            case .between, .suspended: break
            }
            out.raw("</text:list>")
            nesting.lists[index].state = .suspended
        }
    }

    /// Reopens lists a table closed, continuing their numbering. An interrupted item goes on in a
    /// `text:list-header`, which has no bullet or number of its own; the innermost list opens
    /// without one when a new item follows.
    private mutating func resumeLists(forNewItem: Bool) {
        for index in nesting.lists.indices where nesting.lists[index].state == .suspended {
            let id = nextListID()
            openList(style: nesting.lists[index].style, id: id, continuing: nesting.lists[index].id)
            nesting.lists[index].id = id
            if forNewItem && index == nesting.lists.count - 1 {
                nesting.lists[index].state = .between
            } else {
                out.raw("<text:list-header>")
                nesting.lists[index].state = .header
            }
        }
    }

    /// Whether a table sits anywhere inside the list, outside footnotes.
    private static func containsTable(_ list: ListBlock) -> Bool {
        func contains(_ blocks: [Block]) -> Bool {
            blocks.contains { block in
                switch block {
                case .table, .barChart: return true
                case .list(let list): return list.items.contains { contains($0.blocks) }
                case .blockQuote(let quote): return contains(quote.blocks)
                case .paragraph, .heading, .codeBlock, .thematicBreak, .pageBreak, .footnoteDefinition: return false
                }
            }
        }
        return list.items.contains { contains($0.blocks) }
    }

    // MARK: Inlines

    mutating func inlines(_ inlines: [Inline]) {
        for inline in inlines { self.inline(inline) }
    }

    private mutating func inline(_ inline: Inline) {
        switch inline {
        case .text(let text):
            self.text(text)
        case .emphasis(let children):
            span(FODTStyleName.emphasis, children)
        case .strong(let children):
            span(FODTStyleName.strong, children)
        case .strikethrough(let children):
            span(FODTStyleName.strikethrough, children)
        case .code(let code):
            out.raw("<text:span text:style-name=\"\(FODTStyleName.code)\">")
            text(code)
            out.raw("</text:span>")
        case .link(let link):
            self.link(link)
        case .image(let image):
            picture(image)
        case .lineBreak:
            out.raw("<text:line-break/>")
            afterSpace = true
        case .softBreak:
            space()
        case .footnoteReference(let label):
            footnoteReference(label)
        }
    }

    /// A picture put inside the document becomes a frame in line with the text, fitted to the
    /// text width, with its text alternative as the description screen readers and LibreOffice's
    /// "Alt text" read; any other picture is never fetched: its text alternative stands in its
    /// place, linked to it when it is on the web.
    private mutating func picture(_ image: Image, box: (width: Double, height: Double)? = nil) {
        let label = image.alternative.isEmpty ? "[Picture]" : "[Picture: \(image.alternative)]"
        guard let picture = image.picture else {
            if !nesting.inLink, LinkPolicy.isSafe(image.source), !LinkPolicy.isLocalPicture(image.source) {
                link(Link(destination: image.source, [.text(label)]))
            } else {
                text(label)
            }
            return
        }
        pictureCount += 1
        // Points to hundredths of a millimetre: 2540 to the inch, 72 points to the inch.
        let box = box ?? (Double(page.textWidth) * 72 / 2540, Double(page.textHeight) * 72 / 2540)
        let size = picture.size(fittingWidth: box.width, height: box.height)
        let width = Int((size.width * 2540 / 72).rounded()), height = Int((size.height * 2540 / 72).rounded())
        out.raw("<draw:frame draw:style-name=\"\(FODTStyleName.picture)\" draw:name=\"Picture \(pictureCount)\" ")
        out.raw("text:anchor-type=\"as-char\" svg:width=\"\(FODTLength.millimetres(width))\" svg:height=\"\(FODTLength.millimetres(height))\" ")
        out.raw("draw:z-index=\"0\"><draw:image draw:mime-type=\"\(picture.format.mediaType)\"><office:binary-data>")
        out.raw(picture.data.base64EncodedString())
        out.raw("</office:binary-data></draw:image>")
        if let title = image.title, !title.isEmpty {
            out.raw("<svg:title>")
            out.text(title)
            out.raw("</svg:title>")
        }
        out.raw("<svg:desc>")
        out.text(image.alternative)
        out.raw("</svg:desc></draw:frame>")
        afterSpace = false
    }

    private mutating func span(_ style: String, _ children: [Inline]) {
        out.raw("<text:span text:style-name=\"")
        out.raw(style)
        out.raw("\">")
        inlines(children)
        out.raw("</text:span>")
    }

    private mutating func link(_ link: Link) {
        let content = link.inlines.isEmpty ? [Inline.text(link.destination)] : link.inlines
        // ODF does not allow a link inside a link; the inner one keeps its text.
        guard !nesting.inLink, let href = FODTLink.href(link.destination) else {
            inlines(content)
            return
        }
        out.raw("<text:a xlink:type=\"simple\" xlink:href=\"")
        out.attribute(href)
        out.raw("\"")
        if let title = link.title, !title.isEmpty {
            out.raw(" office:title=\"")
            out.attribute(title)
            out.raw("\"")
        }
        out.raw(" text:style-name=\"\(FODTStyleName.link)\" text:visited-style-name=\"\(FODTStyleName.visitedLink)\">")
        nesting.inLink = true
        inlines(content)
        nesting.inLink = false
        out.raw("</text:a>")
    }

    // MARK: Footnotes

    /// A note at its first reference; a later reference, or one from inside another note (notes
    /// cannot nest), repeats the number as superscript text.
    private mutating func footnoteReference(_ label: String) {
        guard let number = footnotes.number(for: label), placed.indices.contains(number - 1) else { return }
        guard !nesting.inNote, !placed[number - 1] else {
            out.raw("<text:span text:style-name=\"\(FODTStyleName.footnoteAnchor)\">\(number)</text:span>")
            afterSpace = false
            return
        }
        placed[number - 1] = true
        out.raw("<text:note text:id=\"ftn\(number)\" text:note-class=\"footnote\">")
        out.raw("<text:note-citation>\(number)</text:note-citation><text:note-body>")
        let saved = nesting
        nesting = Nesting(inNote: true, inNoteBody: true)
        blocks(footnotes.notes[number - 1].blocks, flow: .note)
        nesting = saved
        out.raw("</text:note-body></text:note>")
        afterSpace = false
    }

    /// Footnotes never written as notes (nobody refers to them, or only other notes do) under a
    /// closing "Notes" heading, each opening with its number, so no text is lost.
    private mutating func closingNotes() {
        let remaining = footnotes.notes.filter { !placed[$0.number - 1] }
        guard !remaining.isEmpty else { return }
        heading([.text("Notes")], level: 2)
        nesting = Nesting(inNote: true)
        for note in remaining {
            if case .paragraph(let first)? = note.blocks.first {
                paragraph([.text("\(note.number). ")] + first.inlines, style: FODTStyleName.footnote)
                blocks(Array(note.blocks.dropFirst()), flow: .note)
            } else {
                paragraph([.text("\(note.number).")], style: FODTStyleName.footnote)
                blocks(note.blocks, flow: .note)
            }
        }
        nesting = Nesting()
    }
}
