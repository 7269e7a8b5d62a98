import Foundation
import Hummingbird

/// A file the browser saves rather than shows.
struct Download {
    var data: Data
    /// The name the browser saves it as; only letters, digits, `-`, `_` and `.` are kept.
    var fileName: String
    var mediaType: String

    var response: Response {
        let safeName = String(fileName.unicodeScalars.filter { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0)) })
        return Response(status: .ok,
                        headers: [.contentType: mediaType, .contentDisposition: "attachment; filename=\"\(safeName.isEmpty ? "download" : safeName)\""],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
