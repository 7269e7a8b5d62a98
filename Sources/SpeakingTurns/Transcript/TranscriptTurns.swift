import Documents
import Foundation

/// Turns read from a transcript: cues mapped to known people, and consecutive cues by the same
/// person merged into one turn. Unknown speakers are reported, never invented.
public struct TranscriptTurns: Sendable, Equatable {
    /// One turn, in seconds from the start of the recording.
    public struct Entry: Sendable, Equatable {
        /// Who spoke.
        public var personID: PersonID
        /// Seconds from the start of the recording to the start of the turn.
        public var start: Double
        /// Seconds from the start of the recording to the end of the turn.
        public var end: Double

        /// Creates a turn from `start` to `end` seconds into the recording.
        public init(personID: PersonID, start: Double, end: Double) {
            self.personID = personID
            self.start = start
            self.end = end
        }
    }

    /// A name in the transcript that matches nobody Roundtable knows.
    public struct UnknownSpeaker: Sendable, Equatable {
        /// The name as the transcript gives it.
        public var name: String
        /// The line of its first cue.
        public var firstLine: Int
        /// How many cues it has.
        public var cueCount: Int
        /// The known name it most likely means, if any.
        public var suggestion: String?
    }

    /// The turns, in the order of the transcript.
    public var turns: [Entry]
    /// Speakers left out (only with `skipUnknown`).
    public var skipped: [UnknownSpeaker]
    /// Cues that name no speaker, left out (only with `skipUnknown`).
    public var unnamedCues: Int

    /// Maps the cues of `file` to `people` by name (ignoring case, spacing and a trailing
    /// bracket such as "(she/her)"). Unless `skipUnknown` is set, any cue from an unknown speaker
    /// or with no speaker is an error that lists them all, and nothing is imported; overlapping
    /// cues by different people are always an error.
    public init(cues: [WebVTT.Cue], people: [Participant], file: String, skipUnknown: Bool) throws {
        var byName: [String: Participant] = [:]
        for person in people { byName[Self.key(person.displayName)] = person }
        var unknown: [String: UnknownSpeaker] = [:]
        var unknownOrder: [String] = []
        var unnamed: [WebVTT.Cue] = []
        var merged: [(person: Participant?, start: Double, end: Double, line: Int)] = []
        for cue in cues {
            let person = cue.speaker.flatMap { byName[Self.key($0)] }
            if let name = cue.speaker, person == nil {
                let key = Self.key(name)
                if unknown[key] == nil {
                    unknownOrder.append(key)
                    unknown[key] = UnknownSpeaker(name: name, firstLine: cue.line, cueCount: 0,
                                                  suggestion: Suggestions.closest(to: name, among: people.map(\.displayName)))
                }
                unknown[key]?.cueCount += 1
            } else if cue.speaker == nil {
                unnamed.append(cue)
            }
            if let last = merged.last {
                let samePerson = last.person != nil && last.person == person
                if cue.start < last.end && !samePerson {
                    throw ReadError(file: file, position: SourcePosition(line: cue.line, column: 1),
                                    problem: "This cue starts (\(Self.time(cue.start))) before the one above it ends (\(Self.time(last.end)), line \(last.line)), so two people would be speaking at once.",
                                    advice: "Correct the times in a text editor so that each cue starts after the one before ends, then import again. Nothing was imported.")
                }
                if samePerson {
                    merged[merged.count - 1].end = max(last.end, cue.end)
                    continue
                }
            }
            merged.append((person, cue.start, cue.end, cue.line))
        }
        let skipped = unknownOrder.compactMap { unknown[$0] }
        if !skipUnknown, !skipped.isEmpty || !unnamed.isEmpty {
            throw UnmatchedSpeakers(file: file, speakers: skipped, unnamedCues: unnamed.count, firstUnnamedLine: unnamed.first?.line)
        }
        turns = merged.compactMap { entry in entry.person.map { Entry(personID: $0.id, start: entry.start, end: entry.end) } }
        self.skipped = skipped
        unnamedCues = unnamed.count
    }

    /// A name as compared: lower case, single spaces, without a trailing bracket.
    static func key(_ name: String) -> String {
        var text = name.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex { text = String(text[..<open]) }
        return text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Seconds as `hh:mm:ss.ttt`, as transcripts write them.
    static func time(_ seconds: Double) -> String {
        let milliseconds = Int((seconds * 1000).rounded())
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(milliseconds / 3_600_000, 2)):\(pad(milliseconds / 60_000 % 60, 2)):\(pad(milliseconds / 1000 % 60, 2)).\(pad(milliseconds % 1000, 3))"
    }
}

/// Speakers in a transcript who match nobody marked present, or cues that name nobody: nothing was imported.
public struct UnmatchedSpeakers: Error, LocalizedError, Equatable {
    /// The transcript file.
    public var file: String
    /// The speakers who match nobody, with the line of their first cue.
    public var speakers: [TranscriptTurns.UnknownSpeaker]
    /// How many cues name no speaker.
    public var unnamedCues: Int
    /// The line of the first cue that names no speaker.
    public var firstUnnamedLine: Int?

    public var errorDescription: String? {
        var problems: [String] = []
        if !speakers.isEmpty {
            let list = speakers.map { speaker in
                "'\(speaker.name)' (line \(speaker.firstLine)\(speaker.suggestion.map { ", did you mean '\($0)'?" } ?? ""))"
            }.joined(separator: ", ")
            problems.append("\(speakers.count == 1 ? "1 speaker in this transcript matches" : "\(speakers.count) speakers in this transcript match") nobody marked present: \(list).")
        }
        if let line = firstUnnamedLine {
            problems.append("\(unnamedCues == 1 ? "1 cue names" : "\(unnamedCues) cues name") no speaker (the first at line \(line)).")
        }
        return "\(file): " + problems.joined(separator: " ") + " Nothing was imported. Mark each missing person present (adding them to Roundtable first if they are new), or import only the speakers who match and leave the others out."
    }
}
