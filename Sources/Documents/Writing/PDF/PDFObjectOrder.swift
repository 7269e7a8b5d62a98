import Foundation

/// Puts the parts of LibreOffice's PDF in a fixed order with qpdf, when it is installed.
///
/// LibreOffice writes the fonts a PDF embeds in an order that depends on where they happened
/// to be in memory, so the same document now and then gave a PDF with the same content but
/// its parts in another order. qpdf writes a PDF again with its parts numbered in the order
/// they are reached from the document's start, which is the same every time.
enum PDFObjectOrder {
    /// The qpdf program on the search path, or nil.
    static var program: URL? { HelperProgram.find(["qpdf"]) }

    /// The longest qpdf may take: it reads and writes a PDF in well under a second.
    static let timeLimit = 60

    /// `pdf` written again by qpdf with its parts in a fixed order; `pdf` itself when qpdf is not
    /// installed or cannot read it (LibreOffice's PDF is good as it is, only its order may vary).
    static func fixed(_ pdf: Data) -> Data {
        guard let program else { return pdf }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("roundtable-qpdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.pdf"), output = folder.appendingPathComponent("out.pdf")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try pdf.write(to: input)
        } catch {
            return pdf
        }
        // qpdf exits with 3 when it wrote the file but had warnings.
        guard let status = try? HelperProgram.run(program, ["--deterministic-id", input.path, output.path],
                                                  errors: folder.appendingPathComponent("errors.txt"), timeLimit: timeLimit),
              status == 0 || status == 3,
              let ordered = try? Data(contentsOf: output), !ordered.isEmpty else { return pdf }
        return ordered
    }
}
