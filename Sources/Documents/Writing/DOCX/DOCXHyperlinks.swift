import Foundation

/// The hyperlink (or picture) relationships of one part (document.xml or footnotes.xml), with
/// ids given in order.
struct DOCXHyperlinks {
    /// Link targets, in the order of their ids.
    private(set) var targets: [String] = []
    private var numbers: [String: Int] = [:]
    private let firstNumber: Int
    private let prefix: String

    /// Starts numbering at `<prefix><firstNumber>`: hyperlinks after the part's fixed
    /// relationships (`rId7` …), pictures in a series of their own (`rIdPicture1` …).
    init(firstNumber: Int, prefix: String = "rId") {
        self.firstNumber = firstNumber
        self.prefix = prefix
    }

    /// Each target with the id `id(for:)` gave it, in order, for the relationships part.
    var relationships: [(id: String, target: String)] {
        targets.enumerated().map { (prefix + String(firstNumber + $0.offset), $0.element) }
    }

    /// The relationship id for `target`; the same target always gets the same id.
    mutating func id(for target: String) -> String {
        if let number = numbers[target] { return prefix + String(number) }
        let number = firstNumber + targets.count
        targets.append(target)
        numbers[target] = number
        return prefix + String(number)
    }

    /// The destination as a relationship target, or nil when it must not become a link: empty,
    /// a fragment inside the document (the only bookmarks Roundtable writes are the contents
    /// list's, which links to them by `w:anchor`, without a relationship), or unsafe by `LinkPolicy`.
    static func externalTarget(_ destination: String) -> String? {
        let target = destination.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let first = target.first, first != "#", LinkPolicy.isSafe(target) else { return nil }
        return encoded(target)
    }

    /// ASCII characters a URI may hold as they are; `%` is kept only when it starts an escape.
    private static let uriCharacters = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=".utf8)
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Percent-encodes the ASCII characters a URI may not hold (spaces, quotes, angle brackets, a
    /// stray `%` …), which make Word call the file unreadable; other text, including non-ASCII, stays.
    private static func encoded(_ target: String) -> String {
        let bytes = Array(target.utf8)
        func isHexDigit(_ offset: Int) -> Bool {
            offset < bytes.count && (hexDigits.contains(bytes[offset]) || (0x61...0x66).contains(bytes[offset]))
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for (offset, byte) in bytes.enumerated() {
            if byte >= 0x80 || uriCharacters.contains(byte)
                || (byte == UInt8(ascii: "%") && isHexDigit(offset + 1) && isHexDigit(offset + 2)) {
                result.append(byte)
            } else {
                result += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
