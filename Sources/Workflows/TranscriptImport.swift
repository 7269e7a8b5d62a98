import Documents
import Foundation
import SessionPlanning
import SessionStore
import SpeakingTurns

/// Turns from a Zoom or Teams transcript (WebVTT), matched to the people marked present at the
/// session, with times read in the session's time zone.
public enum TranscriptImport {
    /// The time zone a session's times are in when its agenda does not say: the UK's.
    public static let defaultTimeZone = "Europe/London"

    /// What an import did.
    public struct Result: Sendable, Equatable {
        /// How many turns were saved.
        public var imported: Int
        /// How many people those turns belong to.
        public var speakers: Int
        /// Speakers left out because they are not marked present (only when asked to skip them).
        public var skipped: [TranscriptTurns.UnknownSpeaker]
        /// Cues that name no speaker, left out (only when asked to skip them).
        public var unnamedCues: Int
        /// The time zone the recording's start was read in.
        public var timeZone: String
    }

    /// Why a transcript could not be imported.
    public enum Problem: Error, LocalizedError, Equatable {
        /// Nobody is marked present, so no speaker can be matched.
        case nobodyPresent(SessionDetails)

        public var errorDescription: String? {
            switch self {
            case .nobodyPresent(let session):
                return "Nobody is marked present at session \(session.id) ('\(session.title)'), so no speaker in the transcript can be matched. Mark who came first, then import the transcript again. Nothing was imported."
            }
        }
    }

    /// Imports the transcript at `path` into `session`: cues are matched to the people marked
    /// present; the recording started at `start` (midnight when nil) on the session's date (or
    /// `today` when the session has none), in `timeZone`, else in `timeZone(of:)` the session.
    public static func run(store: SessionStore, session: SessionDetails, transcript path: String, start: ClockTime?,
                           timeZone: String? = nil, today: CalendarDate, skipUnknown: Bool, replace: Bool) throws -> Result {
        let present = try store.present(session: session.id)
        guard !present.isEmpty else { throw Problem.nobodyPresent(session) }
        let cues = try WebVTT.cues(try TextFile.read(path, kind: "transcript"), file: path)
        let matched = try TranscriptTurns(cues: cues, people: present, file: path, skipUnknown: skipUnknown)
        let zone = timeZone ?? self.timeZone(of: session)
        let origin = AgendaTimes(timeZone: zone).instant(session.date ?? today, start ?? .midnight)
        let turns = matched.turns.map { ImportedTurn(personID: $0.personID, start: origin + $0.start, end: origin + $0.end) }
        let count = try store.importTurns(session: session.id, turns: turns, replace: replace)
        return Result(imported: count, speakers: Set(turns.map(\.personID)).count, skipped: matched.skipped,
                      unnamedCues: matched.unnamedCues, timeZone: zone)
    }

    /// The time zone a session's times are in: its agenda's, when the session's agenda file can
    /// be read, else `defaultTimeZone`. Imports read times in it and lists show them in it.
    public static func timeZone(of session: SessionDetails) -> String {
        guard let file = session.agendaFile, let text = try? TextFile.read(file, kind: "agenda"),
              let agenda = try? AgendaReader.read(text, file: file) else { return defaultTimeZone }
        return agenda.timeZone
    }
}
