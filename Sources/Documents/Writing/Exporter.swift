import Foundation

/// Turns a document read from any input into finished documents in several formats, each named
/// after its input.
public struct Exporter: Sendable {
    /// The formats to write, in order.
    public var formats: [OutputFormat]
    /// A title that replaces the one in the notes.
    public var title: String?
    /// A date that replaces the one in the notes.
    public var date: CalendarDate?
    /// How every format is written.
    public var options: WriterOptions

    /// Creates an exporter for `formats` written with `options`, optionally replacing the notes'
    /// title and date.
    public init(formats: [OutputFormat], title: String? = nil, date: CalendarDate? = nil, options: WriterOptions = .standard) {
        self.formats = formats
        self.title = title
        self.date = date
        self.options = options
    }

    /// One output file per format in `folder` for `document`, named `baseName.<extension>`.
    public func export(_ document: Document, baseName: String, into folder: URL) throws -> [OutputFiles.File] {
        var document = document
        if let title { document.metadata.title = title }
        if let date { document.metadata.date = date }
        return try OutputFiles.documents(document, formats: formats, options: options, baseName: baseName, folder: folder)
    }

    /// What exporting one input gives: its documents, and what was wrong with its pictures.
    public struct Result: Sendable {
        /// One file per format, not yet written.
        public var files: [OutputFiles.File]
        /// Pictures that could not be put in the documents, or have no description; each
        /// document still holds the picture's text alternative in its place.
        public var pictureProblems: [PictureProblem]
    }

    /// Reads the file at `path` (any format `DocumentFile` reads, or standard input's Markdown when
    /// `path` is `-` and `standardInput` is given), puts the pictures next to it inside, and makes
    /// one file per format in `folder`, named after the input.
    public func export(file path: String, standardInput: String? = nil, into folder: URL) throws -> Result {
        let document: Document
        let pictures: PictureFiles
        if path == "-", let standardInput {
            document = try MarkdownReader().read(standardInput, file: "standard input")
            pictures = PictureFiles(folder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath), file: "standard input")
        } else {
            document = try DocumentFile.read(path)
            pictures = PictureFiles(notesPath: path)
        }
        let embedded = pictures.embed(in: document)
        let baseName = path == "-" ? "notes" : Self.baseName(of: path)
        return Result(files: try export(embedded.document, baseName: baseName, into: folder), pictureProblems: embedded.problems)
    }

    /// The name outputs of `path` share: its file name without the extension (`notes.md` → `notes`).
    public static func baseName(of path: String) -> String {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return name.isEmpty || name.hasPrefix(".") ? "notes" : name
    }
}
