import CLibXML2
import Foundation

/// Reads the visible text out of a piece of HTML with libxml2's forgiving HTML parser.
///
/// Used where Markdown notes contain raw HTML: the words stay, the markup never reaches any output.
enum HTMLText {
    /// The text a browser would show for `html`, with runs of white space folded into one space.
    /// Scripts, styles and comments contribute nothing.
    static func visibleText(of html: String) -> String {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        let document: htmlDocPtr? = html.withCString { pointer in
            htmlReadMemory(pointer, Int32(strlen(pointer)), nil, "UTF-8", options)
        }
        guard let document else { return fold(html.contains("<") ? "" : html) }
        defer { xmlFreeDoc(document) }
        var text = ""
        var node = document.pointee.children
        while let current = node {
            collect(current, into: &text, document: document, depth: 0)
            node = current.pointee.next
        }
        return fold(text)
    }

    /// Whether an inline HTML tag is a line break (`<br>`, `<br/>`, `<BR />`).
    static func isLineBreakTag(_ tag: String) -> Bool {
        let letters = tag.lowercased().filter { $0.isLetter }
        return letters == "br"
    }

    /// Gathers the text under `node`; below `HTMLReader.maximumDepth` levels (libxml2 builds no
    /// deeper tree from HTML, but the walk does not rely on it) nothing more is gathered.
    private static func collect(_ node: xmlNodePtr?, into text: inout String, document: htmlDocPtr, depth: Int) {
        guard let node, depth < HTMLReader.maximumDepth else { return }
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content { text += String(cString: content) }
        case XML_ELEMENT_NODE:
            let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            if ["script", "style", "title", "head"].contains(name) { return }
            var child = node.pointee.children
            while let current = child {
                collect(current, into: &text, document: document, depth: depth + 1)
                child = current.pointee.next
            }
            text += " "
        default:
            return
        }
    }

    private static func fold(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
