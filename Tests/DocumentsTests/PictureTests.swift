import Foundation
import Testing
import TestSupport
@testable import Documents

/// Reads a picture fixture from Tests/DocumentsTests/Fixtures/pictures.
private func fixture(_ name: String) throws -> Data {
    try Data(contentsOf: ProjectFiles.documentFixture("pictures/\(name)"))
}

/// Notes in a temporary folder beside copies of the picture fixtures, read and with their pictures embedded.
private func embedded(_ markdown: String, copying pictures: [String] = ["diagram.png", "photo.jpg", "small.gif"],
                      extra: (TemporaryFolder) throws -> Void = { _ in }) throws -> (Document, [PictureProblem]) {
    let folder = try TemporaryFolder("pictures")
    defer { folder.remove() }
    for name in pictures {
        try fixture(name).write(to: folder.appendingPathComponent(name))
    }
    try extra(folder)
    let notes = folder.appendingPathComponent("notes.md")
    try markdown.write(to: notes, atomically: true, encoding: .utf8)
    let document = try DocumentFile.read(notes.path)
    return PictureFiles(folder: folder.url, file: "notes.md").embed(in: document)
}

/// Every picture in the document, in reading order.
private func pictures(in document: Document) -> [Image] {
    var found: [Image] = []
    _ = document.mappingPictures { found.append($0); return $0 }
    return found
}

@Suite("Picture headers")
struct PictureHeaderTests {
    @Test("a PNG's size and resolution come from its own header")
    func png() throws {
        let picture = try Picture(data: fixture("diagram.png"))
        #expect(picture.format == .png)
        #expect((picture.pixelWidth, picture.pixelHeight) == (300, 150))
        #expect(picture.pixelsPerInch == 150)
        // 300 pixels at 150 to the inch is two inches: 144 points.
        let size = picture.size(fittingWidth: 1000, height: 1000)
        #expect(abs(size.width - 144) < 0.1 && abs(size.height - 72) < 0.1)
    }

    @Test("a JPEG's size comes from its frame header and its resolution from JFIF")
    func jpeg() throws {
        let picture = try Picture(data: fixture("photo.jpg"))
        #expect(picture.format == .jpeg)
        #expect((picture.pixelWidth, picture.pixelHeight) == (120, 90))
        #expect(picture.pixelsPerInch == 72)
    }

    @Test("a GIF has no resolution, so the usual 96 pixels to the inch is used")
    func gif() throws {
        let picture = try Picture(data: fixture("small.gif"))
        #expect(picture.format == .gif)
        #expect((picture.pixelWidth, picture.pixelHeight) == (40, 20))
        #expect(picture.pixelsPerInch == nil)
        #expect(picture.size(fittingWidth: 1000, height: 1000) == (30, 15))
    }

    @Test("a picture wider than the text is shrunk to fit, keeping its shape; a small one is never stretched")
    func fitting() throws {
        let wide = try Picture(data: fixture("wide.png"))
        let size = wide.size(fittingWidth: 450, height: 650)
        #expect(abs(size.width - 450) < 0.01)
        #expect(abs(size.height / size.width - 0.75) < 0.0001)
        let tall = wide.size(fittingWidth: 450, height: 100)
        #expect(abs(tall.height - 100) < 0.01 && tall.width < 450)
        let small = try Picture(data: fixture("small.gif")).size(fittingWidth: 450, height: 650)
        #expect(small == (30, 15))
    }

    @Test("other formats are named, and damaged pictures refused", arguments: [
        (Data("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8), PictureHeaderError.unsupported(format: "SVG")),
        (Data("RIFF\u{0}\u{0}\u{0}\u{0}WEBPVP8 ".utf8), .unsupported(format: "WebP")),
        (Data([0x49, 0x49, 0x2A, 0x00, 8, 0, 0, 0]), .unsupported(format: "TIFF")),
        (Data("Hello, this is text".utf8), .notAPicture),
        (Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]), .damaged(format: .png)),
        (Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 16]), .damaged(format: .jpeg)),
        (Data("GIF89a".utf8), .damaged(format: .gif)),
    ])
    func refused(bytes: Data, expected: PictureHeaderError) {
        #expect(throws: expected) { try Picture(data: bytes) }
    }

    @Test("a PNG cut short anywhere is refused or read, never crashes")
    func truncated() throws {
        let data = try fixture("diagram.png")
        for length in 0..<min(data.count, 200) {
            _ = try? Picture(data: data.prefix(length))
        }
        let jpeg = try fixture("photo.jpg")
        for length in 0..<jpeg.count {
            _ = try? Picture(data: jpeg.prefix(length))
        }
    }
}

