import Foundation
import TestSupport

extension CLIRunner {
    /// Every file in `folder` as text: every part of a Word file, the text of a PDF as `pdftotext`
    /// reads it (besides its bytes, which hold its properties), each file whole otherwise.
    func texts(in folder: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for name in files(in: folder) {
            let data = try data("\(folder)/\(name)")
            if name.hasSuffix(".pdf") {
                let text = Process()
                text.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                text.arguments = ["pdftotext", self.folder.appendingPathComponent("\(folder)/\(name)").path, "-"]
                let output = Pipe()
                text.standardOutput = output
                try text.run()
                result["\(name):text"] = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                text.waitUntilExit()
                result[name] = String(decoding: data, as: UTF8.self)
            } else if name.hasSuffix(".docx") {
                for (path, bytes) in try ZIPParts.unzip(data) {
                    result["\(name):\(path)"] = String(decoding: bytes, as: UTF8.self)
                }
            } else {
                result[name] = String(decoding: data, as: UTF8.self)
            }
        }
        return result
    }
}
