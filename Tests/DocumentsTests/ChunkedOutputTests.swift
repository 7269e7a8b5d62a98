import Foundation
import Testing
import TestSupport
import ZIPFoundation
@testable import Documents

/// Long documents go to the disk a chunk at a time (HTML, FODT) or compressed as they are written
/// (DOCX), and still come out as whole, correct files.
@Suite struct ChunkedOutputTests {
    /// Notes whose HTML, FODT and document.xml are many chunks long, with footnotes, tables,
    /// lists and text that needs escaping.
    static let longNotes: Document = {
        var markdown = "---\ntitle: Long notes\n---\n\n"
        for part in 1...1_000 {
            markdown += """
            ## Part \(part): people & places

            We met <again> and agreed "\(part)" things[^n\(part)], with *emphasis* and [a link](https://example.org/\(part)).

            - First point of part \(part)
            - Second point, café and Zoë
              1. Nested step

            | Who | What |
            |:----|-----:|
            | Group \(part) | \(part * 7) |

            [^n\(part)]: The note for part \(part).


            """
        }
        return (try? MarkdownReader().read(markdown)) ?? Document(metadata: Metadata(), blocks: [])
    }()

    @Test func theNotesAreLongerThanSeveralChunks() throws {
        let html = try HTMLWriter().write(Self.longNotes)
        #expect(html.count > 8 * MarkupBuffer.chunkSize)
    }

    @Test func aBufferThatSpillsInChunksGivesTheSameBytesAsOneHeldWhole() {
        let collector = ByteCollector()
        var spilling = MarkupBuffer(spillingTo: collector)
        var whole = MarkupBuffer()
        for index in 0..<20_000 {
            spilling.raw("<p n=\"\(index)\">")
            whole.raw("<p n=\"\(index)\">")
            spilling.text("Fish & chips <\(index)> \u{7}café")
            whole.text("Fish & chips <\(index)> \u{7}café")
            spilling.attribute("\"quoted\"")
            whole.attribute("\"quoted\"")
        }
        #expect(collector.bytes.count > 4 * MarkupBuffer.chunkSize)
        #expect(spilling.bytes.count < MarkupBuffer.chunkSize)
        spilling.flush()
        #expect(spilling.bytes.isEmpty)
        #expect(collector.bytes == whole.bytes)
    }

    @Test(arguments: [OutputFormat.html, .fodt, .docx])
    func aLongDocumentWrittenToTheDiskEqualsTheWriterOutputInMemory(_ format: OutputFormat) throws {
        let folder = try TemporaryFolder("roundtable-chunked").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try OutputFiles.documents(Self.longNotes, formats: [format], baseName: "notes", folder: folder)
        try OutputFiles.write(files, inputs: [])
        let written = try Data(contentsOf: folder.appendingPathComponent("notes." + format.writer.fileExtension))
        #expect(written.count > 4 * MarkupBuffer.chunkSize || format == .docx)
        #expect(written == (try format.writer.write(Self.longNotes)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes." + format.writer.fileExtension])
    }

    @Test func compressedBytesDoNotDependOnHowTheInputIsCut() throws {
        let bytes = try [UInt8](HTMLWriter().write(Self.longNotes))
        let whole = Deflater.deflating(bytes)
        let cut = Deflater()
        let sizes = [1, 7919, 65_536, 3, 200_000]
        var start = 0
        var turn = 0
        while start < bytes.count {
            let end = min(start + sizes[turn % sizes.count], bytes.count)
            bytes[start..<end].withUnsafeBytes { cut.take($0) }
            start = end
            turn += 1
        }
        cut.finish()
        #expect(cut.compressed == whole.compressed)
        #expect(cut.checksum == whole.checksum)
        #expect(cut.size == bytes.count)
    }

