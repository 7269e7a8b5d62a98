import Documents
import Foundation
import Hummingbird
import SessionStore
import SpeakingTurns
import Workflows

/// The pages for what happens between sessions: how to reach people and the mailing list, their
/// access needs, and the actions raised at a session. Each form becomes one call to the store;
/// a form with a problem shows the page again with what was typed and the problem beside its
/// field (422), and nothing is saved.
struct FollowUpRoutes: Sendable {
    /// The session and people pages these forms belong to.
    let pages: SessionRoutes

    private var store: SessionStore { pages.store }

    func add(to router: Router<WebContext>) {
        router.post("/people/mailing-list") { request, context in try await mailingList(request, context: context) }
        router.post("/people/:id/contact") { request, context in try await contact(request, context: context) }
        router.post("/people/:id/needs") { request, context in try await needs(request, context: context) }
        router.post("/people/:id/needs/forget") { request, context in try await forgetNeeds(request, context: context) }
        router.post("/sessions/:id/actions") { request, context in try await addAction(request, context: context) }
        router.post("/actions/:id") { request, context in try await updateAction(request, context: context) }
    }

    private func form(_ request: Request, _ context: WebContext) async throws -> WebForm {
        try await WebForm.read(request, context: context, limit: pages.uploadLimit)
    }

    /// The mailing list as a file to save: only the people who agreed to be contacted.
    private func mailingList(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await form(request, context)
        let export = MailingListExport(try store.mailingList())
        switch form["format"] {
        case "vcf": return Download(data: Data(export.vCard.utf8), fileName: "mailing-list.vcf", mediaType: "text/vcard; charset=utf-8").response
        case "csv": return Download(data: Data(export.csv.utf8), fileName: "mailing-list.csv", mediaType: "text/csv; charset=utf-8").response
        default: throw WebError.notFound
        }
    }

    private func contact(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await form(request, context)
        let id = context.parameters.get("id") ?? ""
        let person = try pages.participant(id)
        let typed = ["email": form["email"], "phone": form["phone"], "news": form["news"], "news-date": form["news-date"]]
        var problems: [String: String] = [:]
        // Each detail is checked on its own, so both problems are shown at once.
        var details = ContactDetails.none
        do { details.email = try ContactDetails(email: form["email"]).email } catch { problems["email"] = error.message }
        do { details.phone = try ContactDetails(phone: form["phone"]).phone } catch { problems["phone"] = error.message }
        var change: ConsentChange?
        if let answer = ConsentAnswer(text: form["news"]) {
            if let date = CalendarDate(iso: form["news-date"].trimmingCharacters(in: .whitespaces)) {
                change = ConsentChange(given: answer.isGiven, date: date)
            } else {
                problems["news-date"] = "Write the date as year-month-day, for example 2027-01-13."
            }
        }
        guard problems.isEmpty else {
            return try pages.person(id, request: request, token: context.formToken, problems: problems, typed: typed)
        }
        try store.setContact(person: person.id, details)
        if let change { try store.recordContactConsent(person: person.id, change: change, now: Date()) }
        return SessionRoutes.redirect("/people/\(person.id)?done=contact")
    }

    private func needs(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await form(request, context)
        let id = context.parameters.get("id") ?? ""
        let person = try pages.participant(id)
        var typed = ["agreed-date": form["agreed-date"]]
        let ticked = Set(form.all("need"))
        for need in AccessNeed.allCases {
            typed["note-" + need.rawValue] = form["note-" + need.rawValue]
            if ticked.contains(need.rawValue) { typed["need-" + need.rawValue] = "yes" }
        }
        var problems: [String: String] = [:]
        var needs: [PersonAccessNeed] = []
        for need in AccessNeed.allCases where ticked.contains(need.rawValue) {
            do {
                needs.append(try PersonAccessNeed(need, note: form["note-" + need.rawValue]))
            } catch {
                problems["note-" + need.rawValue] = error.message
            }
        }
        if form["agreed"] != "yes" {
            problems["agreed"] = "Roundtable keeps access needs only when the person agrees. Ask them first, then tick the box."
        }
        let day = CalendarDate(iso: form["agreed-date"].trimmingCharacters(in: .whitespaces))
        if day == nil { problems["agreed-date"] = "Write the date as year-month-day, for example 2027-01-13." }
        guard problems.isEmpty, let day else {
            return try pages.person(id, request: request, token: context.formToken, problems: problems, typed: typed)
        }
        try store.setAccessNeeds(person: person.id, needs, agreedOn: day, now: Date())
        return SessionRoutes.redirect("/people/\(person.id)?done=needs")
    }

