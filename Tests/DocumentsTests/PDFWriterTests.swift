import Foundation
import Testing
import TestSupport
@testable import Documents

/// What `pdfinfo` (poppler) says about a PDF: its title, whether it is tagged, its page count.
private func pdfInfo(_ pdf: Data) throws -> [String: String] {
    let folder = try TemporaryFolder("pdfinfo")
    defer { folder.remove() }
    let file = folder.appendingPathComponent("document.pdf")
    try pdf.write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["pdfinfo", file.path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    var info: [String: String] = [:]
    for line in text.split(separator: "\n") {
        guard let colon = line.firstIndex(of: ":") else { continue }
        info[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return info
}

/// PDF through the real LibreOffice, as `Scripts/bootstrap --readers` installs it.
@Suite(.tags(.slow), .enabled(if: LibreOffice.program != nil, "needs LibreOffice")) struct PDFWriterTests {
    private let document = try! MarkdownReader().read("""
    ---
    title: Holding effective meetings
    date: 2026-10-14
    language: en-GB
    ---
    ## Before the meeting

    Send the papers a week before.
    """)

    @Test func thePDFIsTaggedWithTheTitleAndTheSameBytesEveryTime() throws {
        let pdf = try PDFWriter().write(document)
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        let info = try pdfInfo(pdf)
        #expect(info["Title"] == "Holding effective meetings")
        #expect(info["Tagged"] == "yes")
        #expect(info["CreationDate"]?.contains("2026") == true)
        #expect(String(decoding: pdf, as: UTF8.self).contains("/Lang(en-GB)"))
        #expect(try PDFWriter().write(document) == pdf)
    }
}