@Suite("Pictures next to the notes")
struct PictureFilesTests {
    @Test("pictures next to the notes are put inside the document, the same file read once")
    func embeds() throws {
        let (document, problems) = try embedded("""
        ![A blue diagram](diagram.png "How we work together")

        A photo ![Sunset colours](photo.jpg) and the diagram again ![The diagram again](./diagram.png).
        """)
        #expect(problems.isEmpty)
        let found = pictures(in: document)
        #expect(found.map { $0.picture?.format } == [.png, .jpeg, .png])
        #expect(found[0].picture == found[2].picture)
        #expect(found[0].position == SourcePosition(line: 1, column: 1))
    }

    @Test("each problem is reported with its line and column, and the picture keeps its description")
    func problems() throws {
        let (document, problems) = try embedded("""
        # Pictures

        Missing: ![Our logo](logo.png)
        Folder: ![A folder](sub)
        Drawing: ![A drawing](drawing.svg)
        Not a picture: ![Some text](words.png)
        No words: ![](small.gif)
        On the web: ![A map](https://example.org/map.png)
        """, extra: { folder in
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
            try Data("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".utf8)
                .write(to: folder.appendingPathComponent("drawing.svg"))
            try Data("just words".utf8).write(to: folder.appendingPathComponent("words.png"))
        })
        let summary = problems.map { "\($0.place.position?.line ?? 0):\($0.place.position?.column ?? 0) \($0.severity.rawValue)" }
        #expect(summary == ["3:10 error", "4:9 error", "5:10 error", "6:16 error", "7:11 warning"])
        #expect(problems[0].description.hasPrefix("notes.md line 3, column 10: error: The picture 'logo.png' was not found"))
        #expect(problems[2].message.contains("SVG picture") && problems[2].message.contains("Save it as PNG"))
        #expect(problems[4].message.contains("no description"))
        let found = pictures(in: document)
        // Only the picture with no words is in; the web one is never fetched.
        #expect(found.map { $0.picture != nil } == [false, false, false, false, true, false])
    }

    @Test("a picture over the size limit is refused before it is read")
    func tooLarge() throws {
        let (document, problems) = try embedded("![Huge](huge.png)", copying: [], extra: { folder in
            let url = folder.appendingPathComponent("huge.png")
            try fixture("diagram.png").write(to: url)
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: UInt64(PictureFiles.maximumFileSize + 1))
            try handle.close()
        })
        #expect(problems.map(\.kind) == [.tooLarge(bytes: PictureFiles.maximumFileSize + 1)])
        #expect(pictures(in: document).first?.picture == nil)
    }

    @Test("addresses that are not paths next to the notes are never read")
    func addresses() {
        #expect(PictureFiles.localPath("diagram.png") == "diagram.png")
        #expect(PictureFiles.localPath("my%20picture.png") == "my picture.png")
        #expect(PictureFiles.localPath("pictures/a.png?v=2") == "pictures/a.png")
        for address in ["https://example.org/a.png", "//example.org/a.png", "data:image/png;base64,AAAA", "file:///etc/passwd", "#top", ""] {
            #expect(PictureFiles.localPath(address) == nil, "\(address)")
        }
    }
}

@Suite("Pictures in every format")
struct PictureWritingTests {
    private func document() throws -> Document {
        try embedded("""
        # Pictures

        ![A blue diagram](diagram.png "How we work together")

        A photo ![Sunset colours](photo.jpg) in a line, and a web one ![A map](https://example.org/map.png).
        """).0
    }

