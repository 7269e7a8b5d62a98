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
        case .recognition(let problem):
            return recognition(problem)
        case .unknownAction(let id):
            return "There is no action number \(id). See the actions and their numbers with 'roundtable actions list'."
        case .notRegistered(let name, let session):
            return problem.replacingOccurrences(of: "Register them first,", with: "Register them first with 'roundtable register \(session.id) \"\(name)\"',")
        case .personExists, .badName, .nothingToUndo, .trackedElsewhere, .input, .busy, .newerVersion, .diskFull, .emptyActionText, .nominatedInACircle:
            return problem
        }
    }

    /// The message for a recognition problem, with the command or option that helps.
    private static func recognition(_ problem: RecognitionProblem) -> String {
        let message = problem.message
        switch problem {
        case .notTakingPart(let name, let session):
            return message.replacingOccurrences(of: "Mark them present first.",
                                                with: "Mark them present first with: roundtable attend \(session.id) \"\(name)\"")
        case .alreadyRecorded:
            return message.replacingOccurrences(of: "record it again as a correction:", with: "run the same command again with --correct:")
        case .nothingToCorrect:
            return message.replacingOccurrences(of: "Add one instead.", with: "Add one: run the same command without --correct.")
        case .noRate(_, let programme):
            let rate = programme.map { "or set the series' rate with: roundtable recognition rate --programme \"\($0)\" --per-hour 25" }
                ?? "A rate can only be set for a series built with 'roundtable programme build'."
            return message.replacingOccurrences(of: "Give the amount, or set the series' rate first.",
                                                with: "Give the amount, for example --payment 25\(programme == nil ? ". " : ", ")\(rate)")
        case .needsSessionTime:
            return message.replacingOccurrences(of: "Give the time, or give the amount.", with: "Add --session-time, for example --session-time 2h, or give the amount with --payment.")
        case .noDate:
            return message.replacingOccurrences(of: "say on which day it was paid or given.", with: "say on which day it was paid or given with --paid-on, for example --paid-on 2026-10-14.")
        case .zeroAmount:
            return message.replacingOccurrences(of: "record that they chose nothing.", with: "use --nothing.")
        case .unknownProgramme:
            return message + " See the names in your programme files, or build one with 'roundtable programme build FILE'."
        case .emptyText, .tooLong, .badTime:
            return message
        }
    }
}
