/// The text of a run of inlines, such as a paragraph's or a table cell's.
extension Array where Element == Inline {
    /// The text a reader sees, without any formatting: links become their text, images their
    /// text alternative, breaks a space, and footnote references nothing.
    public var plainText: String {
        var result = ""
        for inline in self { inline.appendPlainText(to: &result) }
        return result
    }
}

extension Inline {
    func appendPlainText(to result: inout String) {
        switch self {
        case .text(let text), .code(let text): result += text
        case .emphasis(let inlines), .strong(let inlines), .strikethrough(let inlines):
            for inline in inlines { inline.appendPlainText(to: &result) }
        case .link(let link):
            for inline in link.inlines { inline.appendPlainText(to: &result) }
        case .image(let image): result += image.alternative
        case .lineBreak, .softBreak: result += " "
        case .footnoteReference: break
        }
    }
}