    @Test("Word: each picture is stored once, related, typed and described for screen readers")
    func docx() throws {
        let data = try DOCXWriter().write(try document())
        let parts = try ZIPParts.unzip(data)
        #expect(parts["word/media/image1.png"] == (try fixture("diagram.png")))
        #expect(parts["word/media/image2.jpeg"] == (try fixture("photo.jpg")))
        func xml(_ path: String) throws -> XMLProbe { try #require(parts[path].flatMap { XMLProbe($0) }) }
        let body = try xml("word/document.xml")
        #expect(body.strings("//wp:inline/wp:docPr/@descr") == ["A blue diagram", "Sunset colours"])
        #expect(body.string("//wp:inline/wp:docPr/@title") == "How we work together")
        // 300 pixels at 150 to the inch: two inches, 1,828,800 EMUs.
        #expect(body.string("(//wp:inline/wp:extent)[1]/@cx") == "1828800")
        #expect(body.string("//w:p[w:pPr/w:pStyle/@w:val='Caption']") == "How we work together")
        #expect(body.string("//w:hyperlink//w:t") == "[Picture: A map]")
        let relationships = try xml("word/_rels/document.xml.rels")
        let embeds = body.strings("//a:blip/@r:embed")
        #expect(embeds.count == 2)
        for (id, target) in zip(embeds, ["media/image1.png", "media/image2.jpeg"]) {
            #expect(relationships.string("//rel:Relationship[@Id='\(id)']/@Target") == target)
        }
        let types = try xml("[Content_Types].xml")
        #expect(types.string("//ct:Default[@Extension='png']/@ContentType") == "image/png")
        #expect(types.string("//ct:Default[@Extension='jpeg']/@ContentType") == "image/jpeg")
        #expect(try DOCXWriter().write(try document()) == data)
    }

    @Test("LibreOffice: each picture is a frame with its data, title and description")
    func fodt() throws {
        let data = FODTWriter().write(try document())
        let xml = try #require(XMLProbe(data))
        #expect(xml.strings("//draw:frame/svg:desc") == ["A blue diagram", "Sunset colours"])
        #expect(xml.strings("//draw:frame/svg:title") == ["How we work together"])
        let stored = xml.strings("//draw:frame/draw:image/office:binary-data").map { Data(base64Encoded: $0) }
        #expect(stored == [try fixture("diagram.png"), try fixture("photo.jpg")])
        #expect(xml.string("(//draw:frame)[1]/@svg:width") == "50.80mm")
        #expect(xml.string("//text:p[@text:style-name='Figure']") == "How we work together")
        #expect(FODTWriter().write(try document()) == data)
    }

    @Test("Web page: each picture is a data address inside the page, with its text alternative and size")
    func html() throws {
        let page = String(decoding: try HTMLWriter().write(try document()), as: UTF8.self)
        let diagram = "data:image/png;base64," + (try fixture("diagram.png")).base64EncodedString()
        #expect(page.contains("<figure><img src=\"\(diagram)\" alt=\"A blue diagram\" width=\"192\" height=\"96\" /><figcaption>How we work together</figcaption></figure>"))
        // 120 pixels at 72 to the inch: 1⅔ inches, which is 160 CSS pixels (96 to the inch), as in print.
        #expect(page.contains("alt=\"Sunset colours\" width=\"160\" height=\"120\""))
        #expect(page.contains("<a class=\"picture\" href=\"https://example.org/map.png\">[Picture: A map]</a>"))
        #expect(!page.contains("src=\"https:"))
    }

    @Test("a picture whose file was not found leaves its description, in every format")
    func missing() throws {
        let (document, _) = try embedded("Before ![Our logo](logo.png) after.")
        let page = String(decoding: try HTMLWriter().write(document), as: UTF8.self)
        #expect(page.contains("Before <span class=\"picture\">[Picture: Our logo]</span> after."))
        #expect(!page.contains("<img"))
        let parts = try ZIPParts.unzip(try DOCXWriter().write(document))
        let body = try #require(parts["word/document.xml"].flatMap { XMLProbe($0) })
        #expect(body.string("//w:body/w:p[2]") == "Before [Picture: Our logo] after.")
        let fodt = try #require(XMLProbe(FODTWriter().write(document)))
        #expect(fodt.count("//draw:frame") == 0)
        #expect(fodt.strings("//text:p").contains("Before [Picture: Our logo] after."))
    }
}

/// A name, a place and a camera written inside picture files, by hand, the way cameras and
/// editing programs write them.
private enum PictureDetailsFixture {
    static let name = "Sam Khan"
    static let place = "GPS 53.8008 N 1.5491 W"

    /// A PNG chunk of `type` holding `data` (the checksum is not checked by the code under test,
    /// but is written right so real readers accept the file).
    static func pngChunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in body {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 != 0 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        }
        crc ^= 0xFFFF_FFFF
        let length = UInt32(data.count)
        return [24, 16, 8, 0].map { UInt8(length >> $0 & 0xFF) } + body + [24, 16, 8, 0].map { UInt8(crc >> $0 & 0xFF) }
    }

    /// Exif data (big-endian TIFF) with one entry: the orientation `orientation`, then the name and place as text.
    static func exif(orientation: UInt8) -> [UInt8] {
        let tiff: [UInt8] = [0x4D, 0x4D, 0x00, 0x2A, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0, 0, 0]
        return Array("Exif\0\0".utf8) + tiff + Array("Artist: \(name); \(place)".utf8)
    }

