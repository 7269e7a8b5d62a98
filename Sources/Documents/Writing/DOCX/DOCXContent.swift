/// The XML and hyperlinks of one part that holds text: document.xml or footnotes.xml.
struct DOCXPart {
    var xml: MarkupBuffer
    var links: DOCXHyperlinks
    /// The pictures shown in the part, each a relationship to its file under `word/media/`.
    var pictures = DOCXHyperlinks(firstNumber: 1, prefix: "rIdPicture")
    /// Whether the last thing written at the top level of the part or a note is a table; Word
    /// merges adjacent tables and wants a paragraph after a final one.
    var endsWithTable = false
}

/// Where a block sits, which decides its paragraph style and indentation.
struct DOCXBlockContext {
    var inNote = false
    var quoteDepth = 0
    var listDepth = 0
    /// Whether the innermost container is a list item rather than a quote.
    var inListItem = false
    /// Whether the innermost list is tight (no space between its items).
    var tightList = true

    /// The left indent that nesting in quotes and lists gives, in twentieths of a point.
    var indent: Int { DOCXStyles.indent * (quoteDepth + listDepth) }
}

/// Writes the title block, the body and the footnotes of a prepared document as WordprocessingML.
///
/// Text is gathered run by run: neighbouring text with the same formatting shares one `w:r`, and
/// the text of one `w:t` is gathered in `segment` so the writer can tell whether it starts or
/// ends with a space (and so needs `xml:space="preserve"`) before writing the element.
struct DOCXContentWriter {
    /// Something written at the very start of a paragraph, before its text.
    enum Lead {
        /// The automatic footnote number at the start of a footnote's text.
        case footnoteMark
        case text(String)
    }

    /// The part receiving output: document.xml, or footnotes.xml while a footnote is written.
    var current: DOCXPart
    /// The other part, parked while `current` is written.
    private var parked: DOCXPart
    private(set) var numbering = DOCXNumbering()
    /// The picture files shown anywhere in the document.
    private(set) var media = DOCXMedia()
    /// How many pictures have been shown, which numbers each drawing.
    private var drawings = 0
    /// The left indent of the open paragraph in twentieths of a point, which narrows the room for a picture.
    private var paragraphIndent = 0
    private let plan: DOCXFootnotePlan
    /// The page the document is laid out on, which tables are as wide as.
    let page: DOCXPage
    /// The organisation's look: its logo above the title, its accent colour in chart bars.
    let style: HouseStyle
    /// The format of the open `w:r`, or nil when no run is open.
    private var openFormat: DOCXRunFormat?
    private var segment = MarkupBuffer()
    /// Whether output goes to a footnote, where references cannot make further footnotes.
    private var writingNote = false
    private var writtenFootnotes = Set<String>()
    /// The size of body text (one em) in twentieths of a point, which column widths are measured against.
    private(set) var em = 240
    /// The anchor of each body heading the contents list links to, as a bookmark.
    private var anchors = HeadingAnchors(nil)
    /// How many bookmarks have been written, which numbers each.
    private var bookmarks = 0

    /// Prepares to write a document whose body is `blocks`, with notes from `footnotes`, on `page`,
    /// in the house style `style`, with document.xml going to `document`.
    init(blocks: [Block], footnotes: FootnoteIndex, page: DOCXPage, style: HouseStyle, document: MarkupBuffer) {
        plan = DOCXFootnotePlan(blocks: blocks, index: footnotes)
        self.page = page
        self.style = style
        var document = document
        document.raw(DOCXPackage.xmlDeclaration)
        document.raw("<w:document xmlns:w=\"\(DOCXPackage.wordNamespace)\" xmlns:r=\"\(DOCXPackage.relationshipsNamespace)\"")
        document.raw(" xmlns:wp=\"\(DOCXDrawing.drawingNamespace)\"><w:body>")
        current = DOCXPart(xml: document, links: DOCXHyperlinks(firstNumber: DOCXPackage.documentRelationships.count + 1))
        var notes = MarkupBuffer(capacity: 4096)
        notes.raw(DOCXPackage.xmlDeclaration)
        notes.raw("<w:footnotes xmlns:w=\"\(DOCXPackage.wordNamespace)\" xmlns:r=\"\(DOCXPackage.relationshipsNamespace)\"")
        notes.raw(" xmlns:wp=\"\(DOCXDrawing.drawingNamespace)\">")
        let separatorSpacing = "<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
        notes.raw("<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p>\(separatorSpacing)<w:r><w:separator/></w:r></w:p></w:footnote>")
        notes.raw("<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p>\(separatorSpacing)")
        notes.raw("<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>")
        parked = DOCXPart(xml: notes, links: DOCXHyperlinks(firstNumber: 1))
    }

