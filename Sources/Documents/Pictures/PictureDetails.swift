import Foundation

/// Takes out what a picture file says about itself beyond the picture: the camera's details
/// (Exif), where it was taken (GPS), who made it (author, copyright and XMP names), comments and
/// text. A published document must name nobody who has not agreed, and must not say where a
/// photograph was taken, so only the parts needed to show the picture as it was meant are kept:
///
/// - PNG: the image chunks, its palette and transparency, and its colour and resolution chunks.
/// - JPEG: everything but the `APP1`–`APP15` blocks (Exif, XMP, IPTC, maker notes) and comments,
///   keeping the JFIF block (resolution), the colour profile (`APP2`) and Adobe's colour block
///   (`APP14`), which some decoders need.
/// - GIF: everything but comment and plain-text blocks, and application blocks other than the
///   one that makes an animation loop.
///
/// A file whose blocks cannot be followed is returned unchanged; `Picture.init(data:)` has
/// already checked it starts as a picture should.
enum PictureDetails {
    /// The PNG chunks kept: needed to draw the picture, or to show its colours and size right.
    private static let keptPNGChunks: Set<String> = ["IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "pHYs", "bKGD"]

    /// `data` without the details above, in `format`.
    static func removed(from data: Data, format: Picture.Format) -> Data {
        let bytes = [UInt8](data)
        let kept: [UInt8]?
        switch format {
        case .png: kept = png(bytes)
        case .jpeg: kept = jpeg(bytes)
        case .gif: kept = gif(bytes)
        }
        return kept.map { Data($0) } ?? data
    }

    /// The Exif orientation of a JPEG (1 upright, 2–8 mirrored or turned), when it records one.
    static func orientation(ofJPEG data: Data) -> Int? {
        let bytes = [UInt8](data.prefix(PictureHeader.bytesRead))
        var offset = 2
        while offset + 4 <= bytes.count, bytes[offset] == 0xFF {
            let marker = bytes[offset + 1]
            guard marker != 0xDA, marker != 0xD9 else { return nil }
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            let body = offset + 4
            if marker == 0xE1, body + 14 <= bytes.count, bytes[body..<body + 6].elementsEqual("Exif\0\0".utf8) {
                return exifOrientation(Array(bytes[body + 6..<min(bytes.count, body + length - 2)]))
            }
            offset = body + length - 2
        }
        return nil
    }

    private static func png(_ bytes: [UInt8]) -> [UInt8]? {
        var kept = Array(bytes.prefix(8))
        var offset = 8
        while offset + 12 <= bytes.count {
            let length = Int(number(bytes, offset, 4, bigEndian: true))
            let end = offset + 12 + length
            guard length >= 0, end <= bytes.count else { return nil }
            let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
            if keptPNGChunks.contains(type) { kept += bytes[offset..<end] }
            offset = end
            if type == "IEND" { return kept }
        }
        return nil
    }

    private static func jpeg(_ bytes: [UInt8]) -> [UInt8]? {
        var kept: [UInt8] = [0xFF, 0xD8]
        var offset = 2
        while offset + 4 <= bytes.count {
            guard bytes[offset] == 0xFF else { return nil }
            let marker = bytes[offset + 1]
            if marker == 0xFF { offset += 1; continue }
            if marker == 0x01 || (0xD0...0xD7).contains(marker) { kept += [0xFF, marker]; offset += 2; continue }
            if marker == 0xD9 { return kept + [0xFF, 0xD9] }
            let end = offset + 2 + (Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3]))
            guard end <= bytes.count else { return nil }
            // Start of scan: the compressed picture follows to the end of the file, kept as it is.
            if marker == 0xDA { return kept + bytes[offset...] }
            let isDetails = (0xE1...0xEF).contains(marker) && marker != 0xE2 && marker != 0xEE || marker == 0xFE
            if !isDetails { kept += bytes[offset..<end] }
            offset = end
        }
        return nil
    }

    private static func gif(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 13 else { return nil }
        let globalColours = bytes[10] & 0x80 != 0 ? 3 << (Int(bytes[10] & 0x07) + 1) : 0
        var offset = 13 + globalColours
        guard offset <= bytes.count else { return nil }
        var kept = Array(bytes[..<offset])
        /// The end of the sub-blocks starting at `start` (just past their zero-length end), or nil.
        func subBlocksEnd(_ start: Int) -> Int? {
            var position = start
            while position < bytes.count {
                let size = Int(bytes[position])
                position += 1 + size
                if size == 0 { return position <= bytes.count ? position : nil }
            }
            return nil
        }
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x3B:
                return kept + [0x3B]
            case 0x2C:
                guard offset + 10 <= bytes.count else { return nil }
                let localColours = bytes[offset + 9] & 0x80 != 0 ? 3 << (Int(bytes[offset + 9] & 0x07) + 1) : 0
                // Descriptor, local colours, the code size byte, then the picture's sub-blocks.
                guard let end = subBlocksEnd(offset + 10 + localColours + 1) else { return nil }
                kept += bytes[offset..<end]
                offset = end
            case 0x21:
                guard offset + 2 < bytes.count, let end = subBlocksEnd(offset + 2) else { return nil }
                let label = bytes[offset + 1]
                let isLoop = label == 0xFF && offset + 14 <= bytes.count && bytes[offset + 3..<offset + 14].elementsEqual("NETSCAPE2.0".utf8)
                // Graphic control blocks (timing and transparency) are kept, and the loop of an animation.
                if label == 0xF9 || isLoop { kept += bytes[offset..<end] }
                offset = end
            default:
                return nil
            }
        }
        return nil
    }

    /// The orientation tag (0x0112) of the first directory of Exif data that starts with its TIFF header.
    private static func exifOrientation(_ tiff: [UInt8]) -> Int? {
        guard tiff.count >= 8 else { return nil }
        let little = tiff[0] == 0x49
        guard little || tiff[0] == 0x4D else { return nil }
        let directory = Int(number(tiff, 4, 4, bigEndian: !little))
        guard directory + 2 <= tiff.count else { return nil }
        let entries = Int(number(tiff, directory, 2, bigEndian: !little))
        for index in 0..<entries {
            let entry = directory + 2 + index * 12
            guard entry + 12 <= tiff.count else { return nil }
            if number(tiff, entry, 2, bigEndian: !little) == 0x0112 {
                return Int(number(tiff, entry + 8, 2, bigEndian: !little))
            }
        }
        return nil
    }

    private static func number(_ bytes: [UInt8], _ offset: Int, _ count: Int, bigEndian: Bool) -> UInt32 {
        guard offset >= 0, offset + count <= bytes.count else { return 0 }
        let slice = bytes[offset..<offset + count]
        return (bigEndian ? Array(slice) : slice.reversed()).reduce(0) { $0 << 8 | UInt32($1) }
    }
}
