import CLibXML2
import Foundation

/// Parses XML and HTML taken from files with libxml2 so that nothing outside the file is ever read.
///
/// Options are fixed here, in one place: no network, and never `XML_PARSE_NOENT` or any DTD
/// loading, so an external entity (`<!ENTITY x SYSTEM "file:///etc/passwd">`) is neither loaded
/// nor expanded; it stays an entity reference node, which the readers skip.
///
/// Nothing is printed: `NOERROR` and `NOWARNING` silence libxml2's default messages, and each
/// XML parse has its own context with an error callback that swallows them, which libxml2
/// prefers even to a global handler some other code may have installed. Errors are read back
/// from that context, never from libxml2's global state.
enum SafeXML {
    /// The only options XML is parsed with. Adding `XML_PARSE_NOENT` would read `file://`
    /// entities even with `XML_PARSE_NONET`.
    static let xmlOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// The only options HTML is parsed with: forgiving, as browsers are, and silent.
    static let htmlOptions = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue)

    /// The deepest that XML elements may be nested: libxml2's own bound, kept because
    /// `XML_PARSE_HUGE` is never set. It also bounds every walk over the parsed tree.
    static let maximumDepth = 256

    /// Where a document was not well-formed, as libxml2 reports it.
    struct Failure: Error {
        var line: Int?
        var column: Int?
        /// Whether the elements were nested deeper than `maximumDepth`.
        var tooDeep = false
    }

    /// Parses `data` as XML and hands the document to `body`, freeing it afterwards.
    static func withXML<Result>(_ data: Data, _ body: (xmlDocPtr) -> Result) throws(Failure) -> Result {
        try parse(data, html: false, encoding: nil, body)
    }

    /// Parses `data` as HTML (read as `encoding`, or as the page declares when nil) and hands
    /// the document to `body`, freeing it afterwards.
    static func withHTML<Result>(_ data: Data, encoding: String?, _ body: (xmlDocPtr) -> Result) throws(Failure) -> Result {
        try parse(data, html: true, encoding: encoding, body)
    }

    private static func parse<Result>(_ data: Data, html: Bool, encoding: String?,
                                      _ body: (xmlDocPtr) -> Result) throws(Failure) -> Result {
        guard data.count < Int(Int32.max) else { throw Failure() }
        xmlInitParser()
        guard let context = html ? htmlNewParserCtxt() : xmlNewParserCtxt() else { throw Failure() }
        defer { html ? htmlFreeParserCtxt(context) : xmlFreeParserCtxt(context) }
        // libxml2 calls a context's own structured callback in preference to any global handler
        // (the HTML parser's handler does not qualify, and relies on NOERROR alone).
        context.pointee.sax?.pointee.serror = { _, _ in }
        let document: xmlDocPtr? = data.withUnsafeBytes { buffer -> xmlDocPtr? in
            // libxml2 needs a pointer even for no bytes; an empty buffer has none.
            let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self)
            let empty: StaticString = ""
            let pointer = base ?? UnsafeRawPointer(empty.utf8Start).assumingMemoryBound(to: CChar.self)
            if html {
                return htmlCtxtReadMemory(context, pointer, Int32(buffer.count), nil, encoding, htmlOptions)
            }
            return xmlCtxtReadMemory(context, pointer, Int32(buffer.count), nil, encoding, xmlOptions)
        }
        guard let document else {
            let error = context.pointee.lastError
            let message = error.message.map { String(cString: $0) } ?? ""
            throw Failure(line: error.line > 0 ? Int(error.line) : nil, column: error.int2 > 0 ? Int(error.int2) : nil,
                          tooDeep: error.code == Int32(XML_ERR_INTERNAL_ERROR.rawValue) && message.contains("Excessive depth"))
        }
        defer { xmlFreeDoc(document) }
        return body(document)
    }
}

/// A read-only view of one libxml2 node, valid only while its document is.
struct XMLNodeView {
    let raw: xmlNodePtr

    /// Whether the node is an element (not text, a comment or an entity reference).
    var isElement: Bool { raw.pointee.type == XML_ELEMENT_NODE }

    /// Whether the node is character data: text or a CDATA section.
    var isText: Bool { raw.pointee.type == XML_TEXT_NODE || raw.pointee.type == XML_CDATA_SECTION_NODE }

    /// Whether the node is a comment.
    var isComment: Bool { raw.pointee.type == XML_COMMENT_NODE }

    /// The element's name without its prefix.
    var name: String { raw.pointee.name.map { String(cString: $0) } ?? "" }

    /// The prefix of the element's namespace as written (`w` in `w:styles`), or nil.
    var prefix: String? { raw.pointee.ns?.pointee.prefix.map { String(cString: $0) } }

    /// The element's namespace, or nil.
    var namespace: String? { raw.pointee.ns?.pointee.href.map { String(cString: $0) } }

    /// Whether this is the element `name` in the namespace `namespace`.
    func isElement(_ name: String, in namespace: String) -> Bool {
        isElement && self.name == name && self.namespace == namespace
    }

    /// The text of a text, CDATA or comment node; nothing for other nodes.
    var content: String { raw.pointee.content.map { String(cString: $0) } ?? "" }

    /// The line libxml2 recorded for the node (for a text node, the line where it ends).
    var line: Int { Int(xmlGetLineNo(raw)) }

    /// The text of the element's own text children. Entity references are deliberately left
    /// out: following them could expand entities (even nested "billion laughs" ones).
    var directText: String {
        var text = ""
        for child in children where child.isText { text += child.content }
        return text
    }

    /// The value of the attribute `name` in `namespace` (nil for an attribute with no namespace).
    func attribute(_ name: String, in namespace: String? = nil) -> String? {
        let value = namespace.map { xmlGetNsProp(raw, name, $0) } ?? xmlGetNoNsProp(raw, name)
        guard let value else { return nil }
        defer { roundtable_xmlFree(value) }
        return String(cString: value)
    }

    /// The node's children, in document order.
    var children: Children { Children(upcoming: raw.pointee.children) }

    /// The first child element `name` in `namespace`.
    func child(_ name: String, in namespace: String) -> XMLNodeView? {
        children.first { $0.isElement(name, in: namespace) }
    }

    struct Children: Sequence, IteratorProtocol {
        var upcoming: xmlNodePtr?

        mutating func next() -> XMLNodeView? {
            guard let current = upcoming else { return nil }
            upcoming = current.pointee.next
            return XMLNodeView(raw: current)
        }
    }
}

extension XMLNodeView {
    /// The root element of `document`, or nil.
    static func root(of document: xmlDocPtr) -> XMLNodeView? {
        xmlDocGetRootElement(document).map(XMLNodeView.init(raw:))
    }
}