    /// ZIPFoundation, which nobody here wrote, reads our archive back part for part: the same
    /// paths in the same order, each part stored or deflated as written, with the size and
    /// CRC-32 its header gives, and the bytes that went in. (Our parts are deflated at a faster
    /// level than ZIPFoundation's, so the compressed bytes are not the same as its own.)
    @Test func zipFoundationReadsTheArchiveBackPartForPart() throws {
        let parts: [(String, [UInt8])] = [("[Content_Types].xml", Array("<Types/>".utf8)), ("empty.xml", []),
                                          ("word/document.xml", try [UInt8](HTMLWriter().write(Self.longNotes))),
                                          ("word/média/ünïcode.xml", Array(String(repeating: "é & ü ", count: 5000).utf8))]
        let picture = [UInt8]((0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 31) })

        let collector = ByteCollector()
        var ours = ZIPWriter(sink: collector)
        for (path, bytes) in parts { ours.add(path, deflated: .deflating(bytes)) }
        ours.add("word/media/image1.png", stored: Data(picture))
        ours.finish()
        #expect(collector.failure == nil)

        let expected = parts.map { ($0.0, $0.1, CompressionMethod.deflate) } + [("word/media/image1.png", picture, .none)]
        let read = try ZIPParts.entries(Data(collector.bytes))
        #expect(read.map(\.entry.path) == expected.map(\.0))
        for ((entry, bytes), (path, original, method)) in zip(read, expected) {
            #expect(entry.type == .file && entry.uncompressedSize == UInt64(original.count), "\(path)")
            #expect(entry.isCompressed == (method == .deflate), "\(path) stored or deflated as written")
            // ZIPParts checks each part's CRC-32 against what ZIPFoundation extracts.
            #expect([UInt8](bytes) == original, "\(path) reads back as written")
        }
    }

    @Test func aLongDOCXReadsBackWithEveryChecksumRight() throws {
        let data = try DOCXWriter().write(Self.longNotes)
        // ZIPFoundation checks each entry's CRC-32 as it extracts it.
        let entries = try ZIPParts.entries(data)
        let document = try #require(entries.first { $0.entry.path == "word/document.xml" })
        #expect(document.bytes.count > 8 * MarkupBuffer.chunkSize)
        #expect(XMLProbe(document.bytes) != nil)
        #expect(entries.map(\.entry.path).contains("word/footnotes.xml"))
    }

    @Test func pythonsZipModuleFindsNoBadEntryInALongDOCX() throws {
        let folder = try TemporaryFolder("roundtable-chunked").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("notes.docx")
        try DOCXWriter().write(Self.longNotes).write(to: file)
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); bad = z.testzip(); "
                            + "print(bad or len(z.namelist())); sys.exit(1 if bad else 0)", file.path]
        let output = Pipe()
        python.standardOutput = output
        try python.run()
        python.waitUntilExit()
        let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(python.terminationStatus == 0, "python3's zipfile said: \(said)")
        #expect(said.trimmingCharacters(in: .whitespacesAndNewlines) == "13")
    }

    @Test func anArchiveWithTooManyEntriesIsRefusedWithAReason() {
        let collector = ByteCollector()
        var zip = ZIPWriter(sink: collector)
        let empty = Deflater.deflating([])
        for index in 0...ZIPWriter.mostEntries { zip.add("e\(index)", deflated: empty) }
        zip.finish()
        #expect(collector.failure?.contains("too big for a DOCX file, which holds at most 4 GB in at most 65534 parts") == true,
                "\(collector.failure ?? "no failure")")
    }

    @Test func aWriterThatCannotFinishLeavesNoFileAndSaysWhy() throws {
        let folder = try TemporaryFolder("roundtable-chunked").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("notes.docx")
        try Data("the old file".utf8).write(to: target)
        let failing = OutputFiles.File(url: target) { sink in
            sink.take(Array(repeating: UInt8(ascii: "x"), count: 100_000))
            sink.fail("the notes are too long")
        }
        #expect(throws: OutputFiles.WriteError.notWritten(path: target.path, reason: "the notes are too long")) {
            try OutputFiles.write([failing], inputs: [])
        }
        #expect(try Data(contentsOf: target) == Data("the old file".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.docx"])
    }
}
