import CLibXML2
import Foundation

/// A parsed XML file that tests query with XPath, through libxml2, with network and entities off.
public final class XMLProbe {
    private let document: xmlDocPtr
    private let context: xmlXPathContextPtr

    /// The well-known namespace prefixes tests use in XPath expressions.
    public static let namespaces: [String: String] = [
        "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
        "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
        "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
        "dc": "http://purl.org/dc/elements/1.1/",
        "dcterms": "http://purl.org/dc/terms/",
        "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
        "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
        "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
        "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
        "xlink": "http://www.w3.org/1999/xlink",
        "h": "http://www.w3.org/1999/xhtml",
        "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
        "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
        "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
        "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
        "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    ]

    /// Parses `data`; returns nil when it is not well-formed XML.
    public init?(_ data: Data) {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed: xmlDocPtr? = data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return xmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, "UTF-8", options)
        }
        guard let parsed, let context = xmlXPathNewContext(parsed) else { return nil }
        for (prefix, uri) in Self.namespaces {
            xmlXPathRegisterNs(context, prefix, uri)
        }
        self.document = parsed
        self.context = context
    }

    deinit {
        xmlXPathFreeContext(context)
        xmlFreeDoc(document)
    }

    /// The number of nodes `xpath` selects.
    public func count(_ xpath: String) -> Int { strings(xpath).count }

    /// The string values of the nodes `xpath` selects (or of the result, for a string expression).
    public func strings(_ xpath: String) -> [String] {
        guard let result = xmlXPathEvalExpression(xpath, context) else { return [] }
        defer { xmlXPathFreeObject(result) }
        switch result.pointee.type {
        case XPATH_NODESET:
            guard let set = result.pointee.nodesetval else { return [] }
            return (0..<Int(set.pointee.nodeNr)).map { index in
                guard let node = set.pointee.nodeTab[index], let content = xmlNodeGetContent(node) else { return "" }
                defer { roundtable_xmlFree(content) }
                return String(cString: content)
            }
        case XPATH_STRING:
            return result.pointee.stringval.map { [String(cString: $0)] } ?? []
        case XPATH_NUMBER:
            return [String(result.pointee.floatval)]
        case XPATH_BOOLEAN:
            return [result.pointee.boolval != 0 ? "true" : "false"]
        default:
            return []
        }
    }

    /// The string value of the first node `xpath` selects, or nil.
    public func string(_ xpath: String) -> String? { strings(xpath).first }

    /// Parses `data` as HTML with libxml2's forgiving HTML parser; used for reference pages.
    public init?(html data: Data) {
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue)
        let parsed: htmlDocPtr? = data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, "UTF-8", options)
        }
        guard let parsed, let context = xmlXPathNewContext(parsed) else { return nil }
        self.document = parsed
        self.context = context
    }

    /// All the text in the document, joined.
    public var allText: String {
        guard let root = xmlDocGetRootElement(document), let content = xmlNodeGetContent(root) else { return "" }
        defer { roundtable_xmlFree(content) }
        return String(cString: content)
    }
}
