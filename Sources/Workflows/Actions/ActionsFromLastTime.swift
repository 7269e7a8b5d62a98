import Documents
import SessionPlanning
import SessionStore
import SpeakingTurns

/// The agenda item "Actions from last time": the actions raised at earlier sessions that are
/// still open, so the group hears where each one has got to. It takes 2 minutes for each action,
/// at least 5 and at most 15, and comes straight after the opening items (welcome, check-in and
/// ground rules).
public struct ActionsFromLastTime: Sendable {
    /// The item's title.
    public static let title = "Actions from last time"

    /// The open actions the item covers, oldest session first.
    public let actions: [SessionAction]
    private let redactor: NameRedactor

    /// The open actions raised at sessions dated before `day` (the day of the agenda), with the
    /// people Roundtable knows, so that nobody who has not agreed is named in the item.
    public init(store: SessionStore, before day: CalendarDate) throws(StoreError) {
        self.init(actions: try store.actions(.raisedBefore(day), openOnly: true), people: try store.people())
    }

    /// The item for `actions` (only open ones count); anyone among `people` without consent to be
    /// named is shown by their role wherever the actions' words name them.
    public init(actions: [SessionAction], people: [Participant]) {
        self.actions = actions.filter(\.status.isOpen)
        self.redactor = NameRedactor(people: people)
    }

    /// The minutes the item takes for `count` actions: 2 each, at least 5, at most 15.
    public static func minutes(for count: Int) -> Int {
        min(15, max(5, 2 * count))
    }

    /// The item, or nil when no action is open.
    public var item: AgendaItem? {
        guard !actions.isEmpty else { return nil }
        let intro = actions.count == 1
            ? "One action from an earlier session is still open. We say where it has got to, and you can ask about it."
            : "\(actions.count) actions from earlier sessions are still open. We say where each has got to, and you can ask about them."
        let lines = actions.map { ActionWords($0).agendaLines }
        let description = redactor.redact(([intro] + lines).joined(separator: "\n\n")).0
        return AgendaItem(title: Self.title, kind: .presentation, minutes: Self.minutes(for: actions.count), description: description)
    }

    /// `agenda` with the item after its opening items (welcome, check-in, ground rules), or as it
    /// is when no action is open.
    public func adding(to agenda: Agenda) -> Agenda {
        guard let item else { return agenda }
        var result = agenda
        let opening = agenda.items.prefix { [.welcome, .checkIn, .groundRules].contains($0.kind) }.count
        result.items.insert(item, at: opening)
        return result
    }
}
