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

/// A writer that hands its output to a sink a chunk at a time (see `ByteSink`), so `OutputFiles`
/// can write a long document to the disk as it is made rather than hold it whole.
package protocol ByteWriter: DocumentWriter {
    /// What writes `document` with `options` to a sink: the same bytes as `write(_:options:)`.
    /// Throws now, before anything is written, when the writer lacks something it needs.
    func writing(_ document: Document, options: WriterOptions) throws -> @Sendable (any ByteSink) -> Void
}

extension ByteWriter {
    /// The whole output in memory, made through `writing(_:options:)`.
    package func collected(_ document: Document, options: WriterOptions) throws -> [UInt8] {
        let collector = ByteCollector()
        try writing(document, options: options)(collector)
        if let failure = collector.failure { throw WriterFailure(reason: failure) }
        return collector.bytes
    }
}

/// A writer could not make its whole output.
package struct WriterFailure: Error, LocalizedError {
    /// Why, in words for the user.
    let reason: String

    package var errorDescription: String? { reason }
}
