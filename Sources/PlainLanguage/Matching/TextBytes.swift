/// How the matcher sees text: one UTF-8 byte stream, folded so that spellings which mean the same
/// thing look the same (case, hyphens and spaces, curly and straight apostrophes).
enum TextBytes {
    /// What a character is, for matching.
    enum Kind: Equatable {
        /// Part of a word: a letter, a digit, or any character outside ASCII that is not punctuation.
        case word
        /// White space, a hyphen or a dash: any run of these reads as one space.
        case separator
        /// A straight or curly apostrophe.
        case apostrophe
        /// Other punctuation, kept as it is (`&` in A&E, `.` in s.184).
        case other
    }

    /// The kind of the character starting at `index` and its length in bytes.
    @inline(__always)
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (Kind, Int) {
        let byte = bytes[index]
        if byte < 0x80 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return (.word, 1)
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "-"):
                return (.separator, 1)
            case UInt8(ascii: "'"):
                return (.apostrophe, 1)
            default:
                return (.other, 1)
            }
        }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        guard index + length <= bytes.count else { return (.other, 1) }
        if length == 2 && byte == 0xC2 {
            switch bytes[index + 1] {
            case 0xA0: return (.separator, 2)  // no-break space
            case 0x80...0xBF: return (.other, 2)  // Latin-1 punctuation and symbols (« » ° £)
            default: break
            }
        }
        if length == 3 && byte == 0xE2 && bytes[index + 1] == 0x80 {
            switch bytes[index + 2] {
            case 0x90, 0x91, 0x93, 0x94, 0x8B, 0xAF: return (.separator, 3)  // hyphens, dashes, spaces
            case 0x98, 0x99: return (.apostrophe, 3)  // ‘ ’
            default: return (.other, 3)  // “ ” … and other general punctuation
            }
        }
        return (.word, length)
    }

    /// `text` folded as the matcher compares it: lower case, separators as single spaces,
    /// apostrophes straight, leading and trailing separators removed.
    static func fold(_ text: String) -> [UInt8] {
        var input = text
        input.makeContiguousUTF8()
        return input.utf8.withContiguousStorageIfAvailable { bytes -> [UInt8] in
            var result: [UInt8] = []
            var index = 0
            var pendingSpace = false
            while index < bytes.count {
                let (kind, length) = classify(bytes, index)
                switch kind {
                case .separator:
                    pendingSpace = !result.isEmpty
                case .apostrophe:
                    if pendingSpace { result.append(UInt8(ascii: " ")); pendingSpace = false }
                    result.append(UInt8(ascii: "'"))
                case .word, .other:
                    if pendingSpace { result.append(UInt8(ascii: " ")); pendingSpace = false }
                    for offset in 0..<length { result.append(lower(bytes[index + offset])) }
                }
                index += length
            }
            return result
        } ?? []
    }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }
}
