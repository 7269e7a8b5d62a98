import Foundation

/// Why some bytes are not a picture Roundtable can put in a document.
public enum PictureHeaderError: Error, Sendable, Equatable {
    /// The file is a picture in a format the writers cannot embed, such as `SVG`, `WebP` or `TIFF`.
    case unsupported(format: String)
    /// The file does not start like any picture Roundtable knows.
    case notAPicture
    /// The file starts like a PNG, JPEG or GIF but its size cannot be read: it is cut short or damaged.
    case damaged(format: Picture.Format)
}

/// The facts in the first bytes of a PNG, JPEG or GIF file: format, size in pixels, resolution.
///
/// Only the header is read; the picture itself is never decoded, so a damaged or hostile picture
/// cannot make Roundtable run out of memory.
struct PictureHeader {
    /// How far into a file the header is looked for. JPEG files may carry large blocks (Exif,
    /// colour profiles) before the size; PNG and GIF need a few dozen bytes.
    static let bytesRead = 1 << 20

    let format: Picture.Format
    let width: Int
    let height: Int
    let pixelsPerInch: Double?

    init(_ bytes: [UInt8]) throws(PictureHeaderError) {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = try Self.png(bytes)
        } else if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            self = try Self.jpeg(bytes)
        } else if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) {
            guard bytes.count >= 10 else { throw .damaged(format: .gif) }
            let width = Int(bytes[6]) | Int(bytes[7]) << 8
            let height = Int(bytes[8]) | Int(bytes[9]) << 8
            guard width > 0, height > 0 else { throw .damaged(format: .gif) }
            self.init(format: .gif, width: width, height: height, pixelsPerInch: nil)
        } else {
            throw .unsupported(format: try Self.otherFormat(bytes))
        }
    }

    private init(format: Picture.Format, width: Int, height: Int, pixelsPerInch: Double?) {
        self.format = format
        self.width = width
        self.height = height
        self.pixelsPerInch = pixelsPerInch
    }

    /// The size from the `IHDR` chunk and the resolution from a `pHYs` chunk before the image data.
    private static func png(_ bytes: [UInt8]) throws(PictureHeaderError) -> PictureHeader {
        guard bytes.count >= 24, bytes[12..<16].elementsEqual("IHDR".utf8) else { throw .damaged(format: .png) }
        let width = bigEndian(bytes, 16, 4), height = bigEndian(bytes, 20, 4)
        guard width > 0, height > 0 else { throw .damaged(format: .png) }
        var pixelsPerInch: Double?
        var offset = 8
        while offset + 8 <= bytes.count {
            let length = bigEndian(bytes, offset, 4)
            let type = bytes[offset + 4..<offset + 8]
            if type.elementsEqual("IDAT".utf8) || type.elementsEqual("IEND".utf8) { break }
            // Pixels per metre across, pixels per metre down, then 1 when the unit is the metre.
            if type.elementsEqual("pHYs".utf8), length == 9, offset + 17 <= bytes.count, bytes[offset + 16] == 1 {
                // Stored as whole pixels per metre (150 to the inch is 5,906): back to the nearest whole number.
                let perInch = (Double(bigEndian(bytes, offset + 8, 4)) * 0.0254).rounded()
                if perInch > 0 { pixelsPerInch = perInch }
            }
            offset += 12 + length
        }
        return PictureHeader(format: .png, width: width, height: height, pixelsPerInch: pixelsPerInch)
    }

    /// The size from the first start-of-frame marker and the resolution from a JFIF `APP0` block.
    private static func jpeg(_ bytes: [UInt8]) throws(PictureHeaderError) -> PictureHeader {
        var pixelsPerInch: Double?
        var offset = 2
        while offset + 4 <= bytes.count {
            guard bytes[offset] == 0xFF else { throw .damaged(format: .jpeg) }
            let marker = bytes[offset + 1]
            if marker == 0xFF { offset += 1; continue }  // fill byte
            if marker == 0x01 || (0xD0...0xD9).contains(marker) { offset += 2; continue }  // markers with no length
            let length = bigEndian(bytes, offset + 2, 2)
            guard length >= 2 else { throw .damaged(format: .jpeg) }
            let body = offset + 4
            if marker == 0xE0, length >= 14, body + 12 <= bytes.count, bytes[body..<body + 5].elementsEqual("JFIF\0".utf8) {
                let unit = bytes[body + 7], density = Double(bigEndian(bytes, body + 8, 2))
                if density > 0 { pixelsPerInch = unit == 1 ? density : unit == 2 ? density * 2.54 : nil }
            }
            // Start of frame: every SOFn except the DHT (C4), JPG (C8) and DAC (CC) markers.
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard body + 5 <= bytes.count else { throw .damaged(format: .jpeg) }
                let height = bigEndian(bytes, body + 1, 2), width = bigEndian(bytes, body + 3, 2)
                guard width > 0, height > 0 else { throw .damaged(format: .jpeg) }
                return PictureHeader(format: .jpeg, width: width, height: height, pixelsPerInch: pixelsPerInch)
            }
            offset = body + length - 2
        }
        throw .damaged(format: .jpeg)
    }

    /// A name for a picture format Roundtable does not embed, or `notAPicture`.
    private static func otherFormat(_ bytes: [UInt8]) throws(PictureHeaderError) -> String {
        if bytes.count >= 12, bytes[0..<4].elementsEqual("RIFF".utf8), bytes[8..<12].elementsEqual("WEBP".utf8) { return "WebP" }
        if bytes.starts(with: [0x49, 0x49, 0x2A, 0x00]) || bytes.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) { return "TIFF" }
        if bytes.starts(with: Array("BM".utf8)) { return "BMP" }
        if bytes.count >= 12, bytes[4..<12].elementsEqual("ftypheic".utf8) || bytes[4..<12].elementsEqual("ftypavif".utf8) { return "HEIC or AVIF" }
        let start = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        if start.contains("<svg") { return "SVG" }
        throw .notAPicture
    }

    /// The unsigned big-endian number in `count` bytes at `offset`, or 0 when the bytes run out.
    private static func bigEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
        guard offset >= 0, offset + count <= bytes.count else { return 0 }
        return bytes[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
    }
}
