import Foundation
import TestSupport

/// Runs the built `roundtable` executable as a user would, in a temporary folder, with a cache
/// folder of its own, so that no test writes into the user's cache (`~/.cache/roundtable`).
struct CLIRunner {
    struct Result {
        let status: Int32
        let output: String
        let errors: String
    }

    private let temporary: TemporaryFolder
    /// The folder the command runs in; removed by `cleanUp()`.
    var folder: URL { temporary.url }

    /// Where the commands keep their cache: beside the folder, not in it, so a test sees only the
    /// files a command writes where the user asked. Made by the command when it needs it.
    private var cache: URL { URL(fileURLWithPath: temporary.url.path + "-cache") }

    /// The environment the commands run with: the test run's own, with `XDG_CACHE_HOME` set to `cache`.
    var environment: [String: String] {
        ProcessInfo.processInfo.environment.merging(["XDG_CACHE_HOME": cache.path]) { $1 }
    }

    init() throws {
        temporary = try TemporaryFolder("roundtable-cli")
    }

    /// The executable beside the test bundle, built by `swift build` / `swift test`.
    static var executable: URL { BuiltProducts.executable("roundtable") }

    /// Runs `roundtable` (or another built `program`, such as a snippet) with `arguments`,
    /// feeding `input` to standard input.
    func run(_ arguments: [String], input: Data? = nil, environment: [String: String] = [:],
             program: String = "roundtable") throws -> Result {
        let process = Process()
        process.executableURL = BuiltProducts.executable(program)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = self.environment.merging(environment) { $1 }
        let output = Pipe()
        let errors = Pipe()
        let inputPipe = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(input) }
        try inputPipe.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                      errors: String(decoding: errorData, as: UTF8.self))
    }

    /// Writes a file in the folder (making the folders in its name) and returns its name.
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        try write(name, Data(contents.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return name
    }

    /// Every file below `path` in the folder, hidden ones included, relative to it.
    func files(in path: String = ".") -> [String] {
        let root = folder.appendingPathComponent(path).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return enumerator.compactMap { ($0 as? URL)?.standardizedFileURL.path.replacingOccurrences(of: root.path + "/", with: "") }.sorted()
    }

    func data(_ path: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(path))
    }

    /// The paper width and height a .docx in the folder sets (`w:pgSz`), in twentieths of a point.
    func docxPageSize(_ path: String) throws -> [String] {
        let part = try ZIPParts.unzip(try data(path))["word/document.xml"] ?? Data()
        guard let document = XMLProbe(part) else { return [] }
        return ["w", "h"].compactMap { document.string("/w:document/w:body/w:sectPr/w:pgSz/@w:\($0)") }
    }

    func cleanUp() {
        temporary.remove()
        try? FileManager.default.removeItem(at: cache)
    }
}
