import Foundation
import Hummingbird
import MultipartKit
import NIOCore
import NIOFoundationCompat

/// A form a browser sent: its text fields and its files, read whole within the upload limit, and
/// accepted only when it carries this browser's form token.
struct WebForm: Sendable {
    /// A file chosen in the form, kept in memory only.
    struct File: Sendable {
        /// The file's name on the person's computer, without any folder.
        var name: String
        /// The file's bytes.
        var data: Data
    }

    /// Text fields by name; a field sent twice keeps its first value here (see `all`).
    private(set) var fields: [String: String] = [:]
    /// Every value of each text field, in the order sent (ticked boxes of one name).
    private var values: [String: [String]] = [:]
    /// Files by field name; a file field left empty is not here.
    private(set) var files: [String: File] = [:]

    /// The most parts a form may have; Roundtable's forms have far fewer.
    static let maximumParts = 64

    /// The text of field `name`, or "" when it was not sent.
    subscript(name: String) -> String { fields[name] ?? "" }

    /// Every value sent for field `name`.
    func all(_ name: String) -> [String] { values[name] ?? [] }

    /// Keeps `value` for field `name`.
    private mutating func add(_ name: String, _ value: String) {
        if fields[name] == nil { fields[name] = value }
        values[name, default: []].append(value)
    }

    /// Reads the form in `request`, at most `limit` bytes, and checks its token against `context`.
    static func read(_ request: Request, context: WebContext, limit: Int) async throws -> WebForm {
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw WebError(status: .contentTooLarge, title: "This file is too big",
                           message: "Roundtable takes files and text up to \(limit / 1_000_000) MB here.",
                           advice: "Go back and choose a smaller file, or split the text into parts and check them one at a time.")
        }
        let type = request.headers[.contentType] ?? ""
        var form: WebForm
        if type.lowercased().hasPrefix("multipart/form-data") {
            form = try multipart(body, contentType: type)
        } else if type.lowercased().hasPrefix("application/x-www-form-urlencoded") {
            form = urlEncoded(String(buffer: body))
        } else {
            throw WebError(status: .unsupportedMediaType, title: "Roundtable could not read this form",
                           message: "The form was not sent the way a browser sends one.",
                           advice: "Go back and send the form from the page again.")
        }
        guard let token = form.fields[FormToken.fieldName], token == context.formToken else {
            throw WebError.formExpired
        }
        form.fields[FormToken.fieldName] = nil
        return form
    }

    /// `a=1&b=two+words`, as forms without files are sent.
    static func urlEncoded(_ text: String) -> WebForm {
        var form = WebForm()
        for pair in text.split(separator: "&").prefix(maximumParts) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            form.add(decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
        return form
    }

    /// A `multipart/form-data` body, as forms with files are sent.
    static func multipart(_ body: ByteBuffer, contentType: String) throws -> WebForm {
        guard let boundary = MediaParameters(contentType)["boundary"], !boundary.isEmpty else {
            throw WebError(status: .badRequest, title: "Roundtable could not read this form",
                           message: "The form has no boundary between its parts.",
                           advice: "Go back and send the form from the page again.")
        }
        let parser = MultipartParser(boundary: boundary)
        var parts: [(headers: [(String, String)], body: ByteBuffer)] = []
        var headers: [(String, String)] = []
        var partBody = ByteBuffer()
        var tooMany = false
        parser.onHeader = { name, value in headers.append((name, value)) }
        parser.onBody = { chunk in partBody.writeBuffer(&chunk) }
        parser.onPartComplete = {
            if parts.count < maximumParts { parts.append((headers, partBody)) } else { tooMany = true }
            headers = []
            partBody = ByteBuffer()
        }
        do {
            try parser.execute(body)
        } catch {
            throw WebError(status: .badRequest, title: "Roundtable could not read this form",
                           message: "The form arrived broken.",
                           advice: "Go back and send the form again.")
        }
        if tooMany {
            throw WebError(status: .badRequest, title: "This form has too many parts",
                           message: "A Roundtable form has at most \(maximumParts) fields and files.",
                           advice: "Go back and send the form from the page again.")
        }
        var form = WebForm()
        for part in parts {
            let disposition = part.headers.first { $0.0.lowercased() == "content-disposition" }?.1 ?? ""
            let parameters = MediaParameters(disposition)
            guard let name = parameters["name"] else { continue }
            if let fileName = parameters["filename"] {
                let shortName = fileName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
                if !shortName.isEmpty || part.body.readableBytes > 0, form.files[name] == nil {
                    form.files[name] = File(name: shortName, data: Data(buffer: part.body))
                }
            } else {
                form.add(name, String(buffer: part.body))
            }
        }
        return form
    }
}

/// The `key=value` parameters after the first `;` of a header such as `Content-Type` or
/// `Content-Disposition`, with quoted values unquoted (`\"` and `\\` inside quotes).
struct MediaParameters {
    private var values: [String: String] = [:]

    init(_ header: String) {
        var characters = Substring(header)
        guard let start = characters.firstIndex(of: ";") else { return }
        characters = characters[characters.index(after: start)...]
        while !characters.isEmpty {
            characters = characters.drop { $0 == " " || $0 == "\t" || $0 == ";" }
            let key = characters.prefix { $0 != "=" && $0 != ";" }
            characters = characters.dropFirst(key.count)
            var value = ""
            if characters.first == "=" {
                characters = characters.dropFirst()
                if characters.first == "\"" {
                    characters = characters.dropFirst()
                    var escaped = false
                    while let character = characters.first {
                        characters = characters.dropFirst()
                        if escaped { value.append(character); escaped = false }
                        else if character == "\\" { escaped = true }
                        else if character == "\"" { break }
                        else { value.append(character) }
                    }
                } else {
                    let bare = characters.prefix { $0 != ";" }
                    value = bare.trimmingCharacters(in: .whitespaces)
                    characters = characters.dropFirst(bare.count)
                }
            }
            let name = key.trimmingCharacters(in: .whitespaces).lowercased()
            if !name.isEmpty, values[name] == nil { values[name] = value }
        }
    }

    subscript(key: String) -> String? { values[key] }
}
