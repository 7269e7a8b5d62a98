import Documents
import Foundation

/// How published documents look: the house style (named, or `.roundtable/style.yaml` found in
/// the working folder or a folder above it) and the paper size. Every front end chooses through
/// here, so the command line and the web pages agree.
public struct DocumentLook: Sendable {
    /// The options every writer is given.
    public let options: WriterOptions
    /// The house style file used, or nil for Roundtable's own look.
    public let styleFile: String?

    /// The look for documents written from `workingFolder`: the style file `named` (else the one
    /// found from `workingFolder` upwards, else Roundtable's own look), on `pageSize` paper (else
    /// the style's paper, else A4), in `layout`; Word files take the styles, theme and page of
    /// `referenceDocument` when one is given; a contents list is added when `contents` is true.
    ///
    /// Throws a `ReadError` naming the line and column of anything wrong in the style file, or
    /// what is wrong with the reference document.
    public static func resolve(workingFolder: URL, named: String?, pageSize: WriterOptions.PageSize?,
                               referenceDocument: String? = nil, layout: WriterOptions.Layout = .standard,
                               contents: Bool = false) throws(ReadError) -> DocumentLook {
        let file = named ?? HouseStyleReader.find(from: workingFolder)
        let style = try file.map { path throws(ReadError) in try HouseStyleReader.read(path) } ?? .roundtable
        let reference = try referenceDocument.map { path throws(ReadError) in try ReferenceDocument.read(path) }
        return DocumentLook(options: WriterOptions(layout: layout, pageSize: pageSize ?? style.pageSize ?? .a4, style: style,
                                                   referenceDocument: reference, contents: contents),
                            styleFile: file)
    }
}
