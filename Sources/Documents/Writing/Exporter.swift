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

    /// The name outputs of `path` share: its file name without the extension (`notes.md` → `notes`).
    public static func baseName(of path: String) -> String {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return name.isEmpty || name.hasPrefix(".") ? "notes" : name
    }
}
