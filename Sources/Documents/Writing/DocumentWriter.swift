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

/// A writer whose output is one long buffer of bytes, which `OutputFiles` takes as it is rather
/// than as a copy in `Data`, so a long document is held once, not twice, on its way to the disk.
package protocol ByteWriter: DocumentWriter {
    /// The same bytes as `write(_:options:)`.
    func bytes(_ document: Document, options: WriterOptions) throws -> [UInt8]
}
