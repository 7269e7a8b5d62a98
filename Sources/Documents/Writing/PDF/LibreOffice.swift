import Foundation

/// Runs LibreOffice without a window to convert a file, in a temporary folder with a profile of
/// its own, so it never touches the user's LibreOffice settings or an open LibreOffice window.
public enum LibreOffice {
    /// The longest a conversion may take before LibreOffice is stopped: 3 minutes.
    public static let timeLimit = 180

    /// The PDF export filter with tags on, as LibreOffice's own "Tagged PDF" box.
    static let taggedPDF = #"pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}"#

    /// The LibreOffice program on the search path (`soffice`, or `libreoffice`), or nil.
    public static var program: URL? { HelperProgram.find(["soffice", "libreoffice"]) }

    /// Converts `data`, saved as `name`, with the export filter `filter` (`pdf:…`), and returns
    /// the bytes of the file LibreOffice wrote.
    static func convert(_ data: Data, named name: String, to filter: String) throws(PDFError) -> Data {
        guard let program else { throw .libreOfficeMissing }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roundtable-libreoffice-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent(name)
        let output = folder.appendingPathComponent("out")
        do {
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            try data.write(to: input)
        } catch {
            throw .notMade(detail: error.localizedDescription)
        }
        let arguments = ["--headless", "--norestore", "--nolockcheck", "--nodefault",
                         "-env:UserInstallation=" + folder.appendingPathComponent("profile").absoluteString,
                         "--convert-to", filter, "--outdir", output.path, input.path]
        let errors = folder.appendingPathComponent("errors.txt")
        _ = try HelperProgram.run(program, arguments, errors: errors, timeLimit: timeLimit)
        let made = output.appendingPathComponent(URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent + ".pdf")
        guard let result = try? Data(contentsOf: made), !result.isEmpty else {
            let said = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            throw .notMade(detail: said.split(separator: "\n").last.map(String.init) ?? "")
        }
        return result
    }
}

/// Another program Roundtable runs to make a file, found on the search path and stopped when it
/// takes too long.
enum HelperProgram {
    /// The first of `names` found as a program on the search path, or nil.
    static func find(_ names: [String]) -> URL? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in names {
            for folder in folders {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    /// Runs `program` with nothing to read and what it says on errors written to `errors`;
    /// returns its exit status. Stops it after `timeLimit` seconds.
    static func run(_ program: URL, _ arguments: [String], errors: URL, timeLimit: Int) throws(PDFError) -> Int32 {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileManager.default.createFile(atPath: errors.path, contents: nil)
            ? try? FileHandle(forWritingTo: errors) : FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw .notMade(detail: error.localizedDescription)
        }
        if finished.wait(timeout: .now() + .seconds(timeLimit)) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
            throw .tooSlow(seconds: timeLimit)
        }
        return process.terminationStatus
    }
}
