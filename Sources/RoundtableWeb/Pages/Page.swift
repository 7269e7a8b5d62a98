import Documents
import Hummingbird

/// One page of the web front end, in Roundtable's look: a skip link, the name of the tool that
/// leads home, one `h1`, and the page's own content. Every piece of text is escaped by the
/// `MarkupBuffer` it is written into, so a name such as `<script>` shows as text.
struct Page {
    /// The page's `h1` and the start of its title.
    var heading: String
    /// What the page shows below its heading.
    var content = MarkupBuffer()
    /// The status of the response.
    var status: HTTPResponse.Status = .ok
    /// A script from the assets that adds to the page (it works without it).
    var script: String?

    init(heading: String, status: HTTPResponse.Status = .ok) {
        self.heading = heading
        self.status = status
    }

    /// The whole HTML document.
    var html: MarkupBuffer {
        var out = MarkupBuffer(capacity: content.bytes.count + 1024)
        out.raw("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        out.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        out.text(heading == "Roundtable" ? heading : heading + " – Roundtable")
        out.raw("</title>\n<link rel=\"stylesheet\" href=\"/assets/roundtable.css\">\n")
        out.raw("<link rel=\"stylesheet\" href=\"/assets/web.css\">\n")
        if let script {
            out.open("script", attributes: ["src": "/assets/" + script, "defer": ""])
            out.raw("</script>\n")
        }
        out.raw("</head>\n<body>\n")
        out.raw("<a class=\"skip-link\" href=\"#main\">Skip to the main content</a>\n")
        out.raw("<header class=\"site-header\"><a href=\"/\">Roundtable</a></header>\n")
        out.raw("<main id=\"main\" tabindex=\"-1\">\n<h1>")
        out.text(heading)
        out.raw("</h1>\n")
        out.append(content)
        out.raw("</main>\n</body>\n</html>\n")
        return out
    }

    /// The page as a response.
    var response: Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(bytes: html.bytes)))
    }
}

extension MarkupBuffer {
    /// `<name attributes>text</name>`, with the text escaped.
    mutating func element(_ name: String, _ text: String, attributes: KeyValuePairs<String, String> = [:]) {
        open(name, attributes: attributes)
        self.text(text)
        raw("</\(name)>")
    }

    /// `<name attributes>`, with the attribute values escaped.
    mutating func open(_ name: String, attributes: KeyValuePairs<String, String> = [:]) {
        raw("<" + name)
        for (key, value) in attributes {
            raw(" \(key)=\"")
            attribute(value)
            raw("\"")
        }
        raw(">")
    }

    /// The hidden field that carries the browser's form token.
    mutating func formToken(_ token: String) {
        open("input", attributes: ["type": "hidden", "name": FormToken.fieldName, "value": token])
    }
}
