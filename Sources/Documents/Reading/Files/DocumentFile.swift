import Foundation

/// Reads any file Roundtable accepts into a `Document`, choosing the reader by the file's
/// extension: Markdown, plain text, Word, OpenDocument and web pages.
///
/// Files are treated as hostile: XML is parsed with no network and no entity expansion, and ZIP
/// sizes are checked before anything is unpacked (see `SafeXML` and `SafeZip`).
public enum DocumentFile {
    /// The kinds of file Roundtable reads, each known by its usual extensions.
    public enum Format: String, Sendable, CaseIterable {
        /// Markdown (`.md`, `.markdown`); a file whose name has no extension is read as Markdown too.
        case markdown
        /// Plain text (`.txt`, `.text`): paragraphs separated by blank lines.
        case text
        /// A Word file (`.docx`).
        case docx
        /// An OpenDocument text file, as LibreOffice saves it (`.odt`): XML parts in a ZIP package.
        case odt
        /// An OpenDocument text file in one flat XML file (`.fodt`).
        case fodt
        /// A web page (`.html`, `.htm`).
        case html

        /// The format a file name's extension (without the dot, any case) stands for, or nil.
        public init?(fileExtension: String) {
            switch fileExtension.lowercased() {
            case "md", "markdown": self = .markdown
            case "txt", "text": self = .text
            case "docx": self = .docx
            case "odt": self = .odt
            case "fodt": self = .fodt
            case "html", "htm": self = .html
            default: return nil
            }
        }

        /// The format the extension of the file called `name` names; Markdown when it has none (a
        /// pipe such as /dev/fd/3, or notes saved without one).
        public init(fileName name: String) throws(ReadError) {
            let ending = URL(fileURLWithPath: name).pathExtension
            guard let format = ending.isEmpty ? .markdown : Format(fileExtension: ending) else {
                throw ReadError(file: name, problem: "Roundtable does not know how to read this kind of file: its name ends in .\(ending).",
                                advice: "Give a Markdown (.md), text (.txt), web page (.html), Word (.docx) or LibreOffice (.odt, .fodt) file.")
            }
            self = format
        }
    }

    /// The largest Word, OpenDocument or web page file read, the same as the largest part
    /// unpacked from a package.
    public static let maximumFileSize = Int(SafeZip.maximumPartSize)

    /// Reads the file at `path` in the format its extension names (Markdown when it has none),
    /// and names it as `path` in messages.
    public static func read(_ path: String) throws(ReadError) -> Document {
        let file = path
        let url = URL(fileURLWithPath: path)
        let format = try Format(fileName: path)
        switch format {
        case .markdown:
            return try MarkdownReader().read(TextFile.read(path, kind: "notes"), file: file)
        case .text:
            return PlainTextReader.read(utf8: try TextFile.readUTF8(path, kind: "text"))
        case .docx:
            // Checked first, so that a pipe or device is refused before the ZIP reader opens it.
            try InputFile.checkReadable(path, kind: "document")
            return try DOCXReader.read(SafeZip(url: url, file: file, format: format), file: file)
        case .odt:
            try InputFile.checkReadable(path, kind: "document")
            return try ODFReader.read(package: SafeZip(url: url, file: file, format: format), file: file)
        case .fodt, .html:
            let data = try InputFile.read(path, kind: "document", file: file, limit: maximumFileSize) { _ in tooLarge(file: file) }
            return try read(data: data, format: format, file: file)
        }
    }

    /// Reads a whole file held in `data` (an upload, say) in the format its `name` names.
    public static func read(data: Data, name: String) throws(ReadError) -> Document {
        try read(data: data, format: Format(fileName: name), file: name)
    }

    /// Reads a whole file held in `data` (from standard input, say) as `format`.
    public static func read(data: Data, format: Format, file: String) throws(ReadError) -> Document {
        switch format {
        case .markdown:
            return try MarkdownReader().read(TextFile.decode(data, file: file, kind: "notes"), file: file)
        case .text:
            return PlainTextReader.read(utf8: try TextFile.checkedUTF8(data, file: file))
        case .docx:
            return try DOCXReader.read(SafeZip(data: data, file: file, format: format), file: file)
        case .odt:
            return try ODFReader.read(package: SafeZip(data: data, file: file, format: format), file: file)
        case .fodt:
            guard data.count <= maximumFileSize else { throw tooLarge(file: file) }
            return try ODFReader.read(flat: data, file: file)
        case .html:
            guard data.count <= maximumFileSize else { throw tooLarge(file: file) }
            return try HTMLReader.read(data, file: file)
        }
    }

    static func tooLarge(file: String) -> ReadError {
        ReadError(file: file,
                  problem: "This file is larger than \(maximumFileSize / (1024 * 1024)) MB, more than Roundtable reads.",
                  advice: "Check that it is the right file, or split it into smaller documents.")
    }
}

extension DocumentFile.Format {
    /// "Word document", for messages.
    var name: String {
        switch self {
        case .markdown: "Markdown file"
        case .text: "text file"
        case .docx: "Word document"
        case .odt: "OpenDocument text"
        case .fodt: "flat OpenDocument text"
        case .html: "web page"
        }
    }

    /// "a Word document (.docx)", for messages.
    var nameWithArticle: String {
        (self == .odt ? "an " : "a ") + name + " (\(fileExtension))"
    }

    /// ".docx", for messages.
    var fileExtension: String {
        switch self {
        case .markdown: ".md"
        case .text: ".txt"
        case .docx, .odt, .fodt, .html: "." + rawValue
        }
    }

    /// The programs that can save the file again, for advice.
    var applications: String {
        switch self {
        case .docx: "Word or LibreOffice"
        case .odt: "LibreOffice or Word"
        case .fodt: "LibreOffice"
        case .markdown, .text: "a text editor"
        case .html: "the program that made it"
        }
    }

    /// The error for a file that is not in this format at all.
    func notThisFormat(file: String, reason: String) -> ReadError {
        ReadError(file: file, problem: "This is not \(nameWithArticle): \(reason).",
                  advice: "Save it again from \(applications) as \(fileExtension), then try again.")
    }

    /// The error for XML that is not well-formed; `part` names the part of a ZIP package, or
    /// is nil when the XML is the file itself and the position can point into it.
    func damaged(file: String, part: String?, failure: SafeXML.Failure) -> ReadError {
        if failure.tooDeep {
            let place = part.map { " (in \($0))" } ?? ""
            return ReadError(file: file, position: part == nil ? failure.line.map { SourcePosition(line: $0, column: failure.column ?? 1) } : nil,
                             problem: "The parts of this \(name) are nested more than \(SafeXML.maximumDepth) levels deep\(place), far deeper than any real document.",
                             advice: "Check that it is the right file, or open it in \(applications) and save it again as \(fileExtension).")
        }
        let problem = "This \(name) is damaged: its text could not be read"
        let advice = "Open it in \(applications) and save it again as \(fileExtension)."
        guard let part else {
            let position = failure.line.map { SourcePosition(line: $0, column: failure.column ?? 1) }
            return ReadError(file: file, position: position, problem: problem + ".", advice: advice)
        }
        let place = failure.line.map { " (line \($0) of \(part))" } ?? ""
        return ReadError(file: file, problem: problem + place + ".", advice: advice)
    }
}
