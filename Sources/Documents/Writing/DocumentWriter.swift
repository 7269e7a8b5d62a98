import Foundation

/// Something that turns a document into the bytes of one file format.
public protocol DocumentWriter: Sendable {
    /// The file name extension of the format, without the dot.
    var fileExtension: String { get }
    /// Writes the whole document; the same document always gives the same bytes.
    func write(_ document: Document) throws -> Data
}
