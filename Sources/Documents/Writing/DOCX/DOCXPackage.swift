import Foundation

/// The parts around the content (content types, relationships, settings, document properties)
/// and the ZIP archive that holds them all.
struct DOCXPackage {
    static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let officeRelationship = relationshipsNamespace + "/"

    /// The relationships of document.xml that are not hyperlinks; hyperlink ids follow them.
    static let documentRelationships: [(type: String, target: String)] = [
        ("styles", "styles.xml"), ("numbering", "numbering.xml"), ("footnotes", "footnotes.xml"), ("settings", "settings.xml"),
        ("fontTable", "fontTable.xml"), ("theme", "theme/theme1.xml"), ("footer", "footer1.xml"),
    ]

    /// The relationship id of the page footer, which the section properties name.
    static let footerRelationship = "rId\(documentRelationships.firstIndex { $0.type == "footer" }! + 1)"

    let metadata: Metadata
    let layout: WriterOptions.Layout
    let style: HouseStyle
    let reference: ReferenceDocument?
    /// Whether the document has a contents list, whose styles styles.xml then holds.
    let hasContents: Bool
    /// document.xml, compressed as it is written; finished before `archive` is called.
    let document: Deflater
    let documentLinks: DOCXHyperlinks
    let footnotes: MarkupBuffer
    let footnoteLinks: DOCXHyperlinks
    let numbering: MarkupBuffer
    let documentPictures: DOCXHyperlinks
    let footnotePictures: DOCXHyperlinks
    let media: DOCXMedia

