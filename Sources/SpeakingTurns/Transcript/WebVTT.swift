import Documents
import Foundation

/// A WebVTT transcript as Zoom and Teams save it: cues with times, each starting with the name
/// of the person speaking ("Name: text" from Zoom, `<v Name>text</v>` from Teams).
public enum WebVTT {
    /// One cue: when it was said and by whom. The words themselves are not kept.
    public struct Cue: Sendable, Equatable {
        /// The line of the cue's times in the file, for messages.
        public var line: Int
        /// Seconds from the start of the recording.
        public var start: Double
        /// Seconds from the start of the recording to the end of the cue.
        public var end: Double
        /// The speaker's name as the transcript gives it, or nil when the cue names nobody.
        public var speaker: String?
    }

    /// Reads the cues of `text` (from `file`, for messages); NOTE, STYLE and REGION blocks are skipped.
    public static func cues(_ text: String, file: String) throws(ReadError) -> [Cue] {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { String($0) }
        guard let first = lines.first, first.replacingOccurrences(of: "\u{FEFF}", with: "").hasPrefix("WEBVTT") else {
            throw ReadError(file: file, position: SourcePosition(line: 1, column: 1),
                            problem: "This is not a WebVTT transcript: its first line should say WEBVTT.",
                            advice: "In Zoom or Teams, download the transcript as a .vtt file and give that file.")
        }
        var cues: [Cue] = []
        var index = 1
        while index < lines.count {
            // Gather one block: the lines up to the next blank line.
            while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces).isEmpty { index += 1 }
            let blockStart = index
            while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).isEmpty { index += 1 }
            let block = Array(lines[blockStart..<index])
            guard let head = block.first, !["NOTE", "STYLE", "REGION"].contains(where: { head.hasPrefix($0) }) else { continue }
            guard let timing = block.firstIndex(where: { $0.contains("-->") }), timing <= 1 else {
                throw ReadError(file: file, position: SourcePosition(line: blockStart + 1, column: 1),
                                problem: "This part of the transcript has no times (a line such as 00:01:02.000 --> 00:01:05.500).",
                                advice: "Check that the file is the transcript as Zoom or Teams saved it.")
            }
            let lineNumber = blockStart + timing + 1
            let start = try time(in: block[timing], after: nil, file: file, line: lineNumber)
            let end = try time(in: block[timing], after: "-->", file: file, line: lineNumber)
            guard end >= start else {
                throw ReadError(file: file, position: SourcePosition(line: lineNumber, column: 1),
                                problem: "This cue ends before it starts.",
                                advice: "Correct the times in a text editor, or download the transcript again.")
            }
            let payload = block[(timing + 1)...].joined(separator: " ")
            cues.append(Cue(line: lineNumber, start: start, end: end, speaker: speaker(of: payload)))
        }
        return cues
    }

    /// The time at the start of `line`, or the one after `marker`, as seconds; a time that cannot
    /// be read is an error naming its line and column.
    private static func time(in line: String, after marker: String?, file: String, line lineNumber: Int) throws(ReadError) -> Double {
        let characters = Array(line)
        var index = 0
        if let marker {
            guard let range = line.range(of: marker) else { return try timeError("", column: characters.count + 1, file: file, line: lineNumber, problem: .shape) }
            index = line.distance(from: line.startIndex, to: range.upperBound)
        }
        while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 }
        let column = index + 1
        var text = ""
        while index < characters.count, characters[index] != " ", characters[index] != "\t", !(marker == nil && characters[index] == "-") {
            text.append(characters[index])
            index += 1
        }
        switch CueTime.seconds(text) {
        case .success(let seconds): return seconds
        case .failure(let problem): return try timeError(text, column: column, file: file, line: lineNumber, problem: problem)
        }
    }

    private static func timeError(_ text: String, column: Int, file: String, line: Int, problem: CueTime.Problem) throws(ReadError) -> Double {
        let shown = text.isEmpty ? "The time here" : "The time '\(text)'"
        throw ReadError(file: file, position: SourcePosition(line: line, column: column),
                        problem: "\(shown) cannot be read: \(problem.words). Nothing was imported.",
                        advice: "Times are written as hours:minutes:seconds.milliseconds, for example 00:01:02.000 --> 00:01:05.500. Correct the time in a text editor, or download the transcript again.")
    }

    /// The speaker named at the start of a cue: `<v Name>` (Teams) or `Name:` (Zoom).
    static func speaker(of payload: String) -> String? {
        let text = payload.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("<v"), let close = text.firstIndex(of: ">") {
            // `<v Name>` or `<v.class Name>`: the name follows the first space.
            let tag = text[text.index(text.startIndex, offsetBy: 2)..<close]
            guard let space = tag.firstIndex(of: " ") else { return nil }
            let name = tag[space...].trimmingCharacters(in: .whitespaces)
            return name.isEmpty ? nil : name
        }
        guard let colon = text.range(of: ": ") ?? (text.hasSuffix(":") ? text.range(of: ":", options: .backwards) : nil) else { return nil }
        let name = text[..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
        // A name is short and is not a time of day ("at 10:30") or a link.
        guard !name.isEmpty, name.count <= 60, !name.contains("://"), !name.contains("<") else { return nil }
        return name
    }
}
