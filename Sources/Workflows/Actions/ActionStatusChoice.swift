import Documents
import Foundation
import SessionStore

/// The status a person picks for an action: a command line or a form lists these.
public enum ActionStatusChoice: String, CaseIterable, Sendable {
    /// Still to do (an action marked done or not possible by mistake is opened again).
    case open
    /// Done: what changed must be said.
    case done
    /// It cannot be done: the reason must be said.
    case notPossible = "not-possible"

    /// The change to an action from what a person gave: a status with what changed or the reason,
    /// a new due date, or both. Refused when nothing would change, or when the words do not fit
    /// the status.
    public static func update(status: ActionStatusChoice?, whatChanged: String?, reason: String?,
                              due: CalendarDate?) throws(ActionInputError) -> ActionUpdate {
        let whatChanged = whatChanged.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let reason = reason.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        switch status {
        case nil:
            if whatChanged != nil || reason != nil { throw .wordsWithoutStatus }
            guard let due else { throw .nothingToChange }
            return ActionUpdate(due: due)
        case .open?:
            if whatChanged != nil || reason != nil { throw .wordsForOpen }
            return ActionUpdate(status: .open, due: due)
        case .done?:
            if reason != nil { throw .reasonForDone }
            guard let whatChanged, !whatChanged.isEmpty else { throw .whatChangedNeeded }
            return ActionUpdate(status: .done(whatChanged: whatChanged), due: due)
        case .notPossible?:
            if whatChanged != nil { throw .whatChangedForNotPossible }
            guard let reason, !reason.isEmpty else { throw .reasonNeeded }
            return ActionUpdate(status: .notPossible(reason: reason), due: due)
        }
    }
}

/// Why a change to an action cannot be made as given. A front end words each one with its own
/// names for the fields.
public enum ActionInputError: Error, Equatable, Sendable {
    /// Neither a status nor a due date was given.
    case nothingToChange
    /// What changed or a reason was given without a status.
    case wordsWithoutStatus
    /// What changed or a reason was given for an action being opened again.
    case wordsForOpen
    /// A done action needs what changed.
    case whatChangedNeeded
    /// A reason was given for a done action.
    case reasonForDone
    /// An action that is not possible needs the reason.
    case reasonNeeded
    /// What changed was given for an action that is not possible.
    case whatChangedForNotPossible
}