    static func jpegBlock(_ marker: UInt8, _ body: [UInt8]) -> [UInt8] {
        let length = body.count + 2
        return [0xFF, marker, UInt8(length >> 8), UInt8(length & 0xFF)] + body
    }

    static func png() throws -> Data {
        let original = [UInt8](try fixture("diagram.png"))
        let text = pngChunk("tEXt", Array("Author\0\(name)".utf8)) + pngChunk("eXIf", Array(exif(orientation: 1).dropFirst(6)))
            + pngChunk("iTXt", Array("Comment\0\0\0\0\0Taken at \(place)".utf8))
        return Data(original.prefix(33) + text + original.dropFirst(33))
    }

    static func jpeg(orientation: UInt8 = 1) throws -> Data {
        let original = [UInt8](try fixture("photo.jpg"))
        let details = jpegBlock(0xE1, exif(orientation: orientation))
            + jpegBlock(0xE1, Array("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><dc:creator>\(name)</dc:creator></x:xmpmeta>".utf8))
            + jpegBlock(0xED, Array("Photoshop 3.0\0\(name)".utf8)) + jpegBlock(0xFE, Array("Taken at \(place)".utf8))
        return Data(original.prefix(2) + details + original.dropFirst(2))
    }

    static func gif() throws -> Data {
        let original = [UInt8](try fixture("small.gif"))
        // small.gif has a global colour table of 2 colours (6 bytes) after its 13-byte header.
        let comment: [UInt8] = [0x21, 0xFE, UInt8(name.utf8.count)] + Array(name.utf8) + [0]
        return Data(original.prefix(19) + comment + original.dropFirst(19))
    }
}

@Suite("What pictures say about themselves")
struct PictureDetailsTests {
    private func contains(_ data: Data, _ text: String) -> Bool { data.range(of: Data(text.utf8)) != nil }

    @Test("names, places and camera details are taken out of PNG, JPEG and GIF files; the picture is kept")
    func removed() throws {
        for (data, format) in [(try PictureDetailsFixture.png(), Picture.Format.png), (try PictureDetailsFixture.jpeg(), .jpeg),
                               (try PictureDetailsFixture.gif(), .gif)] {
            #expect(contains(data, PictureDetailsFixture.name), "the fixture holds the name")
            let cleaned = PictureDetails.removed(from: data, format: format)
            #expect(!contains(cleaned, PictureDetailsFixture.name), "\(format)")
            #expect(!contains(cleaned, "GPS"), "\(format)")
            let before = try Picture(data: data), after = try Picture(data: cleaned)
            #expect((after.format, after.pixelWidth, after.pixelHeight, after.pixelsPerInch)
                    == (before.format, before.pixelWidth, before.pixelHeight, before.pixelsPerInch))
        }
        // A file with nothing to take out is kept byte for byte.
        #expect(PictureDetails.removed(from: try fixture("photo.jpg"), format: .jpeg) == (try fixture("photo.jpg")))
        #expect(PictureDetails.removed(from: try fixture("small.gif"), format: .gif) == (try fixture("small.gif")))
    }

    @Test("no document holds the name or the place, and a photograph stored on its side is reported")
    func documents() throws {
        let (document, problems) = try embedded("![A diagram](named.png)\n\n![A photo](named.jpg)\n\n![A drawing](named.gif)\n\n![Turned](turned.jpg)\n",
                                                 copying: []) { folder in
            try PictureDetailsFixture.png().write(to: folder.appendingPathComponent("named.png"))
            try PictureDetailsFixture.jpeg().write(to: folder.appendingPathComponent("named.jpg"))
            try PictureDetailsFixture.gif().write(to: folder.appendingPathComponent("named.gif"))
            try PictureDetailsFixture.jpeg(orientation: 6).write(to: folder.appendingPathComponent("turned.jpg"))
        }
        #expect(problems.map(\.kind) == [.turned])
        #expect(problems.first?.place.position == SourcePosition(line: 7, column: 1))
        #expect(problems.first?.severity == .warning)
        #expect(pictures(in: document).allSatisfy { $0.picture != nil })
        let docx = try DOCXWriter().write(document)
        for (part, data) in try ZIPParts.unzip(docx) { #expect(!contains(data, PictureDetailsFixture.name), "\(part)") }
        let page = try HTMLWriter().write(document)
        let fodt = FODTWriter().write(document)
        for picture in pictures(in: document) {
            let encoded = try #require(picture.picture).data.base64EncodedString()
            #expect(contains(page, encoded) && contains(fodt, encoded))
            #expect(!contains(try #require(picture.picture).data, PictureDetailsFixture.name))
        }
    }
}
