import Documents
import Foundation
import SessionPlanning
import SessionStore
import SpeakingTurns

/// The access needs of the people registered for the session an agenda plans: counted for the
/// agenda's checks, and by name only for the facilitators' version. Never part of a version
/// that is sent out.
public struct AgendaAccess: Sendable {
    /// The session in the store that the agenda plans: the one on the agenda's day.
    public let session: SessionDetails
    /// The people registered who have access needs kept, by name.
    public let people: [PersonWithNeeds]

    /// The needs of the people registered for the session on `agenda`'s day. When more than one
    /// session is on that day, the one with the agenda's title is meant.
    public init(store: SessionStore, agenda: Agenda) throws {
        let sameDay = try store.sessions().map(\.details).filter { $0.date == agenda.date }
        let titled = sameDay.filter { $0.title.caseInsensitiveCompare(agenda.title) == .orderedSame }
        switch (sameDay.count, titled.count) {
        case (0, _):
            throw AgendaSessionError.noSession(day: agenda.date)
        case (1, _):
            session = sameDay[0]
        case (_, 1):
            session = titled[0]
        default:
            throw AgendaSessionError.severalSessions(day: agenda.date, titles: sameDay.map(\.title))
        }
        people = try store.accessNeeds(session: session.id)
    }

    /// Creates the needs of `people`, registered for `session`.
    public init(session: SessionDetails, people: [PersonWithNeeds]) {
        self.session = session
        self.people = people
    }

    /// How many people need each kind of help, without names, for the agenda's checks.
    public var counts: NeedsToPlanFor {
        var counts = NeedsToPlanFor()
        for need in people.flatMap(\.needs).map(\.need) {
            switch need {
            case .captions: counts.support[.captions, default: 0] += 1
            case .britishSignLanguage: counts.support[.britishSignLanguage, default: 0] += 1
            case .easyRead: counts.support[.easyRead, default: 0] += 1
            case .largePrint: counts.support[.largePrint, default: 0] += 1
            case .joinByPhone: counts.support[.joinByPhone, default: 0] += 1
            case .papersEarly: counts.papersEarly += 1
            case .breaks: counts.breaks += 1
            case .other: break
            }
        }
        return counts
    }

    /// Each need with the people who have it and their own words, for the facilitators' version.
    public var plan: AccessPlan {
        AccessPlan(needs: AccessNeed.allCases.compactMap { need in
            let who = people.compactMap { person -> String? in
                guard let kept = person.needs.first(where: { $0.need == need }) else { return nil }
                return person.person.displayName + (kept.note.map { " (\($0))" } ?? "")
            }
            return who.isEmpty ? nil : AccessPlan.Need(need: need.words.prefix(1).uppercased() + need.words.dropFirst(), people: who)
        })
    }
}

/// The session an agenda plans could not be found in the store, so the access needs of the
/// people registered could not be looked up.
public enum AgendaSessionError: LocalizedError, Sendable, Equatable {
    /// No session is on the agenda's day.
    case noSession(day: CalendarDate)
    /// Several sessions are on the agenda's day and none has the agenda's title.
    case severalSessions(day: CalendarDate, titles: [String])

    /// The problem and what to do, in plain English.
    public var errorDescription: String? {
        switch self {
        case .noSession(let day):
            return "No session on \(day.long) is in the database, so Roundtable cannot see who is coming or what they need. Add the session with 'roundtable session add \"Title\" --date \(day.iso)' and register people for it, or leave out --access-needs."
        case .severalSessions(let day, let titles):
            return "\(titles.count) sessions are on \(day.long) (\(titles.map { "'\($0)'" }.joined(separator: ", "))) and none has the agenda's title, so Roundtable cannot tell which one this agenda is for. Give the agenda the title of its session."
        }
    }
}
