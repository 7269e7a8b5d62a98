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
        // LibreOffice writes `/Lang(en-GB)`; qpdf, putting its parts in order, `/Lang (en-GB)`.
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("/Lang(en-GB)") || text.contains("/Lang (en-GB)"))
        #expect(try PDFWriter().write(document) == pdf)
    }
}

/// qpdf puts a PDF's parts in the order they are reached from its start, as LibreOffice does not.
@Suite(.enabled(if: PDFObjectOrder.program != nil, "needs qpdf")) struct PDFObjectOrderTests {
    /// A one-page PDF whose two fonts are objects `regular` and `bold` (4 and 5, either way round).
    private func pdf(regular: Int, bold: Int) -> Data {
        let content = "BT /F1 12 Tf 10 10 Td (Plain) Tj /F2 12 Tf (Bold) Tj ET"
        var objects = [
            1: "<< /Type /Catalog /Pages 2 0 R >>",
            2: "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            3: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /Font << /F1 \(regular) 0 R /F2 \(bold) 0 R >> >> /Contents 6 0 R >>",
            6: "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
        ]
        objects[regular] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
        objects[bold] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>"
        var text = "%PDF-1.4\n"
        var offsets: [Int] = []
        for number in 1...6 {
            offsets.append(text.utf8.count)
            text += "\(number) 0 obj\n\(objects[number]!)\nendobj\n"
        }
        let xref = text.utf8.count
        text += "xref\n0 7\n0000000000 65535 f \n" + offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
        text += "trailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(text.utf8)
    }

    @Test func theSamePartsInAnotherOrderGiveTheSameBytes() {
        let first = pdf(regular: 4, bold: 5), second = pdf(regular: 5, bold: 4)
        #expect(first != second)
        let fixedFirst = PDFObjectOrder.fixed(first), fixedSecond = PDFObjectOrder.fixed(second)
        #expect(fixedFirst != first)
        #expect(fixedFirst == fixedSecond)
        #expect(String(decoding: fixedFirst, as: UTF8.self).contains("/BaseFont /Helvetica-Bold"))
    }

    @Test func aFileQpdfCannotReadIsKeptAsItIs() {
        let broken = Data("%PDF-1.4\nthis is not a PDF\n".utf8)
        #expect(PDFObjectOrder.fixed(broken) == broken)
    }
}
