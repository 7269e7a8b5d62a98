import Documents
import Foundation
import Hummingbird

/// A file the browser saves rather than shows.
struct Download {
    /// The document formats pages offer to download, with their names for people.
    static let documentFormats: [(OutputFormat, String)] = [(.docx, "Word document"), (.fodt, "LibreOffice document"), (.html, "web page")]

    /// `document` written as `format`, named `baseName.<extension>`.
    init(_ document: Document, format: OutputFormat, baseName: String) throws {
        let writer = format.writer
        self.init(data: try writer.write(document, options: .standard), fileName: baseName + "." + writer.fileExtension,
                  mediaType: format.mediaType)
    }

    /// The list of links to download a document in each format: `words` names the document
    /// ("Report"), and `path` gives the address of each format's file.
    static func links(_ words: String, path: (OutputFormat) -> String, into out: inout MarkupBuffer) {
        out.raw("<ul class=\"downloads\">")
        for (format, label) in documentFormats {
            out.raw("<li>")
            out.element("a", "\(words) as a \(label) (.\(format.rawValue))", attributes: ["href": path(format), "download": ""])
            out.raw("</li>")
        }
        out.raw("</ul>\n")
    }

    init(data: Data, fileName: String, mediaType: String) {
        self.data = data
        self.fileName = fileName
        self.mediaType = mediaType
    }

    var data: Data
    /// The name the browser saves it as; only letters, digits, `-`, `_` and `.` are kept.
    var fileName: String
    var mediaType: String

    var response: Response {
        let safeName = String(fileName.unicodeScalars.filter { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0)) })
        return Response(status: .ok,
                        headers: [.contentType: mediaType, .contentDisposition: "attachment; filename=\"\(safeName.isEmpty ? "download" : safeName)\""],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
