import Foundation

/// Writes a document as a Word file (Office Open XML), for people who edit or print in Word or LibreOffice.
///
/// The file uses Word's built-in styles (Title, Heading 2 …, List Paragraph, Quote, footnote
/// text), real numbered and bulleted lists, footnotes at their references and links that screen
/// readers announce. Pictures put inside the document (see `PictureFiles`) are stored in it and
/// described for screen readers; any other picture is written as its text alternative. With
/// `WriterOptions.contents`, a contents list Word can update follows the title block.
public struct DOCXWriter: DocumentWriter, ByteWriter {
    /// Creates a writer.
    public init() {}

    /// The file name extension of Word documents.
    public var fileExtension: String { "docx" }

    /// Writes the whole document as the bytes of a .docx file; the same document always gives the same bytes.
    public func write(_ document: Document, options: WriterOptions) throws -> Data {
        Data(try collected(document, options: options))
    }

    /// Writes the .docx file to a sink; document.xml is compressed on a second thread as it is
    /// written, so it is never held whole and compressing it takes little extra time.
    package func writing(_ document: Document, options: WriterOptions) -> @Sendable (any ByteSink) -> Void {
        { sink in
            let prepared = PreparedDocument(document, options: options)
            let documentXML = Deflater()
            let compressing = BackgroundSink(documentXML)
            var content = DOCXContentWriter(blocks: prepared.blocks, footnotes: prepared.footnotes,
                                            page: DOCXPage(size: options.pageSize, reference: options.referenceDocument),
                                            style: options.style, document: MarkupBuffer(spillingTo: compressing))
            content.writeDocument(prepared)
            let (body, footnotes) = content.finish()
            let package = DOCXPackage(metadata: prepared.metadata, layout: prepared.layout, style: options.style,
                                      reference: options.referenceDocument, hasContents: prepared.contents != nil, document: documentXML,
                                      documentLinks: body.links, footnotes: footnotes.xml, footnoteLinks: footnotes.links,
                                      numbering: content.numbering.xml, documentPictures: body.pictures,
                                      footnotePictures: footnotes.pictures, media: content.media)
            // The other parts are deflated here while the second thread finishes document.xml.
            let parts = package.deflatedParts()
            compressing.wait()
            documentXML.finish()
            package.archive(parts, to: sink)
        }
    }
}
