import Foundation

/// Something that turns a document into the bytes of one file format.
public protocol DocumentWriter: Sendable {
    /// The file name extension of the format, without the dot.
    var fileExtension: String { get }
    /// Writes the whole document with `options`; the same document and options always give the same bytes.
    func write(_ document: Document, options: WriterOptions) throws -> Data
}

extension DocumentWriter {
    /// Writes the whole document in the usual layout.
    public func write(_ document: Document) throws -> Data {
        try write(document, options: .standard)
    }
}
