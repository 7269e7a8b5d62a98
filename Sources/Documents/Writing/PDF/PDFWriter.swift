import Foundation

/// Writes a document as a tagged PDF for printing and sharing, through LibreOffice.
///
/// The document is written as FODT, then LibreOffice, run without a window in a profile of its
/// own, turns it into a PDF with tags (headings, lists, tables, pictures with their descriptions)
/// so screen readers can follow it, and with the document's title and language set. Roundtable
/// draws nothing itself: the PDF is what LibreOffice prints. When qpdf is installed, it puts the
/// PDF's parts in a fixed order (see `PDFObjectOrder`), so the same document gives the same bytes.
public struct PDFWriter: DocumentWriter {
    /// Creates a writer.
    public init() {}

    /// The file name extension, `pdf`.
    public var fileExtension: String { "pdf" }

    /// Writes `document` as the bytes of a tagged PDF. Throws ``PDFError`` when LibreOffice is not
    /// installed, fails, or takes longer than ``LibreOffice/timeLimit``.
    public func write(_ document: Document, options: WriterOptions) throws -> Data {
        let fodt = FODTWriter().write(document, options: options)
        let pdf = try LibreOffice.convert(fodt, named: "document.fodt", to: LibreOffice.taggedPDF)
        return PDFDates.fixed(PDFObjectOrder.fixed(pdf), date: document.metadata.date)
    }
}

/// Why a PDF could not be made. The other formats asked for are still written.
public enum PDFError: Error, LocalizedError, Sendable, Equatable {
    /// No `soffice` or `libreoffice` program was found on this computer.
    case libreOfficeMissing
    /// LibreOffice ran but made no PDF; `detail` is what it said, if anything.
    case notMade(detail: String)
    /// LibreOffice took longer than its time limit and was stopped.
    case tooSlow(seconds: Int)

    public var errorDescription: String? {
        switch self {
        case .libreOfficeMissing:
            return "The PDF was not made: Roundtable makes PDF files with LibreOffice, which is not installed on this computer. Install it (on Debian or Ubuntu: sudo apt install libreoffice-writer; on a Mac or Windows: from libreoffice.org), then run the command again. The other files were written."
        case .notMade(let detail):
            return "The PDF was not made: LibreOffice could not turn the document into a PDF\(detail.isEmpty ? "" : " (\(detail))"). The other files were written; open the LibreOffice file and save it as PDF from there."
        case .tooSlow(let seconds):
            return "The PDF was not made: LibreOffice took more than \(seconds) seconds and was stopped. The other files were written; open the LibreOffice file and save it as PDF from there."
        }
    }
}

/// Makes LibreOffice's PDF the same bytes every time for the same document: the moment of
/// conversion (`/CreationDate`) becomes the document's own date, and the file identifier (`/ID`),
/// random in LibreOffice, is worked out from the content. Both keep their length, so every byte
/// offset in the PDF stays right.
enum PDFDates {
    static func fixed(_ pdf: Data, date: CalendarDate?) -> Data {
        var bytes = [UInt8](pdf)
        let digits = Array((date.map { $0.iso.replacingOccurrences(of: "-", with: "") } ?? "19800101").utf8) + Array("000000".utf8)
        // LibreOffice writes `/CreationDate(D:`; qpdf, writing it again, puts a space before the bracket.
        for start in ranges(of: "/CreationDate(D:", in: bytes) + ranges(of: "/CreationDate (D:", in: bytes)
        where start + digits.count <= bytes.count {
            bytes.replaceSubrange(start..<start + digits.count, with: digits)
        }
        // The identifier's two hex strings (`/ID [ <…> <…> ]`) and LibreOffice's `/DocChecksum /…`
        // depend on the moment of conversion: blank them, then fill them with a digest of the rest.
        var hexRanges: [Range<Int>] = []
        for start in ranges(of: "/ID [", in: bytes) {
            var index = start
            while index < min(bytes.count, start + 120), hexRanges.count % 2 == 1 || bytes[index] != UInt8(ascii: "]") {
                if bytes[index] == UInt8(ascii: "<"), let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) {
                    hexRanges.append(index + 1..<end)
                    index = end
                }
                index += 1
            }
        }
        for start in ranges(of: "/DocChecksum /", in: bytes) {
            var end = start
            while end < bytes.count, isHexDigit(bytes[end]) { end += 1 }
            hexRanges.append(start..<end)
        }
        for range in hexRanges { bytes.replaceSubrange(range, with: Array(repeating: UInt8(ascii: "0"), count: range.count)) }
        let digest = Array(hex([fnv(bytes, seed: 0xcbf2_9ce4_8422_2325), fnv(bytes, seed: 0x8422_2325_cbf2_9ce4)]).utf8)
        for range in hexRanges where range.count <= digest.count {
            bytes.replaceSubrange(range, with: digest.prefix(range.count))
        }
        return Data(bytes)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }

    /// Where `marker` ends in `bytes`, each time it occurs.
    private static func ranges(of marker: String, in bytes: [UInt8]) -> [Int] {
        let needle = Array(marker.utf8)
        guard bytes.count >= needle.count else { return [] }
        var found: [Int] = []
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) {
                found.append(index + needle.count)
                index += needle.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// 64-bit FNV-1a of `bytes` from `seed`.
    private static func fnv(_ bytes: [UInt8], seed: UInt64) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    private static func hex(_ values: [UInt64]) -> String {
        values.map { value in
            let digits = String(value, radix: 16, uppercase: true)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}
