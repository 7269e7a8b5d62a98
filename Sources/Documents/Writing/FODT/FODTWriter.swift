import Foundation

/// Writes a document as one OpenDocument text file in flat XML (`.fodt`), which LibreOffice and
/// other office suites open and edit directly, with real headings, lists, tables and footnotes,
/// and with `WriterOptions.contents`, a contents list LibreOffice can update.
///
/// The file follows ODF 1.3 without any vendor extensions, and the same document always gives
/// the same bytes: dates come only from the document's metadata and style names never change.
public struct FODTWriter: DocumentWriter, ByteWriter {
    /// Creates a writer.
    public init() {}

    /// The file name extension, `fodt`.
    public var fileExtension: String { "fodt" }

    /// Writes `document` in the usual layout; writing FODT cannot fail.
    public func write(_ document: Document) -> Data {
        write(document, options: .standard)
    }

    /// Writes `document` with `options` as the UTF-8 bytes of an `.fodt` file.
    public func write(_ document: Document, options: WriterOptions) -> Data {
        let collector = ByteCollector()
        write(document, options: options, to: collector)
        return Data(collector.bytes)
    }

    /// Writes the `.fodt` file to a sink; writing FODT cannot fail.
    package func writing(_ document: Document, options: WriterOptions) -> @Sendable (any ByteSink) -> Void {
        { sink in write(document, options: options, to: sink) }
    }

    private func write(_ document: Document, options: WriterOptions, to sink: any ByteSink) {
        let prepared = PreparedDocument(document, options: options)
        let language = FODTLanguage(prepared.metadata.language)

        // The body comes first: the automatic styles depend on the tables it holds. It is kept
        // in the chunks it was written in until the head is written.
        let page = FODTPage(size: options.pageSize)
        let bodyChunks = ChunkList()
        var body = FODTBody(footnotes: prepared.footnotes, page: page, out: MarkupBuffer(spillingTo: bodyChunks))
        body.write(prepared)
        body.out.flush()

        var head = MarkupBuffer(spillingTo: sink)
        head.raw("""
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
        xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
        xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
        xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
        xmlns:xlink="http://www.w3.org/1999/xlink" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" \
        xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
        office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">

        """)
        FODTMetadata.write(prepared.metadata, title: prepared.title, language: language, into: &head)
        FODTStyles.writeFontFaces(options.style, into: &head)
        FODTStyles.writeStyles(language: language, layout: prepared.layout, style: options.style, contents: prepared.contents != nil, into: &head)
        FODTStyles.writeAutomaticStyles(tableColumnWidths: body.tableColumnWidths, page: page, style: options.style, into: &head)
        head.flush()
        bodyChunks.drain(into: sink)
        sink.take(Array("\n</office:document>\n".utf8))
    }
}