    /// Writes the title block, the contents list when there is one, the body, and a "Notes"
    /// section for notes that cannot be footnotes.
    mutating func writeDocument(_ prepared: PreparedDocument) {
        if let logo = style.logo { writeLogo(logo) }
        writeParagraph([.text(prepared.title)], DOCXParagraphProperties(style: "Title"))
        em = prepared.layout == .easyRead ? 280 : 240
        for line in prepared.titleBlock.lines {
            switch line.kind {
            case .subtitle: writeParagraph([.text(line.text)], DOCXParagraphProperties(style: "Subtitle"))
            case .details: writeParagraph([.text(line.text)], DOCXParagraphProperties(style: "Byline"))
            case .summary: writeParagraph([.text(line.text)], DOCXParagraphProperties(style: "Summary"))
            }
        }
        if let contents = prepared.contents {
            DOCXContents.write(contents, to: &current.xml)
            anchors = HeadingAnchors(contents)
        }
        let body = DOCXBlockContext()
        writeBlocks(prepared.blocks[...], body)
        if !plan.sectionNotes.isEmpty {
            writeParagraph([.text("Notes")], DOCXParagraphProperties(style: DOCXStyles.heading(2)))
            for (number, note) in plan.sectionNotes {
                writeLed(note.blocks, lead: .text("\(number). "), list: nil, body)
            }
        }
    }

    /// Closes both parts and returns them: document.xml with its page size and margins, and footnotes.xml.
    mutating func finish() -> (document: DOCXPart, footnotes: DOCXPart) {
        closeContainer()
        current.xml.raw(page.sectionProperties)
        current.xml.raw("</w:body></w:document>")
        current.xml.flush()
        parked.xml.raw("</w:footnotes>")
        return (current, parked)
    }

    // MARK: Blocks

