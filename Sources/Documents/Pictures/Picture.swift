import Foundation

/// The bytes of a picture file put inside a document, with the facts writers need to place it:
/// its format, its size in pixels and, when the file says so, how many pixels make an inch.
///
/// Made only by ``Picture/init(data:)``, which reads the file's own header, so a `Picture` always
/// holds a PNG, JPEG or GIF file whose size is known.
public struct Picture: Sendable, Equatable {
    /// The picture formats every writer can embed: Word, LibreOffice and browsers show all three.
    public enum Format: String, Sendable, Equatable, CaseIterable {
        /// Portable Network Graphics: diagrams, screenshots, logos.
        case png
        /// JPEG: photographs.
        case jpeg
        /// GIF: simple drawings and old logos.
        case gif

        /// The media type, as web pages and office files name it.
        public var mediaType: String { "image/" + rawValue }

        /// The file name extension used inside a Word file.
        var fileExtension: String { rawValue }
    }

    /// The format, read from the file's first bytes rather than its name.
    public let format: Format
    /// The whole file.
    public let data: Data
    /// The width in pixels.
    public let pixelWidth: Int
    /// The height in pixels.
    public let pixelHeight: Int
    /// How many pixels make an inch across, when the file records it (PNG `pHYs`, JPEG JFIF).
    public let pixelsPerInch: Double?

    /// The resolution assumed when a file does not give one: what browsers and Word assume.
    public static let usualPixelsPerInch = 96.0

    /// Reads the header of a PNG, JPEG or GIF file held in `data`.
    ///
    /// Throws ``PictureHeaderError`` when the bytes are another kind of file, or a damaged one.
    public init(data: Data) throws(PictureHeaderError) {
        let header = try PictureHeader(Array(data.prefix(PictureHeader.bytesRead)))
        format = header.format
        self.data = data
        pixelWidth = header.width
        pixelHeight = header.height
        pixelsPerInch = header.pixelsPerInch
    }

    /// The size the picture is meant to be printed at, in points (72 to the inch): its pixels
    /// at its own resolution, shrunk (never stretched) to fit a box `width` by `height` points,
    /// keeping its shape.
    public func size(fittingWidth width: Double, height: Double) -> (width: Double, height: Double) {
        let perInch = pixelsPerInch ?? Self.usualPixelsPerInch
        let natural = (width: Double(pixelWidth) * 72 / perInch, height: Double(pixelHeight) * 72 / perInch)
        let scale = min(1, width / natural.width, height / natural.height)
        return (natural.width * scale, natural.height * scale)
    }
}

extension Paragraph {
    /// The picture, when the paragraph holds one embedded picture with a title and nothing else:
    /// writers show it as a figure, with the title as its caption below.
    var figure: (image: Image, caption: String)? {
        let content = inlines.filter { inline in
            if case .text(let text) = inline { return !text.allSatisfy(\.isWhitespace) }
            return inline != .softBreak && inline != .lineBreak
        }
        guard content.count == 1, case .image(let image) = content[0], image.picture != nil,
              let caption = image.title?.trimmingCharacters(in: .whitespacesAndNewlines), !caption.isEmpty else { return nil }
        return (image, caption)
    }
}