    private func forgetNeeds(_ request: Request, context: WebContext) async throws -> Response {
        _ = try await form(request, context)
        let person = try pages.participant(context.parameters.get("id") ?? "")
        try store.forgetAccessNeeds(person: person.id)
        return SessionRoutes.redirect("/people/\(person.id)?done=forgot")
    }

    private func addAction(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await form(request, context)
        let id = context.parameters.get("id") ?? ""
        let session = try pages.details(id)
        let fields = ["raised-by-role", "raised", "action", "owner", "due"]
        let typed = Dictionary(uniqueKeysWithValues: fields.map { ($0, form[$0]) })
        guard let role = Role(rawValue: form["raised-by-role"]) else { throw WebError.notFound }
        var problems: [String: String] = [:]
        let due = CalendarDate(iso: form["due"].trimmingCharacters(in: .whitespaces))
        if due == nil { problems["due"] = "Write the date it is due as year-month-day, for example 2027-01-15." }
        for (field, words) in [("raised", "what was raised"), ("action", "what will be done"), ("owner", "who will do it")]
        where form[field].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            problems[field] = "Say \(words)."
        }
        guard problems.isEmpty, let due else {
            return try pages.session(id, request: request, token: context.formToken, problems: problems, typed: typed)
        }
        _ = try store.addAction(NewAction(session: session.id, raisedByRole: role, raised: form["raised"], action: form["action"],
                                          owner: form["owner"], due: due), now: Date())
        return SessionRoutes.redirect("/sessions/\(session.id)?done=action#actions")
    }

    private func updateAction(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await form(request, context)
        guard let number = ActionID(context.parameters.get("id") ?? "") else { throw WebError.notFound }
        let action = try existingAction(number)
        let prefix = "action-\(number)-"
        let typed = Dictionary(uniqueKeysWithValues: ["status", "what-changed", "reason", "due"].map { (prefix + $0, form[prefix + $0]) })
        let session = String(action.session.id)
        guard let due = CalendarDate(iso: form[prefix + "due"].trimmingCharacters(in: .whitespaces)) else {
            return try pages.session(session, request: request, token: context.formToken,
                                     problems: [prefix + "due": "Write the date as year-month-day, for example 2027-01-15."], typed: typed)
        }
        let update: ActionUpdate
        do {
            update = try ActionStatusChoice.update(status: ActionStatusChoice(rawValue: form[prefix + "status"]),
                                                   whatChanged: Self.words(form[prefix + "what-changed"]),
                                                   reason: Self.words(form[prefix + "reason"]), due: due == action.due ? nil : due)
        } catch {
            let problem = Self.problem(error, prefix: prefix)
            return try pages.session(session, request: request, token: context.formToken, problems: [problem.field: problem.message], typed: typed)
        }
        _ = try store.updateAction(number, update, now: Date())
        return SessionRoutes.redirect("/sessions/\(session)?done=action")
    }

    /// The action numbered `number`; an action that does not exist is a page that does not exist.
    private func existingAction(_ number: ActionID) throws -> SessionAction {
        do {
            return try store.action(number)
        } catch .unknownAction {
            throw WebError.notFound
        }
    }

    /// The text typed, or nil when the box was left empty.
    private static func words(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The field a problem with an action's change is about, and what to do, in the form's words.
    static func problem(_ error: ActionInputError, prefix: String) -> (field: String, message: String) {
        switch error {
        case .nothingToChange:
            return (prefix + "status", "Choose how it stands now, or change the date it is due.")
        case .wordsWithoutStatus:
            return (prefix + "status", "Choose Done or Not possible for the words you wrote.")
        case .wordsForOpen:
            return (prefix + "status", "An open action needs no words about how it ended. Clear them, or choose Done or Not possible.")
        case .whatChangedNeeded:
            return (prefix + "what-changed", "Say what changed, so people hear what their words led to.")
        case .reasonForDone:
            return (prefix + "reason", "A done action needs what changed, not a reason. Move the words to What changed.")
        case .reasonNeeded:
            return (prefix + "reason", "Say why it cannot be done, so people are not left guessing.")
        case .whatChangedForNotPossible:
            return (prefix + "what-changed", "An action that is not possible needs the reason, not what changed. Move the words to Why it cannot be done.")
        }
    }
}
