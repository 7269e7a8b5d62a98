import Foundation

/// The file formats Roundtable publishes documents in.
public enum OutputFormat: String, CaseIterable, Sendable {
    case html
    case docx
    case fodt
    case md
    case txt

    /// The writer for this format.
    public var writer: any DocumentWriter {
        switch self {
        case .html: return HTMLWriter()
        case .docx: return DOCXWriter()
        case .fodt: return FODTWriter()
        case .md: return MarkdownWriter()
        case .txt: return PlainTextWriter()
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
        }
    }

    /// Reads a comma-separated list such as `html,docx`, in the order given, without repeats.
    /// Throws an error naming the formats on offer when a name is not known.
    public static func list(_ text: String) throws(FormatListError) -> [OutputFormat] {
        var formats: [OutputFormat] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !name.isEmpty {
            let aliases = ["markdown": "md", "text": "txt", "htm": "html", "word": "docx", "odt": "fodt"]
            guard let format = OutputFormat(rawValue: aliases[name] ?? name) else {
                throw FormatListError(name: name)
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else { throw FormatListError(name: text) }
        return formats
    }
}

/// A format name that Roundtable does not write.
public struct FormatListError: Error, CustomStringConvertible, LocalizedError, Sendable {
    /// The name that was asked for.
    public let name: String

    public var description: String {
        "Roundtable cannot write '\(name)'. Choose from: "
            + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ") + ", separated by commas, for example --to html,docx."
    }

    public var errorDescription: String? { description }
}
