extension FODTBody {
    /// Writes text so that an office suite shows exactly these characters.
    ///
    /// ODF collapses runs of white space and drops it at the start of a paragraph, so every space
    /// that follows another space (or starts the paragraph) becomes `text:s`, and a tab becomes
    /// `text:tab`. Line breaks become `text:line-break` when `lineBreaks` is set (code blocks),
    /// and a space otherwise.
    mutating func text(_ text: String, lineBreaks: Bool = false) {
        var text = text
        let start = afterSpace
        if let end = text.withUTF8({ Self.plainRun($0, afterSpace: start) }) {
            out.text(text)
            afterSpace = end
        } else {
            text.withUTF8 { writeRuns($0, lineBreaks: lineBreaks) }
        }
    }

    /// Writes one space, as `text:s` when it follows white space so that it is not collapsed away.
    mutating func space() {
        out.raw(afterSpace ? "<text:s/>" : " ")
        afterSpace = true
    }

    /// Whether the text ends in a space, when it can be written as it is; nil when it holds a tab,
    /// a line break or a space that ODF would drop.
    private static func plainRun(_ bytes: UnsafeBufferPointer<UInt8>, afterSpace: Bool) -> Bool? {
        var previousIsSpace = afterSpace
        for byte in bytes {
            switch byte {
            case 0x20:
                if previousIsSpace { return nil }
                previousIsSpace = true
            case 0x09, 0x0A, 0x0D:
                return nil
            case 0x00..<0x20, 0x7F:
                // Left out by MarkupBuffer, so it neither ends nor starts a run of spaces.
                continue
            default:
                previousIsSpace = false
            }
        }
        return previousIsSpace
    }

    /// Writes text that holds runs of spaces, tabs or line breaks, one piece at a time.
    private mutating func writeRuns(_ bytes: UnsafeBufferPointer<UInt8>, lineBreaks: Bool) {
        var pieceStart = 0
        var index = 0
        func flush(_ end: Int) {
            if end > pieceStart {
                out.text(String(decoding: UnsafeBufferPointer(rebasing: bytes[pieceStart..<end]), as: UTF8.self))
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x20 where !afterSpace:
                afterSpace = true
                index += 1
            case 0x20:
                flush(index)
                var end = index
                while end < bytes.count, bytes[end] == 0x20 { end += 1 }
                let count = end - index
                out.raw(count == 1 ? "<text:s/>" : "<text:s text:c=\"\(count)\"/>")
                index = end
                pieceStart = end
            case 0x09:
                flush(index)
                out.raw("<text:tab/>")
                afterSpace = true
                index += 1
                pieceStart = index
            case 0x0A, 0x0D:
                flush(index)
                // A CR LF pair is one line break.
                index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                pieceStart = index
                if lineBreaks {
                    out.raw("<text:line-break/>")
                    afterSpace = true
                } else {
                    space()
                }
            case 0x00..<0x20, 0x7F:
                index += 1
            default:
                afterSpace = false
                index += 1
            }
        }
        flush(bytes.count)
    }
}
