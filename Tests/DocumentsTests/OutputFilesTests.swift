import Documents
import Foundation
import Testing
import TestSupport

/// All-or-nothing output that never replaces an input.
@Suite struct OutputFilesTests {
    let folder: URL

    init() throws {
        folder = try TemporaryFolder("roundtable-output").url
    }

    func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    func text(_ name: String) throws -> String { String(decoding: try Data(contentsOf: url(name)), as: UTF8.self) }

    func names(_ path: String = "") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url(path).path).sorted()
    }

    @Test func anOutputThatIsAHardLinkToAnInputIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("the notes".utf8).write(to: url("notes.md"))
        try FileManager.default.linkItem(at: url("notes.md"), to: url("other-name.md"))
        #expect(throws: OutputFiles.WriteError.wouldReplaceInput(output: url("other-name.md").path, input: url("notes.md").path)) {
            try OutputFiles.write([.init(url: url("other-name.md"), data: Data("new".utf8))], inputs: [url("notes.md")])
        }
        #expect(try text("notes.md") == "the notes")
    }

    @Test func aFolderInTheWayPutsBackEveryReplacedFileAndRemovesNewFolders() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("old".utf8).write(to: url("a.html"))
        try FileManager.default.createDirectory(at: url("b.docx"), withIntermediateDirectories: false)
        let files: [OutputFiles.File] = [.init(url: url("a.html"), data: Data("new".utf8)),
                                         .init(url: url("new/deeper/c.txt"), data: Data("c".utf8)),
                                         .init(url: url("b.docx"), data: Data("b".utf8))]
        #expect(throws: OutputFiles.WriteError.notPutInPlace(path: url("b.docx").path, reason: "there is a folder with this name")) {
            try OutputFiles.write(files, inputs: [])
        }
        #expect(try text("a.html") == "old")
        #expect(try names() == ["a.html", "b.docx"])
        #expect(try names("b.docx").isEmpty)
    }

    @Test func everyFileIsReplacedWhenNothingGoesWrong() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("old".utf8).write(to: url("a.html"))
        try OutputFiles.write([.init(url: url("a.html"), data: Data("new".utf8)), .init(url: url("b.txt"), data: Data("b".utf8))], inputs: [])
        #expect(try text("a.html") == "new")
        #expect(try names() == ["a.html", "b.txt"])
    }

    @Test func namesUpTo255BytesAreWrittenAndLongerOnesRefused() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let longest = String(repeating: "é", count: 125) + ".html"
        try OutputFiles.write([.init(url: url(longest), data: Data("x".utf8))], inputs: [])
        #expect(try names() == [longest])
        let tooLong = String(repeating: "n", count: 252) + ".html"
        #expect(throws: OutputFiles.WriteError.nameTooLong(path: url(tooLong).path, bytes: 257)) {
            try OutputFiles.write([.init(url: url("first.txt"), data: Data()), .init(url: url(tooLong), data: Data())], inputs: [])
        }
        #expect(try names() == [longest])
    }

    @Test func theSameFileNamedTwiceIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: OutputFiles.WriteError.sameNameTwice(path: url("sub/../a.txt").path)) {
            try OutputFiles.write([.init(url: url("a.txt"), data: Data("1".utf8)), .init(url: url("sub/../a.txt"), data: Data("2".utf8))], inputs: [])
        }
        #expect(try names().isEmpty)
    }
}
