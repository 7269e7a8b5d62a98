import Documents
import Foundation
import TestSupport

/// The words a reader sees in a written file, for checking that no text was lost.
enum VisibleText {
    struct Malformed: Error, CustomStringConvertible {
        let part: String
        var description: String { "\(part) is not well-formed XML" }
    }

    /// The visible text of `output`, written in `format`; throws when any XML in it is not well-formed.
    static func of(_ output: Data, format: OutputFormat) throws -> String {
        switch format.rawValue {
        case "html":
            guard let probe = XMLProbe(output) else { throw Malformed(part: "the page") }
            return probe.strings("//body//text()").joined(separator: " ")
        case "docx":
            let parts = try ZIPParts.unzip(output)
            for (path, data) in parts where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
                guard XMLProbe(data) != nil else { throw Malformed(part: path) }
            }
            return ["word/document.xml", "word/footnotes.xml"].compactMap { parts[$0] }.map { data -> String in
                let spaced = numberingFootnoteMarks(spacing(data, marks: ["<w:br/>", "<w:tab/>"], replacement: "<w:t> </w:t>"))
                return XMLProbe(spaced)?.strings("//w:t").joined(separator: " ") ?? ""
            }.joined(separator: " ")
        case "fodt":
            guard XMLProbe(output) != nil else { throw Malformed(part: "the document") }
            let spaced = spacing(output, marks: ["<text:line-break/>", "<text:tab/>", "<text:s/>"], replacement: " ")
            return XMLProbe(spaced)?.strings("//office:body//text()").joined(separator: " ") ?? ""
        case "md":
            // Markdown is checked by reading it back: the words must survive the round trip.
            let document = try MarkdownReader().read(String(decoding: output, as: UTF8.self), file: "written Markdown")
            return try of(HTMLWriter().write(document), format: .html)
        default:
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The text a browser shows for a reference HTML fragment from the spec, with raw HTML
    /// treated as Roundtable treats it: markup is dropped, never shown.
    ///
    /// Two kinds of raw HTML need help before libxml2 sees them: declarations and CDATA sections,
    /// which browsers treat as comments but libxml2 shows as text, and the tags that GitHub's
    /// tag filter shows escaped (`&lt;title>`), which Roundtable drops like any other tag.
    static func ofReferenceHTML(_ html: String) -> String {
        var fragment = html.replacingOccurrences(of: #"<!\[CDATA\[.*?\]\]>"#, with: "", options: .regularExpression)
        fragment = fragment.replacingOccurrences(of: #"<![A-Z][^>]*>"#, with: "", options: .regularExpression)
        fragment = fragment.replacingOccurrences(
            of: #"&lt;(/?)(title|textarea|style|xmp|iframe|noembed|noframes|script|plaintext)\b([^<>]*)>"#,
            with: "<$1$2$3>", options: [.regularExpression, .caseInsensitive])
        let page = "<html><body>" + fragment + "</body></html>"
        guard let probe = XMLProbe(html: Data(page.utf8)) else { return html }
        return probe.strings("//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::title)"
            + " and not(ancestor::xmp) and not(ancestor::textarea) and not(ancestor::iframe) and not(ancestor::noembed)"
            + " and not(ancestor::noframes) and not(ancestor::plaintext)]").joined(separator: " ")
    }

    /// Letters and digits, in words: punctuation and spacing differ legitimately between formats.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// The words of `expected` that `actual` lacks, counting repeats.
    static func missingWords(_ expected: [String], from actual: [String]) -> [String] {
        var available: [String: Int] = [:]
        for word in actual { available[word, default: 0] += 1 }
        var missing: [String] = []
        for word in expected {
            if let count = available[word], count > 0 {
                available[word] = count - 1
            } else {
                missing.append(word)
            }
        }
        return missing
    }

    /// The words of `expected` that do not occur in `text` once punctuation and spacing are taken out.
    /// Plain text cannot show where emphasis or a link began, so `foo*bar*` reads as "foobar".
    static func wordsNotFound(_ expected: [String], inPlainText text: String) -> [String] {
        let stream = words(text).joined()
        return expected.filter { !stream.contains($0) }
    }

    /// Word shows a footnote mark as the note's number in reading order; the XML holds only a reference.
    private static func numberingFootnoteMarks(_ data: Data) -> Data {
        let text = String(decoding: data, as: UTF8.self)
        guard let pattern = try? NSRegularExpression(pattern: #"<w:footnoteReference [^>]*/>"#) else { return data }
        var result = ""
        var last = text.startIndex
        for (index, match) in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).enumerated() {
            guard let range = Range(match.range, in: text) else { continue }
            result += text[last..<range.lowerBound] + "<w:t>\(index + 1)</w:t>"
            last = range.upperBound
        }
        return Data((result + text[last...]).utf8)
    }

    private static func spacing(_ data: Data, marks: [String], replacement: String) -> Data {
        var text = String(decoding: data, as: UTF8.self)
        for mark in marks { text = text.replacingOccurrences(of: mark, with: replacement) }
        text = text.replacingOccurrences(of: #"<text:s text:c="\d+"/>"#, with: " ", options: .regularExpression)
        return Data(text.utf8)
    }
}
