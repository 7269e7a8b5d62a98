import Foundation

/// The picture files of a Word document, stored once each under `word/media/`, however often and
/// in whichever part they are shown.
struct DOCXMedia {
    /// Each file's path inside `word/` (`media/image1.png`) and its picture, in the order first shown.
    private(set) var files: [(path: String, picture: Picture)] = []
    private var paths: [Data: String] = [:]

    /// The path of `picture` inside `word/`, storing it on first use.
    mutating func path(for picture: Picture) -> String {
        if let path = paths[picture.data] { return path }
        let path = "media/image\(files.count + 1).\(picture.format.fileExtension)"
        files.append((path, picture))
        paths[picture.data] = path
        return path
    }

    /// The formats stored, each once, in a fixed order, for the content types part.
    var formats: [Picture.Format] {
        Picture.Format.allCases.filter { format in files.contains { $0.picture.format == format } }
    }
}

/// The DrawingML that shows one picture in line with the text, as Word itself writes it.
enum DOCXDrawing {
    static let drawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    private static let mainNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main"
    private static let pictureNamespace = "http://schemas.openxmlformats.org/drawingml/2006/picture"
    /// English Metric Units to the point: DrawingML measures in EMUs (914,400 to the inch).
    private static let emusPerPoint = 12_700.0

    /// A `w:drawing` of `image`, `size` points, stored under relationship `relationship`, with
    /// `number` unique among the document's drawings; its text alternative becomes the
    /// description Word's "Alt Text" pane and screen readers read.
    static func inline(_ image: Image, size: (width: Double, height: Double), relationship: String, number: Int,
                       to xml: inout MarkupBuffer) {
        let width = Int((size.width * emusPerPoint).rounded()), height = Int((size.height * emusPerPoint).rounded())
        xml.raw("<w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">")
        xml.raw("<wp:extent cx=\"\(width)\" cy=\"\(height)\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>")
        xml.raw("<wp:docPr id=\"\(number)\" name=\"Picture \(number)\" descr=\"")
        xml.attribute(image.alternative)
        if let title = image.title, !title.isEmpty {
            xml.raw("\" title=\"")
            xml.attribute(title)
        }
        xml.raw("\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"\(mainNamespace)\" noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>")
        xml.raw("<a:graphic xmlns:a=\"\(mainNamespace)\"><a:graphicData uri=\"\(pictureNamespace)\">")
        xml.raw("<pic:pic xmlns:pic=\"\(pictureNamespace)\"><pic:nvPicPr><pic:cNvPr id=\"\(number)\" name=\"Picture \(number)\" descr=\"")
        xml.attribute(image.alternative)
        xml.raw("\"/><pic:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></pic:cNvPicPr></pic:nvPicPr>")
        xml.raw("<pic:blipFill><a:blip r:embed=\"\(relationship)\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>")
        xml.raw("<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(width)\" cy=\"\(height)\"/></a:xfrm>")
        xml.raw("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>")
    }
}
