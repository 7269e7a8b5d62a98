@testable import Documents
import Foundation
import Testing
import TestSupport

/// The bounds every reader keeps to: nesting depth in Markdown, YAML, web pages and XML, what
/// YAML aliases may repeat, and files that are not ordinary files or are bigger than they say.
@Suite struct InputBoundsTests {
    func readError(_ body: () throws -> Void) -> ReadError? {
        do { try body() } catch let error as ReadError { return error } catch { Issue.record("\(error)") }
        return nil
    }

    // MARK: Markdown

    @Test func markdownNestedToTheLimitIsRead() throws {
        let notes = String(repeating: "> ", count: MarkdownReader.maximumNestingDepth - 1) + "x\n"
        let document = try MarkdownReader().read(notes, file: "notes.md")
        #expect(document.blocks.count == 1)
        #expect(try ProseView(MarkdownReader().read(notes, file: "notes.md"), file: "notes.md").blocks.map(\.text) == ["x"])
    }

    @Test func markdownNestedBeyondTheLimitIsRefusedAtItsPlace() {
        let notes = "---\ntitle: Deep\n---\nFirst.\n\n" + String(repeating: "> ", count: 200) + "x\n"
        for read in [{ _ = try MarkdownReader().read(notes, file: "notes.md") }, { _ = try ProseView(MarkdownReader().read(notes, file: "notes.md"), file: "notes.md") }] {
            let error = readError(read)
            #expect(error?.file == "notes.md")
            #expect(error?.position == SourcePosition(line: 6, column: 129))
            #expect(error?.problem.contains("more than 64 levels deep") == true)
        }
    }

    @Test func deepEmphasisAndMixedNestingAreRefused() {
        let emphasis = String(repeating: "*", count: 20_000) + "x" + String(repeating: "*", count: 20_000)
        let mixed = String(repeating: "> - ", count: 40) + "x"
        for notes in [emphasis, mixed] {
            #expect(readError { _ = try MarkdownReader().read(notes, file: "n.md") }?.problem.contains("nested") == true)
        }
    }

    // MARK: YAML

    @Test func yamlWithAFewAliasesIsRead() throws {
        let root = try #require(try YAMLDocument.parse("a: &a [x, y]\nb: *a\nc: *a\n", file: "f.yaml"))
        #expect(root.mapping?["c"]?.sequence?.count == 2)
    }

    @Test func yamlAliasesThatRepeatTooMuchAreRefusedAtTheirPlace() {
        var lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1..<12 { lines.append("l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]") }
        let error = readError { _ = try YAMLDocument.parse(lines.joined(separator: "\n"), file: "g.yaml") }
        #expect(error?.position == SourcePosition(line: 4, column: 5))
        #expect(error?.problem.contains("repeat more than 10,000 values") == true)
    }

    @Test func aliasesThatRepeatMuchTextAreRefused() {
        let text = String(repeating: "word ", count: 20_000)
        let yaml = "a: &a \"\(text)\"\nb: [" + Array(repeating: "*a", count: 20).joined(separator: ", ") + "]\n"
        let error = readError { _ = try YAMLDocument.parse(yaml, file: "g.yaml") }
        #expect(error?.position == SourcePosition(line: 2, column: 4))
        #expect(error?.problem.contains("1 MB of text") == true)
    }

    @Test func frontMatterAliasesAndNestingAreBounded() {
        let aliases = "---\ntitle: &t x\nkeywords: [" + Array(repeating: "*t", count: 10_001).joined(separator: ", ") + "]\n---\nText.\n"
        #expect(readError { _ = try MarkdownReader().read(aliases, file: "n.md") }?.problem.contains("aliases") == true)
        let deep = "---\nkeywords: " + String(repeating: "[", count: 70) + "x" + String(repeating: "]", count: 70) + "\n---\nText.\n"
        let error = readError { _ = try MarkdownReader().read(deep, file: "n.md") }
        #expect(error?.position?.line == 2)
        #expect(error?.problem.contains("more than 64 levels deep") == true)
    }

    @Test func yamlBeyondLibyamlsOwnBoundGetsOurMessage() {
        let yaml = "a: " + String(repeating: "[", count: 2000) + String(repeating: "]", count: 2000)
        let error = readError { _ = try YAMLDocument.parse(yaml, file: "deep.yaml") }
        #expect(error?.position?.line == 1)
        #expect(error?.problem.contains("more than 64 levels deep") == true)
        #expect(error?.errorDescription?.contains("yaml_set_max_nest_level") == false)
    }

    // MARK: Web pages and XML

    @Test func deepWebPageIsRefusedNotHalfRead() {
        let page = "<html><body>\n<p>" + String(repeating: "<span>", count: 300) + "utilise" + String(repeating: "</span>", count: 300) + "</p></body></html>"
        let error = readError { _ = try DocumentFile.read(data: Data(page.utf8), format: .html, file: "page.html") }
        #expect(error?.position?.line == 2)
        #expect(error?.problem.contains("nested here more than 256 levels deep") == true)
    }

    @Test func deepFlatOpenDocumentIsCalledTooDeep() {
        let head = #"<?xml version="1.0"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" "#
            + #"xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>"#
        let xml = head + String(repeating: "<text:section>", count: 1000) + "<text:p>x</text:p>"
            + String(repeating: "</text:section>", count: 1000) + "</office:text></office:body></office:document>"
        let error = readError { _ = try DocumentFile.read(data: Data(xml.utf8), format: .fodt, file: "deep.fodt") }
        #expect(error?.problem.contains("nested more than 256 levels deep") == true)
    }

    // MARK: Files

    @Test func namedPipeIsRefusedWithoutWaiting() throws {
        let folder = try TemporaryFolder("bounds").url
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("notes.md").path
        #expect(mkfifo(path, 0o600) == 0)
        #expect(readError { _ = try TextFile.read(path, kind: "notes") }?.problem.contains("This is a pipe") == true)
        let office = folder.appendingPathComponent("notes.docx").path
        #expect(mkfifo(office, 0o600) == 0)
        #expect(readError { _ = try DocumentFile.read(office) }?.problem.contains("This is a pipe") == true)
    }

    @Test func deviceIsRefused() {
        #expect(readError { _ = try TextFile.read("/dev/null", kind: "notes") }?.problem.contains("This is a device") == true)
    }

    #if os(Linux)
    /// /proc files report a size of 0 whatever they hold: the limit must hold on the bytes read.
    @Test func sizeIsJudgedOnTheBytesReadNotTheSizeReported() {
        let error = readError { _ = try InputFile.read("/proc/self/status", kind: "notes", limit: 100) { size in
            ReadError(file: "status", problem: "too large \(size.map(String.init) ?? "unknown")", advice: "")
        } }
        #expect(error?.problem == "too large unknown")
    }
    #endif

    @Test func utf16IsNamed() throws {
        let little = Data([0xFF, 0xFE]) + Data("Hi\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let big = Data("Hi there\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        for data in [little, big] {
            #expect(readError { _ = try TextFile.decode(data, file: "n.md") }?.problem == "This file is saved as UTF-16, not UTF-8.")
        }
        #expect(readError { _ = try TextFile.decode(Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1, 2]), file: "p.png") }?.problem.contains("picture") == true)
    }
}