    /// Every part but document.xml, in the fixed order they are stored: those before it and those after it.
    private var parts: (before: [(path: String, content: MarkupBuffer)], after: [(path: String, content: MarkupBuffer)]) {
        let before: [(path: String, content: MarkupBuffer)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", Self.relationships([
                (Self.officeRelationship + "officeDocument", "word/document.xml"),
                ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
                (Self.officeRelationship + "extended-properties", "docProps/app.xml"),
            ], links: nil, pictures: nil)),
            ("docProps/core.xml", coreProperties),
            ("docProps/app.xml", appProperties),
        ]
        var parts: [(path: String, content: MarkupBuffer)] = [
            ("word/_rels/document.xml.rels", Self.relationships(
                Self.documentRelationships.map { (Self.officeRelationship + $0.type, $0.target) }, links: documentLinks,
                pictures: documentPictures)),
            ("word/styles.xml", styles),
            ("word/numbering.xml", numbering),
            ("word/footnotes.xml", footnotes),
        ]
        if !footnoteLinks.targets.isEmpty || !footnotePictures.targets.isEmpty {
            parts.append(("word/_rels/footnotes.xml.rels", Self.relationships([], links: footnoteLinks, pictures: footnotePictures)))
        }
        parts.append(("word/settings.xml", settings))
        parts.append(("word/footer1.xml", footer))
        parts.append(("word/fontTable.xml", reference?.fontTable.map(Self.bytes) ?? Self.fixed(DOCXTheme.fontTable(style))))
        parts.append(("word/theme/theme1.xml", reference?.theme.map(Self.bytes) ?? Self.fixed(DOCXTheme.theme(style))))
        return (before, parts)
    }

    /// Every part but document.xml, made and deflated, in the order they are stored: those before
    /// document.xml and those after it. They need nothing of document.xml, so they can be made
    /// while it is still being compressed.
    func deflatedParts() -> (before: [(path: String, deflated: Deflater)], after: [(path: String, deflated: Deflater)]) {
        let parts = self.parts
        return (parts.before.map { ($0.path, .deflating($0.content.bytes)) }, parts.after.map { ($0.path, .deflating($0.content.bytes)) })
    }

    /// Writes the archive to `sink`: `parts` (from `deflatedParts()`) around document.xml, which
    /// must be finished, then the pictures (already compressed) stored as they are; see
    /// `ZIPWriter` for why equal input gives equal bytes.
    func archive(_ parts: (before: [(path: String, deflated: Deflater)], after: [(path: String, deflated: Deflater)]),
                 to sink: any ByteSink) {
        var zip = ZIPWriter(sink: sink)
        for part in parts.before { zip.add(part.path, deflated: part.deflated) }
        zip.add("word/document.xml", deflated: document)
        for part in parts.after { zip.add(part.path, deflated: part.deflated) }
        for file in media.files { zip.add("word/" + file.path, stored: file.picture.data) }
        zip.finish()
    }

    private var contentTypes: MarkupBuffer {
        var xml = MarkupBuffer(capacity: 2048)
        xml.raw(Self.xmlDeclaration)
        xml.raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        xml.raw("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        xml.raw("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        for format in media.formats {
            xml.raw("<Default Extension=\"\(format.fileExtension)\" ContentType=\"\(format.mediaType)\"/>")
        }
        let word = "application/vnd.openxmlformats-officedocument.wordprocessingml."
        for (part, type) in [("/word/document.xml", word + "document.main+xml"), ("/word/styles.xml", word + "styles+xml"),
                             ("/word/numbering.xml", word + "numbering+xml"), ("/word/footnotes.xml", word + "footnotes+xml"),
                             ("/word/settings.xml", word + "settings+xml"), ("/word/fontTable.xml", word + "fontTable+xml"),
                             ("/word/footer1.xml", word + "footer+xml"),
                             ("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
                             ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                             ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")] {
            xml.raw("<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>")
        }
        xml.raw("</Types>")
        return xml
    }

    /// Roundtable's styles, or the reference document's with Roundtable's styles it lacks added.
    private var styles: MarkupBuffer {
        guard let reference else { return DOCXStyles.xml(language: metadata.language, layout: layout, style: style, contents: hasContents) }
        let missing = DOCXStyles.missing(from: reference.styleIds, language: metadata.language, layout: layout, style: style,
                                         contents: hasContents)
        return Self.bytes(reference.styles(adding: missing))
    }

    /// A part taken as it is from another file.
    private static func bytes(_ data: Data) -> MarkupBuffer {
        var xml = MarkupBuffer(capacity: data.count)
        xml.raw(String(decoding: data, as: UTF8.self))
        return xml
    }

    private static func fixed(_ markup: String) -> MarkupBuffer {
        var xml = MarkupBuffer()
        xml.raw(markup)
        return xml
    }

    /// A relationships part: `fixed` get ids rId1, rId2 …, then each hyperlink target in `links`,
    /// then each picture file in `pictures`.
    private static func relationships(_ fixed: [(type: String, target: String)], links: DOCXHyperlinks?,
                                      pictures: DOCXHyperlinks?) -> MarkupBuffer {
        var xml = MarkupBuffer(capacity: 1024)
        xml.raw(xmlDeclaration)
        xml.raw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
        for (offset, relationship) in fixed.enumerated() {
            xml.raw("<Relationship Id=\"rId\(offset + 1)\" Type=\"\(relationship.type)\" Target=\"\(relationship.target)\"/>")
        }
        for (id, target) in links?.relationships ?? [] {
            xml.raw("<Relationship Id=\"\(id)\" Type=\"\(officeRelationship)hyperlink\" Target=\"")
            xml.attribute(target)
            xml.raw("\" TargetMode=\"External\"/>")
        }
        for (id, target) in pictures?.relationships ?? [] {
            xml.raw("<Relationship Id=\"\(id)\" Type=\"\(officeRelationship)image\" Target=\"\(target)\"/>")
        }
        xml.raw("</Relationships>")
        return xml
    }

    /// The footer of every page: the house style's footer line, if any, over "Page 3 of 10",
    /// centred. The numbers are fields Word and LibreOffice fill in; the 1s are only what a
    /// reader shows before it does.
    private var footer: MarkupBuffer {
        var xml = MarkupBuffer(capacity: 1024)
        xml.raw(Self.xmlDeclaration)
        xml.raw("<w:ftr xmlns:w=\"\(Self.wordNamespace)\" xmlns:r=\"\(Self.relationshipsNamespace)\">")
        if let line = style.footer {
            xml.raw("<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr><w:r><w:t xml:space=\"preserve\">")
            xml.text(line)
            xml.raw("</w:t></w:r></w:p>")
        }
        xml.raw("<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>")
        xml.raw("<w:r><w:t xml:space=\"preserve\">Page </w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>")
        xml.raw("<w:r><w:t xml:space=\"preserve\"> of </w:t></w:r><w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple>")
        xml.raw("</w:p></w:ftr>")
        return xml
    }

    private var settings: MarkupBuffer {
        var xml = MarkupBuffer(capacity: 1024)
        xml.raw(Self.xmlDeclaration)
        xml.raw("<w:settings xmlns:w=\"\(Self.wordNamespace)\">")
        xml.raw("<w:defaultTabStop w:val=\"\(DOCXStyles.indent)\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>")
        xml.raw("<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>")
        xml.raw("<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>")
        xml.raw("<w:themeFontLang w:val=\"")
        xml.attribute(metadata.language)
        xml.raw("\"/></w:settings>")
        return xml
    }

    private var coreProperties: MarkupBuffer {
        var xml = MarkupBuffer(capacity: 2048)
        xml.raw(Self.xmlDeclaration)
        xml.raw("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
        xml.raw(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
        xml.raw(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
        func element(_ name: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            xml.raw("<\(name)>")
            xml.text(value)
            xml.raw("</\(name)>")
        }
        element("dc:title", metadata.title)
        element("dc:creator", metadata.authors.joined(separator: "; "))
        element("dc:description", metadata.summary)
        element("cp:keywords", metadata.keywords.joined(separator: ", "))
        element("dc:language", metadata.language)
        if let date = metadata.date {
            // The document's own date, never the clock, so writing twice gives the same file.
            for name in ["dcterms:created", "dcterms:modified"] {
                xml.raw("<\(name) xsi:type=\"dcterms:W3CDTF\">\(date.iso)T00:00:00Z</\(name)>")
            }
        }
        xml.raw("</cp:coreProperties>")
        return xml
    }

    private var appProperties: MarkupBuffer {
        var xml = MarkupBuffer(capacity: 512)
        xml.raw(Self.xmlDeclaration)
        xml.raw("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">")
        xml.raw("<Application>Roundtable</Application>")
        if let organisation = metadata.organisation, !organisation.isEmpty {
            xml.raw("<Company>")
            xml.text(organisation)
            xml.raw("</Company>")
        }
        xml.raw("</Properties>")
        return xml
    }
}
