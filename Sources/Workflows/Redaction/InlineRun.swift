import Documents

/// A run of inline text seen as the reader sees it: the text of every piece (plain text, code,
/// line breaks) one after the other, whatever formatting or link surrounds it, so that a change
/// can cover parts of several pieces and the run can be rebuilt with the same formatting.
enum InlineRun {
    /// A stretch of the run's characters and what it becomes.
    struct Change: Sendable, Equatable {
        var range: Range<Int>
        var text: String
    }

    /// The kinds of text that stand apart from the run: addresses, and the words of pictures and link titles.
    enum Field {
        case address
        case prose
    }

    /// Stands for a piece no change may cross: a picture or a footnote reference.
    static let barrier = "\u{FFFC}"

    /// The text of each piece of `inlines`, in reading order.
    static func collect(_ inlines: [Inline], into pieces: inout [String]) {
        for inline in inlines {
            switch inline {
            case .text(let text), .code(let text): pieces.append(text)
            case .softBreak, .lineBreak: pieces.append("\n")
            case .footnoteReference, .image: pieces.append(barrier)
            case .emphasis(let children), .strong(let children), .strikethrough(let children): collect(children, into: &pieces)
            case .link(let link): collect(link.inlines, into: &pieces)
            }
        }
    }

    /// Each piece with `changes` made: a change's text goes into the piece where it starts, and
    /// the characters it covers in later pieces are taken out. `starts` gives where each piece
    /// starts in the run; `changes` are sorted and do not overlap.
    static func apply(_ changes: [Change], to pieces: [String], starts: [Int]) -> [String] {
        guard !changes.isEmpty else { return pieces }
        var result: [String] = []
        result.reserveCapacity(pieces.count)
        var current = 0
        for (piece, start) in zip(pieces, starts) {
            var text = ""
            var index = start
            for character in piece {
                while current < changes.count, changes[current].range.upperBound <= index { current += 1 }
                if current < changes.count, changes[current].range.contains(index) {
                    if index == changes[current].range.lowerBound { text += changes[current].text }
                } else {
                    text.append(character)
                }
                index += 1
            }
            result.append(text)
        }
        return result
    }

    /// `inlines` rebuilt with the pieces' new text, dropping what became empty; link and picture
    /// addresses, titles and picture descriptions go through `field`. A link whose address
    /// `field` empties becomes its words alone.
    static func rebuild(_ inlines: [Inline], pieces: [String], next: inout Int, field: (String, Field) -> String) -> [Inline] {
        var result: [Inline] = []
        for inline in inlines {
            switch inline {
            case .text:
                if !pieces[next].isEmpty { result.append(.text(pieces[next])) }
                next += 1
            case .code:
                if !pieces[next].isEmpty { result.append(.code(pieces[next])) }
                next += 1
            case .softBreak, .lineBreak:
                if !pieces[next].isEmpty { result.append(inline) }
                next += 1
            case .footnoteReference:
                result.append(inline)
                next += 1
            case .image(var image):
                image.source = field(image.source, .address)
                image.title = image.title.map { field($0, .prose) }
                image.alternative = field(image.alternative, .prose)
                result.append(.image(image))
                next += 1
            case .emphasis(let children):
                let rebuilt = rebuild(children, pieces: pieces, next: &next, field: field)
                if !rebuilt.isEmpty { result.append(.emphasis(rebuilt)) }
            case .strong(let children):
                let rebuilt = rebuild(children, pieces: pieces, next: &next, field: field)
                if !rebuilt.isEmpty { result.append(.strong(rebuilt)) }
            case .strikethrough(let children):
                let rebuilt = rebuild(children, pieces: pieces, next: &next, field: field)
                if !rebuilt.isEmpty { result.append(.strikethrough(rebuilt)) }
            case .link(var link):
                let destination = field(link.destination, .address)
                link.title = link.title.map { field($0, .prose) }
                link.inlines = rebuild(link.inlines, pieces: pieces, next: &next, field: field)
                if destination.isEmpty && !link.destination.isEmpty {
                    result += link.inlines  // an address that named someone goes; its words stay, as text
                } else if !link.inlines.isEmpty {
                    link.destination = destination
                    result.append(.link(link))
                }
            }
        }
        return result
    }
}
