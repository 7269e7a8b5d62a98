import Documents
import Foundation
import SessionStore
import SpeakingTurns

/// Why a series report could not be made, in words for a facilitator. The front end adds the
/// command or the button that helps.
public enum SeriesReportError: Error, LocalizedError, Equatable, Sendable {
    /// The store has no sessions at all.
    case noSessions
    /// No programme has this name; `suggestion` is the nearest name, `names` every name.
    case unknownProgramme(String, suggestion: String?, names: [String])
    /// The store has several programmes and none was named.
    case whichProgramme(names: [String])
    /// The programme has no sessions in the store.
    case emptyProgramme(String)

    /// The problem and what to do about it, in plain English.
    public var errorDescription: String? {
        switch self {
        case .noSessions:
            return "There are no sessions in this database yet, so there is nothing to report on. Add the sessions first, or build a programme."
        case .unknownProgramme(let name, let suggestion, let names):
            guard !names.isEmpty else {
                return "There is no programme called '\(name)': this database has no programmes yet. Leave out the programme's name to report on every session."
            }
            return "There is no programme called '\(name)'.\(suggestion.map { " Did you mean '\($0)'?" } ?? "") The programmes are: \(Self.list(names))."
        case .whichProgramme(let names):
            return "This database has \(names.count) programmes: \(Self.list(names)). Say which one to report on."
        case .emptyProgramme(let name):
            return "The programme '\(name)' has no sessions in this database, so there is nothing to report on. Build the programme again to add its sessions."
        }
    }

    /// "'A', 'B' and 'C'".
    static func list(_ names: [String]) -> String {
        ListInWords.joined(names.map { "'\($0)'" })
    }
}

extension SeriesReport {
    /// Reads the series report of the programme called `programme` (in any case) from `store`.
    /// With no name, the store's only programme is used; a store with no programmes reports on
    /// every session it has. Speaking time is counted up to the last moment recorded, so the same
    /// store always gives the same report; `now` only tells whether a live tracker has stopped.
    public static func load(store: SessionStore, programme: String?, now: Date) throws -> SeriesReport {
        let programmes = try store.programmes()
        let chosen: ProgrammeSummary?
        if let programme {
            let name = programme.trimmingCharacters(in: .whitespaces)
            guard let found = programmes.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) else {
                let names = programmes.map(\.name)
                throw SeriesReportError.unknownProgramme(name, suggestion: Suggestions.closest(to: name, among: names), names: names)
            }
            chosen = found
        } else if programmes.count > 1 {
            throw SeriesReportError.whichProgramme(names: programmes.map(\.name))
        } else {
            chosen = programmes.first
        }
        let sessions = try chosen.map { try store.sessions(programme: $0.id) } ?? store.sessions()
        guard !sessions.isEmpty else {
            throw chosen.map { SeriesReportError.emptyProgramme($0.name) } ?? SeriesReportError.noSessions
        }
        let records = try sessions.map { summary in
            let session = summary.details
            let balance = try store.turns(session: session.id, now: now).balanceReport(now: nil)?.metrics
            return SeriesRecord(session: session, present: try store.present(session: session.id), balance: balance,
                                actions: try store.actions(.raisedAt(session.id)))
        }
        return SeriesReport(programme: chosen?.name, records: records)
    }
}
