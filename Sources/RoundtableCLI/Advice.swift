import SessionStore

/// The store's errors in the words of the command line: the library says what went wrong and
/// what to do in general; here the next step becomes the command to type.
enum Advice {
    /// The message for `error`, with the command that helps.
    static func message(for error: StoreError) -> String {
        let problem = error.errorDescription ?? ""
        switch error {
        case .unknownSession(let name, let suggestion):
            return "There is no session called '\(name)'.\(suggestion.map { " Did you mean '\($0)'?" } ?? "") See your sessions with 'roundtable session list', or add one with 'roundtable session add \"Title\" --date 2026-10-14'."
        case .ambiguousSession(_, let ids):
            return problem + " For example: roundtable session show \(ids.first ?? 1)"
        case .unknownPerson(let name, let suggestion):
            return "Nobody called '\(name)' is in Roundtable yet.\(suggestion.map { " Did you mean '\($0)'?" } ?? "") See everyone with 'roundtable people list'. If they are new, add them with 'roundtable people add \"\(name)\" --role ROLE'."
        case .notPresent(let names, let session):
            let command = "roundtable attend \(session.id) " + names.map { "\"\($0)\"" }.joined(separator: " ")
            return problem.replacingOccurrences(of: "mark them present first.", with: "mark them present with: \(command)")
        case .noTurnRunning(let session):
            return problem + " Start one with 'roundtable turns start \(session.id) \"Name\"'."
        case .alreadyImported(let session, let count):
            return "Session \(session.id) ('\(session.title)') already has \(count) turns imported from a transcript, so nothing was imported. To replace them with this transcript, add --replace."
        case .damaged(let path):
            return "\(path): this file is not a Roundtable database, or it is damaged. Roundtable did not change it. Restore it from a backup, or give another file with --db."
        case .notRoundtable(let path):
            return "\(path): this is a database, but not one Roundtable made, so Roundtable will not change it. Give another file with --db, or leave --db out to use your usual Roundtable database."
        case .cannotOpen(let path, let reason):
            return "\(path): the database cannot be opened (\(reason)). Nothing was changed. Check that the folder exists and that you may write to it, or give another file with --db."
        case .unknownAction(let id):
            return "There is no action number \(id). See the actions and their numbers with 'roundtable actions list'."
        case .notRegistered(let name, let session):
            return problem.replacingOccurrences(of: "Register them first,", with: "Register them first with 'roundtable register \(session.id) \"\(name)\"',")
        case .personExists, .badName, .nothingToUndo, .trackedElsewhere, .input, .busy, .newerVersion, .diskFull, .emptyActionText, .nominatedInACircle:
            return problem
        }
    }
}
