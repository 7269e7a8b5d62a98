import Foundation

/// Reads a text file the way every Roundtable command needs: checked for being there, being a
/// file, being text, being UTF-8 and being of a sensible size, with advice when it is not.
package enum TextFile {
    /// The largest text file Roundtable reads, 32 MB: far beyond any notes, agenda or glossary.
    package static let maximumSize = 32 * 1024 * 1024

    /// Reads the file at `path`; `kind` names what the file should hold, for messages ("notes").
    package static func read(_ path: String, kind: String = "text") throws(ReadError) -> String {
        try decode(bytes(path, kind: kind), file: path, kind: kind)
    }

    /// Reads the file at `path` with the same checks as `read(_:kind:)`, and gives its UTF-8
    /// bytes rather than a string: a long text is checked in parts side by side and never copied.
    package static func readUTF8(_ path: String, kind: String = "text") throws(ReadError) -> Data {
        try checkedUTF8(bytes(path, kind: kind), file: path, kind: kind)
    }

    /// `data`, once checked as `decode` checks it, to read as UTF-8 bytes rather than a string.
    package static func checkedUTF8(_ data: Data, file: String, kind: String = "text") throws(ReadError) -> Data {
        try checkIsText(data, file: file, kind: kind)
        guard isUTF8(data) else { throw notUTF8(data, file: file) }
        guard hasWords(data) else { throw empty(file: file, kind: kind) }
        return data
    }

    /// The bytes of the file at `path`, refused when there are too many.
    private static func bytes(_ path: String, kind: String) throws(ReadError) -> Data {
        try InputFile.read(path, kind: kind, limit: maximumSize) { reportedSize in
            let size = reportedSize.map { "This file is \(megabytes($0))" } ?? "This file holds more than \(megabytes(maximumSize))"
            return ReadError(file: path, problem: "\(size); Roundtable reads \(kind) files up to \(megabytes(maximumSize)).",
                             advice: "Check that it is the right file, or split it into smaller files.")
        }
    }

    /// Text a front end received other than from a file (standard input, a form), with the same
    /// checks as a file: `data` holds up to `maximumSize + 1` bytes of it, and `source` names it.
    package static func received(_ data: Data, from source: String, kind: String = "text") throws(ReadError) -> String {
        guard data.count <= maximumSize else {
            throw ReadError(file: source, problem: "The text is bigger than \(megabytes(maximumSize)).",
                            advice: "Give a smaller \(kind) file.")
        }
        return try decode(data, file: source, kind: kind)
    }

    /// Checks that `data` is UTF-8 text that is not empty, and returns it as a string.
    package static func decode(_ data: Data, file: String, kind: String = "text") throws(ReadError) -> String {
        try checkIsText(data, file: file, kind: kind)
        guard let text = String(validating: data, as: UTF8.self) else { throw notUTF8(data, file: file) }
        guard text.contains(where: isWord) else { throw empty(file: file, kind: kind) }
        return text
    }

    /// Checks that `data` is not a package, text saved as UTF-16 or UTF-32, or a binary file.
    private static func checkIsText(_ data: Data, file: String, kind: String) throws(ReadError) {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw ReadError(file: file, problem: "This is a Word, OpenDocument or ZIP file, not \(kind) text.",
                            advice: "If it is a Word or LibreOffice document, give it a name that ends in .docx or .odt; Roundtable reads those too.")
        }
        if let encoding = wideEncoding(of: data) {
            throw ReadError(file: file, problem: "This file is saved as \(encoding), not UTF-8.",
                            advice: "Open it in a text editor and save it with the encoding set to UTF-8, then try again.")
        }
        let hasNul = data.withUnsafeBytes { bytes in bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }
        if hasNul {
            throw ReadError(file: file, problem: "This looks like a picture, program or other binary file, not \(kind) text.",
                            advice: "Give a Markdown (.md) or plain text (.txt) file.")
        }
    }

    private static func notUTF8(_ data: Data, file: String) -> ReadError {
        ReadError(file: file, position: firstInvalidPosition(in: data),
                  problem: "This file is not saved as UTF-8 text.",
                  advice: "Open it in a text editor and save it with the encoding set to UTF-8, then try again.")
    }

    private static func empty(file: String, kind: String) -> ReadError {
        ReadError(file: file, problem: "This file is empty.",
                  advice: "Write some \(kind) in it first, or check that you gave the right file.")
    }

    /// Whether `data` is UTF-8, checked in parts of about `partSize` bytes side by side; a part
    /// never starts inside a character (nor ends inside one, unless the bytes there are not UTF-8).
    static func isUTF8(_ data: Data, partSize: Int = 1 << 20) -> Bool {
        var starts = Array(stride(from: 0, to: data.count, by: partSize))
        data.withUnsafeBytes { bytes in
            for index in starts.indices.dropFirst() {
                // At most three bytes that carry on a character.
                var start = starts[index]
                while start < min(starts[index] + 3, bytes.count), bytes[start] & 0xC0 == 0x80 { start += 1 }
                starts[index] = start
            }
        }
        let parts = zip(starts, starts.dropFirst() + [data.count]).map { $0..<$1 }
        return SideBySide.map(parts) { part in
            data.withUnsafeBytes { bytes in isUTF8(UnsafeRawBufferPointer(rebasing: bytes[part]).assumingMemoryBound(to: UInt8.self)) }
        }.allSatisfy { $0 }
    }

    /// Whether `bytes` are UTF-8. A byte in ASCII is a character on its own and never part of
    /// another, so only the runs of bytes outside ASCII are checked, each on its own; the ASCII
    /// between them, most of an English text, is passed eight bytes at a time.
    private static func isUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            if index + 8 <= count,
               UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            guard bytes[index] >= 0x80 else {
                index += 1
                continue
            }
            let start = index
            while index < count, bytes[index] >= 0x80 { index += 1 }
            guard (try? UTF8Span(validating: UnsafeBufferPointer(rebasing: bytes[start..<index]).span)) != nil else { return false }
        }
        return true
    }

    /// Whether `character` counts towards a file not being empty: neither white space nor a byte-order mark.
    private static func isWord(_ character: Character) -> Bool {
        !character.isWhitespace && character != "\u{FEFF}"
    }

    /// Whether the UTF-8 text `data` holds something other than white space and byte-order
    /// marks, as `decode` judges a string: from its first bytes when they are ASCII.
    static func hasWords(_ data: Data) -> Bool {
        for byte in data {
            switch byte {
            case 0x09...0x0D, 0x20: continue
            case 0x00..<0x80: return true
            default: return String(decoding: data, as: UTF8.self).contains(where: isWord)
            }
        }
        return false
    }

    /// "UTF-16" or "UTF-32" when `data` is text saved in one of those encodings, as Windows
    /// programs often do: known by its byte-order mark, or, with none, by a zero in every other
    /// byte (English text in UTF-16), checked over the first bytes only.
    static func wideEncoding(of data: Data) -> String? {
        let start = [UInt8](data.prefix(4))
        if start == [0xFF, 0xFE, 0, 0] || start == [0, 0, 0xFE, 0xFF] { return "UTF-32" }
        if start.starts(with: [0xFF, 0xFE]) || start.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        let sample = [UInt8](data.prefix(1024))
        guard sample.count >= 2 else { return nil }
        let pairs = sample.count / 2
        let zeroFirst = (0..<pairs).allSatisfy { sample[2 * $0] == 0 && sample[2 * $0 + 1] != 0 }
        let zeroSecond = (0..<pairs).allSatisfy { sample[2 * $0] != 0 && sample[2 * $0 + 1] == 0 }
        return zeroFirst || zeroSecond ? "UTF-16" : nil
    }

    /// The line and column of the first byte that is not valid UTF-8.
    static func firstInvalidPosition(in data: Data) -> SourcePosition {
        var line = 1
        var lineStart = 0
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            let valid = length > 0 && index + length <= bytes.count
                && String(validating: bytes[index..<index + length], as: UTF8.self) != nil
            if !valid {
                let column = (String(validating: bytes[lineStart..<index], as: UTF8.self)?.count ?? 0) + 1
                return SourcePosition(line: line, column: column)
            }
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return SourcePosition(line: line, column: 1)
    }

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.0f MB", Double(bytes) / 1_048_576)
    }
}
