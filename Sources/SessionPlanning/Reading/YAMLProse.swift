import Documents
import Foundation
import Yams

/// Turns a YAML text value into prose whose pieces point at the lines and columns where the
/// words are written, so a plain-language finding lands on the right word of the agenda file.
enum YAMLProse {
    /// The prose of the scalar `node`, found in `lines` (the file's lines); nil when it is empty.
    static func block(_ node: Node, lines: [Substring], kind: ProseBlock.Kind, paragraph: Int) -> ProseBlock? {
        guard let scalar = node.scalar else { return nil }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        let start = YAMLErrors.position(of: node) ?? SourcePosition(line: 1, column: 1)
        let segments = sourceSegments(of: text, style: scalar.style, start: start, lines: lines)
            ?? [ProseBlock.Segment(text: text.replacingOccurrences(of: "\n", with: " "), position: start)]
        return ProseBlock(kind: kind, segments: segments, paragraph: paragraph)
    }

    /// One segment per source line, each at the column where its words start, when the words of
    /// the file match the value exactly (no escapes); nil otherwise.
    private static func sourceSegments(of text: String, style: Node.Scalar.Style, start: SourcePosition,
                                       lines: [Substring]) -> [ProseBlock.Segment]? {
        var remaining = Substring(text)
        var segments: [ProseBlock.Segment] = []
        let isBlock = style == .literal || style == .folded
        var lineIndex = start.line - (isBlock ? 0 : 1)
        var firstColumn = isBlock ? 1 : start.column + (style == .singleQuoted || style == .doubleQuoted ? 1 : 0)
        while !remaining.isEmpty {
            remaining = remaining.drop { $0.isWhitespace }
            guard lineIndex < lines.count, lineIndex >= 0 else { return nil }
            let line = lines[lineIndex]
            let characters = Array(line)
            let from = min(max(firstColumn - 1, 0), characters.count)
            var piece = String(characters[from...]).trimmingCharacters(in: .whitespaces)
            let indent = characters[from...].prefix { $0 == " " || $0 == "\t" }.count
            if style == .singleQuoted || style == .doubleQuoted, remaining.count <= piece.count, piece.hasSuffix(style == .singleQuoted ? "'" : "\"") {
                piece = String(piece.dropLast())
            }
            lineIndex += 1
            firstColumn = 1
            if piece.isEmpty { continue }
            guard remaining.hasPrefix(piece) else { return nil }
            segments.append(.init(text: piece, position: SourcePosition(line: lineIndex, column: from + indent + 1)))
            remaining = remaining.dropFirst(piece.count)
        }
        return segments.isEmpty ? nil : segments
    }
}
