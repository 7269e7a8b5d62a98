import Documents
import SessionStore
import SpeakingTurns
import Workflows

/// The session page's actions: what was raised at the session and what is being done about it,
/// each with a form to say how it ended or to move its date, and a form to add one.
enum ActionsSection {
    static func write(_ actions: [SessionAction], session: SessionDetails, today: CalendarDate?, token: String,
                      problems: [String: String], typed: [String: String], into out: inout MarkupBuffer) {
        out.element("h2", "Actions: what you told us and what we did", attributes: ["id": "actions"])
        if actions.isEmpty {
            out.element("p", "No actions from this session yet. Add one below. Open actions come up again in the next agenda and in the pack.")
        }
        for action in actions {
            let words = ActionWords(action)
            let prefix = "action-\(action.id)-"
            out.raw("<section class=\"action\" aria-labelledby=\"\(prefix)heading\">")
            out.element("h3", "Action \(action.id)", attributes: ["id": prefix + "heading"])
            out.element("p", "\(words.raisedByOnScreen) said: \(action.raised)")
            out.element("p", "Action: \(action.action) (\(action.owner), due by \(action.due.long)).")
            out.element("p", "Where it stands: " + (today.map { words.status(today: $0) } ?? action.status.word) + ".")
            out.open("form", attributes: ["method": "post", "action": "/actions/\(action.id)"])
            out.formToken(token)
            Fields.select(prefix + "status", "How it stands now",
                          options: [("same", "No change")] + ActionStatusChoice.allCases.map { ($0.rawValue, label($0)) },
                          selected: typed[prefix + "status"] ?? "same", into: &out)
            Fields.area(prefix + "what-changed", "What changed (if it is done)", value: typed[prefix + "what-changed"] ?? "", rows: 2,
                        problems: problems, into: &out)
            Fields.area(prefix + "reason", "Why it cannot be done (if it is not possible)", value: typed[prefix + "reason"] ?? "", rows: 2,
                        problems: problems, into: &out)
            Fields.input(prefix + "due", "Due by", value: typed[prefix + "due"] ?? action.due.iso, type: "date",
                         hint: "Change it to move the date.", problems: problems, into: &out)
            out.element("button", "Save action \(action.id)", attributes: ["type": "submit"])
            out.raw("</form></section>\n")
        }
        out.element("h3", "Add an action")
        out.open("form", attributes: ["method": "post", "action": "/sessions/\(session.id)/actions"])
        out.formToken(token)
        Fields.select("raised-by-role", "Who raised it", options: Role.allCases.map { ($0.rawValue, $0.name.prefix(1).uppercased() + $0.name.dropFirst()) },
                      selected: typed["raised-by-role"] ?? Role.expertByExperience.rawValue, into: &out)
        Fields.area("raised", "What was raised", value: typed["raised"] ?? "", hint: "In the words people used.", problems: problems, into: &out)
        Fields.area("action", "What will be done", value: typed["action"] ?? "", problems: problems, into: &out)
        Fields.input("owner", "Who will do it", value: typed["owner"] ?? "", hint: "A team or a role, such as Housing options team.",
                     problems: problems, into: &out)
        Fields.input("due", "Due by", value: typed["due"] ?? "", type: "date", hint: "Year-month-day, for example 2027-01-15.",
                     problems: problems, into: &out)
        out.element("button", "Add the action", attributes: ["type": "submit"])
        out.raw("</form>\n")
    }

    private static func label(_ choice: ActionStatusChoice) -> String {
        switch choice {
        case .open: return "Open: still to do"
        case .done: return "Done"
        case .notPossible: return "Not possible"
        }
    }
}