    /// Writes blocks in order; footnote definitions are skipped, as they appear where they are referred to.
    private mutating func writeBlocks(_ blocks: ArraySlice<Block>, _ context: DOCXBlockContext) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                if let figure = paragraph.figure {
                    var picture = properties(context)
                    picture.keepWithNext = true
                    writeParagraph(paragraph.inlines, picture)
                    writeParagraph([.text(figure.caption)], DOCXParagraphProperties(style: "Caption"))
                } else {
                    writeParagraph(paragraph.inlines, properties(context))
                }
            case .heading(let heading):
                if context.inNote {
                    // A heading inside a footnote stays out of the document outline.
                    writeParagraph(heading.inlines, properties(context), format: .bold)
                } else {
                    writeHeading(heading)
                }
            case .list(let list):
                writeList(list, context)
            case .blockQuote(let quote):
                var inner = context
                inner.quoteDepth += 1
                inner.inListItem = false
                writeBlocks(quote.blocks[...], inner)
            case .codeBlock(let code):
                var properties = DOCXParagraphProperties(style: "SourceCode")
                if context.indent > 0 { properties.indentLeft = context.indent }
                startParagraph(properties)
                appendText(code.text, format: .verbatim)
                endParagraph()
            case .table(let table):
                writeTable(table, context)
            case .barChart(let chart):
                writeBarChart(chart, context)
            case .thematicBreak:
                var properties = DOCXParagraphProperties()
                properties.bottomBorder = true
                writeParagraph([], properties)
            case .pageBreak:
                startParagraph(DOCXParagraphProperties())
                current.xml.raw("<w:r><w:br w:type=\"page\"/></w:r>")
                endParagraph()
            case .footnoteDefinition:
                // Written where it is referred to, or in the closing "Notes" section.
                break
            }
        }
    }

    /// A heading in the body, inside the bookmark the contents list links to when it is listed.
    /// The closing "Notes" section comes after every body heading, so its headings get no bookmark.
    private mutating func writeHeading(_ heading: Heading) {
        startParagraph(DOCXParagraphProperties(style: DOCXStyles.heading(heading.level)))
        let anchor = anchors.nextHeading()
        if let anchor {
            bookmarks += 1
            current.xml.raw("<w:bookmarkStart w:id=\"\(bookmarks)\" w:name=\"\(DOCXContents.bookmarkName(anchor))\"/>")
        }
        writeInlines(heading.inlines, format: [])
        if anchor != nil {
            closeRun()
            current.xml.raw("<w:bookmarkEnd w:id=\"\(bookmarks)\"/>")
        }
        endParagraph()
    }

    /// The properties of a plain paragraph in `context`.
    private func properties(_ context: DOCXBlockContext) -> DOCXParagraphProperties {
        var properties = DOCXParagraphProperties()
        if context.inListItem {
            properties.style = "ListParagraph"
            properties.indentLeft = context.indent
            if !context.tightList { properties.contextualSpacing = false }
        } else if context.quoteDepth > 0 {
            properties.style = "Quote"
            if context.indent != DOCXStyles.indent { properties.indentLeft = context.indent }
        } else if context.inNote {
            properties.style = "FootnoteText"
        }
        return properties
    }

    private mutating func writeList(_ list: ListBlock, _ context: DOCXBlockContext) {
        // A bulleted list of tasks shows only the tick boxes, not a bullet before each.
        let isTaskList = list.kind == .bullet && !list.items.isEmpty && list.items.allSatisfy { $0.task != nil }
        let reference = numbering.add(list.kind, level: context.listDepth, tasks: isTaskList)
        var inner = context
        inner.listDepth += 1
        inner.inListItem = true
        inner.tightList = list.isTight
        for item in list.items {
            let lead: Lead?
            switch item.task {
            case .open: lead = .text("\u{2610} ")
            case .done: lead = .text("\u{2611} ")
            case nil: lead = nil
            }
            writeLed(item.blocks, lead: lead, list: reference, inner)
        }
    }

    /// Writes blocks whose first paragraph carries a list number, a footnote mark or a note number;
    /// when they do not start with a paragraph, the mark gets a paragraph of its own.
    private mutating func writeLed(_ blocks: [Block], lead: Lead?, list: DOCXListReference?, _ context: DOCXBlockContext) {
        var properties = properties(context)
        if let list {
            properties.list = list
            properties.indentLeft = nil
        }
        if case .paragraph(let paragraph)? = blocks.first {
            writeParagraph(paragraph.inlines, properties, lead: lead)
            writeBlocks(blocks.dropFirst(), context)
        } else {
            writeParagraph([], properties, lead: lead)
            writeBlocks(blocks[...], context)
        }
    }

    /// Writes the footnote for `note` into footnotes.xml, from within the body.
    private mutating func writeFootnote(_ note: FootnoteIndex.Note, id: Int) {
        swap(&current, &parked)
        writingNote = true
        current.endsWithTable = false
        current.xml.raw("<w:footnote w:id=\"\(id)\">")
        writeLed(note.blocks, lead: .footnoteMark, list: nil, DOCXBlockContext(inNote: true))
        closeContainer()
        current.xml.raw("</w:footnote>")
        writingNote = false
        swap(&current, &parked)
    }

    /// Ends the body or a footnote with a paragraph if it would otherwise end with a table.
    private mutating func closeContainer() {
        guard current.endsWithTable else { return }
        var properties = DOCXParagraphProperties()
        properties.collapsed = true
        writeParagraph([], properties)
    }

    // MARK: Paragraphs

    /// Writes one paragraph: its properties, then the lead if any, then the text in `format`.
    mutating func writeParagraph(_ inlines: [Inline], _ properties: DOCXParagraphProperties,
                                 lead: Lead? = nil, format: DOCXRunFormat = []) {
        startParagraph(properties)
        switch lead {
        case .footnoteMark?:
            current.xml.raw("<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteRef/></w:r>")
            appendText(" ", format: [])
        case .text(let text)?:
            appendText(text, format: [])
        case nil:
            break
        }
        writeInlines(inlines, format: format)
        endParagraph()
    }

    /// Opens a `w:p` with its properties; text follows through `appendText`, then `endParagraph`.
    mutating func startParagraph(_ properties: DOCXParagraphProperties) {
        var properties = properties
        if current.endsWithTable {
            // Tables have no space after them; the paragraph that follows makes some.
            properties.spaceBefore = DOCXStyles.paragraphSpacing
            current.endsWithTable = false
        }
        current.xml.raw("<w:p>")
        paragraphIndent = properties.indentLeft ?? (properties.style == "Quote" || properties.list != nil ? DOCXStyles.indent : 0)
        properties.write(to: &current.xml)
    }

    /// Closes the open run, if any, and the paragraph.
    mutating func endParagraph() {
        closeRun()
        current.xml.raw("</w:p>")
    }

    // MARK: Inlines

    private mutating func writeInlines(_ inlines: [Inline], format: DOCXRunFormat) {
        for inline in inlines {
            switch inline {
            case .text(let text): appendText(text, format: format)
            case .softBreak: appendText(" ", format: format)
            case .lineBreak:
                openRun(format)
                closeText()
                current.xml.raw("<w:br/>")
            case .emphasis(let children): writeInlines(children, format: format.union(.italic))
            case .strong(let children): writeInlines(children, format: format.union(.bold))
            case .strikethrough(let children): writeInlines(children, format: format.union(.strike))
            case .code(let code): appendText(code, format: format.union([.code, .verbatim]))
            case .link(let link): writeLink(link, format: format)
            case .image(let image): writePicture(image, format: format)
            case .footnoteReference(let label): writeFootnoteReference(label, format: format)
            }
        }
    }

    private mutating func writeLink(_ link: Link, format: DOCXRunFormat) {
        // A link inside a link (which Markdown cannot make) stays part of the outer one.
        guard !format.contains(.link), let target = DOCXHyperlinks.externalTarget(link.destination) else {
            writeInlines(link.inlines, format: format)
            return
        }
        closeRun()
        current.xml.raw("<w:hyperlink r:id=\"")
        current.xml.raw(current.links.id(for: target))
        if let title = link.title, !title.isEmpty {
            current.xml.raw("\" w:tooltip=\"")
            current.xml.attribute(title)
        }
        current.xml.raw("\" w:history=\"1\">")
        if link.inlines.isEmpty {
            appendText(target, format: format.union(.link))
        } else {
            writeInlines(link.inlines, format: format.union(.link))
        }
        closeRun()
        current.xml.raw("</w:hyperlink>")
    }

    /// A picture put inside the document is shown in line, fitted to the text width; any other
    /// is never fetched: its text alternative stands in its place, linked to it when it is on the web.
    private mutating func writePicture(_ image: Image, format: DOCXRunFormat) {
        let label = image.alternative.isEmpty ? "[Picture]" : "[Picture: \(image.alternative)]"
        guard let picture = image.picture else {
            if LinkPolicy.isSafe(image.source) && !LinkPolicy.isLocalPicture(image.source) {
                writeLink(Link(destination: image.source, [.text(label)]), format: format)
            } else {
                appendText(label, format: format)
            }
            return
        }
        openRun(format)
        closeText()
        drawings += 1
        let relationship = current.pictures.id(for: media.path(for: picture))
        let size = picture.size(fittingWidth: Double(page.textWidth - paragraphIndent) / 20, height: Double(page.textHeight) / 20)
        DOCXDrawing.inline(image, size: size, relationship: relationship, number: drawings, to: &current.xml)
    }

    /// The house style's logo in a paragraph of its own, at most `HouseStyle.logoBox` in size.
    private mutating func writeLogo(_ logo: Picture) {
        startParagraph(DOCXParagraphProperties())
        openRun([])
        closeText()
        drawings += 1
        let relationship = current.pictures.id(for: media.path(for: logo))
        DOCXDrawing.inline(Image(source: "", alternative: style.logoDescription, picture: logo),
                           size: logo.size(fittingWidth: HouseStyle.logoBox.width, height: HouseStyle.logoBox.height),
                           relationship: relationship, number: drawings, to: &current.xml)
        endParagraph()
    }

    private mutating func writeFootnoteReference(_ label: String, format: DOCXRunFormat) {
        guard let number = plan.number(for: label) else {
            // A reference to a note nobody wrote: keep what the author typed.
            appendText("[^\(label)]", format: format)
            return
        }
        // Only the first reference from the body makes the footnote; any other shows its number.
        guard !writingNote, !writtenFootnotes.contains(label),
              let id = plan.footnoteNumber(for: label), let note = plan.note(for: label) else {
            appendText(String(number), format: format.union(.superscript))
            return
        }
        writtenFootnotes.insert(label)
        closeRun()
        current.xml.raw("<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:footnoteReference w:id=\"\(id)\"/></w:r>")
        writeFootnote(note, id: id)
    }

    // MARK: Runs

    /// Makes sure a run with `format` is open, closing one with another format first.
    private mutating func openRun(_ format: DOCXRunFormat) {
        if openFormat == format { return }
        closeRun()
        current.xml.raw("<w:r>")
        format.write(to: &current.xml)
        openFormat = format
    }

    /// Closes the open run, writing any gathered text first.
    private mutating func closeRun() {
        guard openFormat != nil else { return }
        closeText()
        current.xml.raw("</w:r>")
        openFormat = nil
    }

    /// Adds text to the run, turning tabs into `w:tab` and line breaks into `w:br`.
    private mutating func appendText(_ text: String, format: DOCXRunFormat) {
        guard !text.isEmpty else { return }
        openRun(format)
        let utf8 = text.utf8
        let breaks: (UInt8) -> Bool = { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard utf8.withContiguousStorageIfAvailable({ $0.contains(where: breaks) }) ?? utf8.contains(where: breaks) else {
            segment.text(text)
            return
        }
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x09 || byte == 0x0A || byte == 0x0D {
                if start < index { segment.text(String(Substring(utf8[start..<index]))) }
                closeText()
                let next = utf8.index(after: index)
                if byte == 0x09 {
                    current.xml.raw("<w:tab/>")
                } else if byte == 0x0A || next == utf8.endIndex || utf8[next] != 0x0A {
                    // "\r\n" is one line break: the "\n" writes it.
                    current.xml.raw("<w:br/>")
                }
                start = next
            }
            index = utf8.index(after: index)
        }
        if start < utf8.endIndex { segment.text(String(Substring(utf8[start...]))) }
    }

    /// Writes the gathered text as one `w:t`, keeping its edge spaces when it has any.
    private mutating func closeText() {
        let bytes = segment.bytes
        guard let first = bytes.first, let last = bytes.last else { return }
        if first == 0x20 || last == 0x20 || openFormat?.contains(.verbatim) == true {
            current.xml.raw("<w:t xml:space=\"preserve\">")
        } else {
            current.xml.raw("<w:t>")
        }
        current.xml.append(segment)
        current.xml.raw("</w:t>")
        segment = MarkupBuffer()
    }
}
