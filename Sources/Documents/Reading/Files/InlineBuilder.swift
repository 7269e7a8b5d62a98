/// Gathers the inlines of one block as a reader walks a file: white space is folded as a
/// browser or word processor shows it, adjacent text is joined, and the place each stretch of
/// text starts is recorded when the file has lines.
struct InlineBuilder {
    /// What was gathered: the inlines, where their text starts, and how many texts they hold.
    struct Built {
        var inlines: [Inline]
        var anchors: [SourceMap.Anchor]
        var textCount: Int

        /// Whether there is something a reader sees.
        var hasWords: Bool { inlines.plainText.contains { !$0.isWhitespace } }
    }

    private var inlines: [Inline] = []
    private var anchors: [SourceMap.Anchor] = []
    private var textCount = 0
    /// Text may join the text just before it only from this index on (not across a wrapper's start).
    private var barrier = 0
    /// Whether white space came since the last text, to be written as one space before the next.
    private var pendingSpace = false

    /// Adds `text` as written, starting at `position` in the file when known.
    mutating func text(_ text: String, at position: SourcePosition? = nil) {
        guard !text.isEmpty else { return }
        if pendingSpace {
            pendingSpace = false
            if !endsInSpace { self.text(" ") }
        }
        let place: (text: Int, offset: Int)
        if inlines.count > barrier, case .text(let previous)? = inlines.last {
            inlines[inlines.count - 1] = .text(previous + text)
            place = (textCount - 1, previous.utf8.count)
        } else {
            inlines.append(.text(text))
            place = (textCount, 0)
            textCount += 1
        }
        if let position { anchors.append(SourceMap.Anchor(text: place.text, offset: place.offset, position: position)) }
    }

    /// Adds `raw` with each run of white space shown as one space, none at the start of a line.
    mutating func folded(_ raw: String) {
        var word = ""
        for character in raw {
            if character.isWhitespace {
                text(word)
                word = ""
                pendingSpace = true
            } else {
                word.append(character)
            }
        }
        text(word)
    }

    /// Notes white space: one space comes before the next text, unless a line starts there.
    mutating func space() { pendingSpace = true }

    /// Adds an inline that holds no `Inline.text`: a break, code, a picture or a footnote reference.
    mutating func append(_ inline: Inline) {
        let spaceBefore = pendingSpace && !endsInSpace
        pendingSpace = false
        if case .code = inline, spaceBefore { text(" ") }
        inlines.append(inline)
        barrier = inlines.count
    }

    /// Starts inlines that `end` wraps (in emphasis, a link, …).
    mutating func begin() -> Int {
        if pendingSpace, !endsInSpace, !inlines.isEmpty {
            pendingSpace = false
            text(" ")
        }
        barrier = inlines.count
        return inlines.count
    }

    /// Wraps the inlines added since `mark` with `wrap`; nothing is added when there are none.
    mutating func end(_ mark: Int, _ wrap: ([Inline]) -> Inline) {
        let children = Array(inlines[mark...])
        inlines.removeSubrange(mark...)
        if !children.isEmpty { inlines.append(wrap(children)) }
        barrier = inlines.count
    }

    /// Whether nothing has been added, or the last thing added ends in white space or a break.
    private var endsInSpace: Bool {
        switch inlines.last {
        case nil, .lineBreak?, .softBreak?: true
        case .text(let text)?: text.last?.isWhitespace ?? true
        default: false
        }
    }

    /// The inlines gathered, without a break at either end.
    func finish() -> Built {
        var inlines = self.inlines
        while let first = inlines.first, first == .lineBreak || first == .softBreak { inlines.removeFirst() }
        while let last = inlines.last, last == .lineBreak || last == .softBreak { inlines.removeLast() }
        return Built(inlines: inlines, anchors: anchors, textCount: textCount)
    }
}

extension InlineBuilder.Built {
    /// A paragraph of these inlines, or nil when they hold no words.
    var paragraph: Block? {
        hasWords ? .paragraph(Paragraph(inlines, source: SourceMap(anchors))) : nil
    }

    /// A heading of these inlines at `level`, or nil when they hold no words.
    func heading(level: Int) -> Block? {
        hasWords ? .heading(Heading(level: level, inlines, source: SourceMap(anchors))) : nil
    }
}

/// Builds a table from cells gathered one by one, keeping the source map of every cell.
struct TableAssembly {
    private var rows: [[[Inline]]] = []
    private var anchors: [SourceMap.Anchor] = []
    private var textCount = 0

    /// Adds a row of cells; the first row added is the header.
    mutating func add(row cells: [InlineBuilder.Built]) {
        var row: [[Inline]] = []
        for cell in cells {
            row.append(cell.inlines)
            anchors += cell.anchors.map { SourceMap.Anchor(text: $0.text + textCount, offset: $0.offset, position: $0.position) }
            textCount += cell.textCount
        }
        rows.append(row)
    }

    /// The table, with the first row as its header and every row as wide as the widest; nil when
    /// it has no cells.
    func table() -> Block? {
        guard !rows.isEmpty else { return nil }
        let width = rows.map(\.count).max() ?? 0
        guard width > 0 else { return nil }
        let padded = rows.map { $0 + Array(repeating: [], count: width - $0.count) }
        return .table(Table(alignments: [], header: padded[0], rows: Array(padded.dropFirst()), source: SourceMap(anchors)))
    }
}
