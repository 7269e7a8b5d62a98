import Documents
import Foundation
import SpeakingTurns

/// Why the session store could not do what was asked, written as advice for a facilitator.
/// Whenever one of these is thrown, nothing was changed.
public enum StoreError: Error, LocalizedError, Equatable, Sendable {
    /// No session has this number or title.
    case unknownSession(String, suggestion: String?)
    /// Several sessions have this title.
    case ambiguousSession(String, ids: [SessionID])
    /// Nobody has this name.
    case unknownPerson(String, suggestion: String?)
    /// Someone already has this name.
    case personExists(String)
    /// The name cannot be kept as it is written.
    case badName(String, PersonName.Problem)
    /// The person is not marked present at the session.
    case notPresent([String], session: SessionDetails)
    /// Nobody is speaking in the session.
    case noTurnRunning(SessionDetails)
    /// There is no start or end left to undo.
    case nothingToUndo(SessionDetails)
    /// Turns from a transcript were imported into the session before.
    case alreadyImported(SessionDetails, count: Int)
    /// The live view is open for the session in another window.
    case trackedElsewhere(SessionDetails)
    /// A row of a file cannot be used.
    case input(ReadError)
    /// Another program kept the database busy for longer than the wait allowed.
    case busy(path: String)
    /// The file is not a database, or is damaged.
    case damaged(path: String)
    /// The file is a database, but not one Roundtable made.
    case notRoundtable(path: String)
    /// The database was changed by a newer Roundtable, which knows these steps this one does not.
    case newerVersion(path: String, unknownSteps: [String])
    /// The database file or its folder cannot be opened or written.
    case cannotOpen(path: String, reason: String)
    /// The disk is full.
    case diskFull(path: String)
    /// A colleague can come on behalf of a member only when the member is registered.
    case notRegistered(String, session: SessionDetails)
    /// Someone was asked to come on behalf of themselves, or of a colleague coming on their behalf.
    case nominatedInACircle(String)
    /// An involvement record or a series' rate could not be saved, or a series is not known.
    case recognition(RecognitionProblem)
    /// No action has this number.
    case unknownAction(ActionID)
    /// A part of an action that must be written is empty.
    case emptyActionText(ActionField)

    /// The problem and what to do about it, in plain English.
    public var errorDescription: String? {
        switch self {
        case .unknownSession(let name, let suggestion):
            return "There is no session called '\(name)'.\(suggestion.map { " Did you mean '\($0)'?" } ?? "") Check the list of sessions, or add this session first."
        case .ambiguousSession(let name, let ids):
            return "\(ids.count) sessions are called '\(name)' (numbers \(ids.map(String.init).joined(separator: ", "))). Give the session's number instead."
        case .unknownPerson(let name, let suggestion):
            return "Nobody called '\(name)' is in Roundtable yet.\(suggestion.map { " Did you mean '\($0)'?" } ?? "") Check the list of people. If they are new, add them first, with their role."
        case .personExists(let name):
            return "Someone called '\(name)' is already in Roundtable. If this is a different person, add them with a name that tells them apart, such as '\(name) B.'."
        case .badName(let name, let problem):
            return problem.message(for: name) + " Nobody was added."
        case .notPresent(let names, let session):
            let list = names.map { "'\($0)'" }.joined(separator: ", ")
            return "\(list) \(names.count == 1 ? "is" : "are") not marked present at session \(session.id) ('\(session.title)'), so no turn was recorded. If they are here, mark them present first."
        case .noTurnRunning(let session):
            return "Nobody is speaking in session \(session.id) ('\(session.title)'), so there is no turn to end."
        case .nothingToUndo(let session):
            return "There is nothing to undo in session \(session.id) ('\(session.title)'): no turn has been started or ended there yet, or everything has been undone."
        case .alreadyImported(let session, let count):
            return "Session \(session.id) ('\(session.title)') already has \(count) turns imported from a transcript, so nothing was imported. Import it again asking for the old turns to be replaced, if that is what you want."
        case .trackedElsewhere(let session):
            return "Session \(session.id) ('\(session.title)') is being tracked live in another window right now. Use that window, or quit it with q and try again. If that window has closed, wait 5 seconds and try again."
        case .input(let error):
            return error.errorDescription
        case .busy(let path):
            return "\(path): the database is busy: another Roundtable window or program kept it locked for too long. Nothing was changed. Close the other program or wait a moment, then try again."
        case .damaged(let path):
            return "\(path): this file is not a Roundtable database, or it is damaged. Roundtable did not change it. Restore it from a backup, or use another database file."
        case .notRoundtable(let path):
            return "\(path): this is a database, but not one Roundtable made, so Roundtable will not change it. Use another database file, or your usual Roundtable database."
        case .newerVersion(let path, let steps):
            return "\(path): this database was last used by a newer version of Roundtable (it has changes this version does not know: \(steps.joined(separator: ", "))). Roundtable did not change it. Update Roundtable to the newest version and try again."
        case .cannotOpen(let path, let reason):
            return "\(path): the database cannot be opened (\(reason)). Nothing was changed. Check that the folder exists and that you may write to it, or use another database file."
        case .notRegistered(let name, let session):
            return "\(name) is not registered for session \(session.id) ('\(session.title)'), so nobody can come on their behalf. Register them first, then name the colleague coming instead."
        case .nominatedInACircle(let name):
            return "\(name) cannot come on behalf of themselves, or of someone coming on their behalf. Check the two names."
        case .recognition(let problem):
            return problem.message
        case .diskFull(let path):
            return "\(path): the disk is full, so nothing was saved. Make some room on the disk and try again."
        case .unknownAction(let id):
            return "There is no action number \(id). Check the list of actions for its number."
        case .emptyActionText(let field):
            return "The action needs \(field.words), but it is empty, so nothing was saved. Write a few words and try again."
        }
    }
}
