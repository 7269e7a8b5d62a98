import Foundation

/// The file formats Roundtable publishes documents in.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// One standalone, accessible web page (`.html`) that fetches nothing from elsewhere.
    case html
    /// A Word file (`.docx`), for people who edit or print in Word or LibreOffice.
    case docx
    /// A LibreOffice document in flat OpenDocument XML (`.fodt`); the name `odt` chooses it too.
    case fodt
    /// GitHub Flavored Markdown with YAML front matter (`.md`).
    case md
    /// Plain text for the body of an e-mail (`.txt`).
    case txt
    /// A tagged PDF for printing and sharing (`.pdf`), made by LibreOffice from the LibreOffice document.
    case pdf

    /// The writer for this format.
    public var writer: any DocumentWriter {
        switch self {
        case .html: return HTMLWriter()
        case .docx: return DOCXWriter()
        case .fodt: return FODTWriter()
        case .md: return MarkdownWriter()
        case .txt: return PlainTextWriter()
        case .pdf: return PDFWriter()
        }
    }

    /// The writer for this format when it can hand its output on a chunk at a time; chosen by a
    /// switch, not a cast, since a cast to a protocol searches every conformance in the program.
    package var byteWriter: (any ByteWriter)? {
        switch self {
        case .html: return HTMLWriter()
        case .docx: return DOCXWriter()
        case .fodt: return FODTWriter()
        case .md, .txt, .pdf: return nil
        }
    }

    /// What the format is, in words a user knows.
    public var summary: String {
        switch self {
        case .html: return "web page"
        case .docx: return "Word document"
        case .fodt: return "LibreOffice document"
        case .md: return "Markdown"
        case .txt: return "plain text for e-mail"
        case .pdf: return "PDF, to print or share"
        }
    }

    /// The media type a web server sends the format's files with.
    public var mediaType: String {
        switch self {
        case .html: return "text/html; charset=utf-8"
        case .docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .fodt: return "application/vnd.oasis.opendocument.text-flat-xml"
        case .md: return "text/markdown; charset=utf-8"
        case .txt: return "text/plain; charset=utf-8"
        case .pdf: return "application/pdf"
        }
    }

    /// The format a person means by `name`, everyday names included (word, markdown, odt, text).
    public init?(name: String) {
        let aliases = ["markdown": "md", "text": "txt", "htm": "html", "word": "docx", "odt": "fodt"]
        let key = name.lowercased()
        self.init(rawValue: aliases[key] ?? key)
    }

    /// Reads a comma-separated list such as `html,docx`, in the order given, without repeats.
    /// Throws an error naming the formats on offer when a name is not known.
    public static func list(_ text: String) throws(FormatListError) -> [OutputFormat] {
        try CommaList.parse(text, OutputFormat.init(name:), failure: FormatListError.init(name:))
    }
}

/// Reads lists such as `html,docx,ics` that people type after `--to`.
package enum CommaList {
    /// The values of the names in `text`, in the order given, without repeats; `failure` makes the
    /// error for a name `value` does not know, or for a list with no names at all.
    package static func parse<Value: Equatable, Failure: Error>(_ text: String, _ value: (String) -> Value?,
                                                               failure: (String) -> Failure) throws(Failure) -> [Value] {
        var values: [Value] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !name.isEmpty {
            guard let found = value(name) else { throw failure(name) }
            if !values.contains(found) { values.append(found) }
        }
        guard !values.isEmpty else { throw failure(text) }
        return values
    }
}

/// A format name that Roundtable does not write.
public struct FormatListError: Error, CustomStringConvertible, LocalizedError, Sendable {
    /// The name that was asked for.
    public let name: String

    public var description: String {
        "Roundtable cannot write '\(name)'. Choose from: "
            + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ") + ", separated by commas, for example html,docx."
    }

    public var errorDescription: String? { description }
}
