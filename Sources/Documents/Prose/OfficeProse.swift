import Foundation

/// Reads the prose of Word (.docx), OpenDocument (.odt, .fodt) and web page (.html) files, block
/// by block, for the plain-language checker.
///
/// Files are treated as hostile: XML is parsed with no network and no entity expansion, and ZIP
/// sizes are checked before anything is unpacked (see `SafeXML` and `SafeZip`).
public enum OfficeProse {
    /// The file formats read here, each named by its usual extension.
    public enum Format: String, Sendable, CaseIterable {
        case docx, odt, fodt, html

        /// The format a file name's extension (without the dot, any case) stands for, or nil;
        /// `htm` is HTML.
        public init?(fileExtension: String) {
            let lowered = fileExtension.lowercased()
            self.init(rawValue: lowered == "htm" ? "html" : lowered)
        }

        /// "Word document", for messages.
        var name: String {
            switch self {
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
        var fileExtension: String { "." + rawValue }

        /// The programs that can save the file again, for advice.
        var applications: String {
            switch self {
            case .docx: "Word or LibreOffice"
            case .odt: "LibreOffice or Word"
            case .fodt: "LibreOffice"
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

    /// The largest flat file (.fodt or .html) read, the same as the largest part unpacked from a package.
    public static let maximumFileSize = Int(SafeZip.maximumPartSize)

    /// The prose of the file at `url`, in the format its extension names; `file` names it in messages.
    public static func read(_ url: URL, file: String) throws(ReadError) -> Prose {
        try InputFile.checkReadable(url.path, kind: "document", file: file)
        guard let format = Format(fileExtension: url.pathExtension) else {
            let ending = url.pathExtension.isEmpty ? "has no extension such as .docx" : "ends in .\(url.pathExtension)"
            throw ReadError(file: file,
                            problem: "Roundtable cannot tell what kind of document this is: its name \(ending).",
                            advice: "Give a Word (.docx), OpenDocument (.odt or .fodt) or web page (.html or .htm) file, or save the document in one of those formats.")
        }
        switch format {
        case .docx:
            return try DOCXProse.read(SafeZip(url: url, file: file, format: format), file: file)
        case .odt:
            return try ODFProse.read(package: SafeZip(url: url, file: file, format: format), file: file)
        case .fodt, .html:
            return try read(data: load(url, file: file), format: format, file: file)
        }
    }

    /// The prose of a whole file held in `data` (from standard input, say), read as `format`.
    public static func read(data: Data, format: Format, file: String) throws(ReadError) -> Prose {
        switch format {
        case .docx:
            return try DOCXProse.read(SafeZip(data: data, file: file, format: format), file: file)
        case .odt:
            return try ODFProse.read(package: SafeZip(data: data, file: file, format: format), file: file)
        case .fodt:
            return try ODFProse.read(flat: data, file: file)
        case .html:
            guard data.count <= maximumFileSize else { throw tooLarge(file: file) }
            return try HTMLProse.read(data, file: file)
        }
    }

    /// Reads a flat file, refusing one larger than `maximumFileSize` without reading it all.
    private static func load(_ url: URL, file: String) throws(ReadError) -> Data {
        try InputFile.read(url.path, kind: "document", file: file, limit: maximumFileSize) { _ in tooLarge(file: file) }
    }

    private static func tooLarge(file: String) -> ReadError {
        ReadError(file: file,
                  problem: "This file is larger than \(maximumFileSize / (1024 * 1024)) MB, more than Roundtable reads.",
                  advice: "Check that it is the right file, or split it into smaller documents.")
    }
}

/// Gathers the blocks of a file in reading order, numbering each block that holds words.
struct ProseBlockList {
    private(set) var blocks: [ProseBlock] = []

    /// Adds a block of `kind`, unless it has no words.
    mutating func add(_ kind: ProseBlock.Kind, _ segments: [ProseBlock.Segment]) {
        guard !segments.isEmpty else { return }
        blocks.append(ProseBlock(kind: kind, segments: segments, paragraph: blocks.count + 1))
    }
}

/// The text of one office paragraph as it is gathered, run by run; a line break starts a new
/// piece. Office files have no lines to point to, so pieces carry no position.
struct OfficeLines {
    private var lines: [String] = [""]

    /// Adds `text` to the current line.
    mutating func append(_ text: String) { lines[lines.count - 1] += text }

    /// Starts a new line.
    mutating func breakLine() { lines.append("") }

    /// Whether the current line is empty or ends in a space, so leading space in new text can go.
    var atSpace: Bool { lines[lines.count - 1].last.map { $0 == " " } ?? true }

    /// The lines with words in them, trimmed, as segments.
    var segments: [ProseBlock.Segment] {
        lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { ProseBlock.Segment(text: $0) }
    }
}
