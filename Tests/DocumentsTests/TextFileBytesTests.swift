import Foundation
import PropertyBased
import Testing
@testable import Documents

/// A long text file is checked for UTF-8 in parts side by side and read as bytes: the answers
/// must be those of reading it whole as a string.
@Suite struct TextFileBytesTests {
    /// Pieces of one to four bytes, and bytes that are not UTF-8 on their own, among much ASCII.
    private static let piece = Gen<[UInt8]?>.element(of: Array(repeating: Array("ab".utf8), count: 12) + [
        Array("a".utf8), Array(" ".utf8), Array("\n".utf8), Array("é".utf8), Array("…".utf8), Array("👍".utf8), Array("eight by".utf8),
        Array("seventeen letters".utf8),
        [0xFF], [0x80], [0xE2, 0x80], [0xF0, 0x9F, 0x91], [0xC3], [0xED, 0xA0, 0x80],
    ]).map { $0 ?? [] }

    @Test func bytesCheckedInPartsAreUTF8ExactlyWhenTheWholeIs() async {
        // Parts of a few bytes, and parts longer than the text.
        let partSizes = Gen<Int?>.element(of: [1, 2, 3, 5, 9, 1 << 20]).map { $0 ?? 1 }
        await propertyCheck(count: 2_000, input: Self.piece.array(of: 0...60), partSizes) { pieces, partSize in
            let data = Data(pieces.joined())
            #expect(TextFile.isUTF8(data, partSize: partSize) == (String(validating: data, as: UTF8.self) != nil), "\(pieces) \(partSize)")
        }
    }

    @Test func aFileOfWhiteSpaceAndByteOrderMarksHasNoWords() {
        #expect(!TextFile.hasWords(Data(" \n\t\r\n".utf8)))
        #expect(!TextFile.hasWords(Data("\u{FEFF} \u{00A0}\u{2028}".utf8)))
        #expect(TextFile.hasWords(Data("\u{FEFF}Zoë".utf8)))
        #expect(TextFile.hasWords(Data("  x".utf8)))
        #expect(!TextFile.hasWords(Data()))
    }

    @Test func textReadAsBytesGivesTheParagraphsOfTextReadAsAString() throws {
        let text = "\u{FEFF}First line\r\nsame paragraph.\n\n  Second, indented.\n\n\n" + String(repeating: "Words go on. ", count: 100_000) + "\n\nLast."
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("notes.txt").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let document = try DocumentFile.read(path)
        #expect(document == PlainTextReader.read(text))
        // Each paragraph where it is in the file, across the cut into parts (the long line is 1.3 MB).
        let places = document.blocks.map { block -> SourcePosition? in
            if case .paragraph(let paragraph) = block { return paragraph.position }
            return nil
        }
        #expect(places == [SourcePosition(line: 1, column: 1), SourcePosition(line: 4, column: 3),
                           SourcePosition(line: 7, column: 1), SourcePosition(line: 9, column: 1)])
    }
}
