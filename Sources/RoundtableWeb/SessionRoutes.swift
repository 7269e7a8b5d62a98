import Documents
import Foundation
import Hummingbird
import ServiceLifecycle
import SessionStore
import SpeakingTurns
import Workflows

/// The pages about sessions and people: each turns a form into one call to the session store and
/// shows the result. After a change the browser is sent back to the page (303 See Other), so
/// reloading it never sends the form twice.
struct SessionRoutes: Sendable {
    let store: SessionStore
    let uploadLimit: Int
    /// How many presses each session's board has had, so open boards follow a press at once.
    let presses = LivePresses()

    /// What a page says after a change, by the code in its address (never text from the address).
    static let messages = ["added": "The session was added.", "came": "Saved who came.", "registered": "Registered.",
                           "person": "Added.", "consent": "Recorded.", "contact": "Saved how to reach them.",
                           "needs": "Saved their access needs.", "forgot": "Removed their access needs.",
                           "action": "Saved the action."]

    func add(to router: Router<WebContext>) {
        router.get("/sessions") { _, context in try sessions(token: context.formToken) }
        router.post("/sessions") { request, context in try await addSession(request, context: context) }
        router.get("/sessions/:id") { request, context in try session(context.parameters.get("id") ?? "", request: request, token: context.formToken) }
        router.post("/sessions/:id/attendance") { request, context in try await attendance(request, context: context) }
        router.post("/sessions/:id/register") { request, context in try await register(request, context: context) }
        router.post("/sessions/:id/register-list") { request, context in try await registerList(request, context: context) }
        router.get("/sessions/:id/live") { _, context in
            let session = try details(context.parameters.get("id") ?? "")
            return LivePage.page(session, turns: try store.turns(session: session.id, now: Date()), now: Date(),
                                 token: context.formToken, message: nil).response
        }
        router.post("/sessions/:id/live/:action") { request, context in try await liveAction(request, context: context) }
        router.get("/sessions/:id/live/events") { _, context in try liveEvents(context.parameters.get("id") ?? "", token: context.formToken) }
        router.get("/people") { _, context in try people(token: context.formToken) }
        router.post("/people") { request, context in try await addPerson(request, context: context) }
        router.get("/people/:id") { request, context in try person(context.parameters.get("id") ?? "", request: request, token: context.formToken) }
        router.post("/people/:id/consent") { request, context in try await consent(request, context: context) }
        FollowUpRoutes(pages: self).add(to: router)
    }

    private func sessions(token: String, problems: [String: String] = [:], typed: [String: String] = [:]) throws -> Response {
        SessionsPage.list(try store.sessions(), token: token, problems: problems, typed: typed).response
    }

    private func addSession(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await WebForm.read(request, context: context, limit: uploadLimit)
        let title = form["title"].trimmingCharacters(in: .whitespacesAndNewlines)
        let dateText = form["date"].trimmingCharacters(in: .whitespaces)
        var problems: [String: String] = [:]
        if title.isEmpty { problems["title"] = "Give the session a title." }
        let date = CalendarDate(iso: dateText)
        if !dateText.isEmpty && date == nil { problems["date"] = "Write the date as year-month-day, for example 2027-01-13." }
        guard problems.isEmpty else {
            return try sessions(token: context.formToken, problems: problems, typed: ["title": form["title"], "theme": form["theme"], "date": dateText])
        }
        let theme = form["theme"].trimmingCharacters(in: .whitespacesAndNewlines)
        let session = try store.addSession(title: title, theme: theme.isEmpty ? nil : theme, date: date, now: Date())
        return Self.redirect("/sessions/\(session.id)?done=added")
    }

    func session(_ id: String, request: Request, token: String, problems: [String: String] = [:], typed: [String: String] = [:]) throws -> Response {
        let session = try details(id)
        let registered = try store.registered(session: session.id)
        let present = Set(try store.present(session: session.id).map(\.id))
        let known = Set(registered.map(\.id))
        let others = try store.people().filter { !known.contains($0.id) }
        let message = request.uri.queryParameters.get("done").flatMap { Self.messages[$0] }
        return SessionsPage.session(session, registered: registered, present: present, others: others,
                                    actions: try store.actions(.raisedAt(session.id)), token: token, message: message,
                                    problems: problems, typed: typed).response
    }

    private func attendance(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await WebForm.read(request, context: context, limit: uploadLimit)
        let session = try details(context.parameters.get("id") ?? "")
        let ticked = Set(form.all("came").compactMap { PersonID($0) })
        let registered = try store.registered(session: session.id).map(\.id)
        let came = registered.filter { ticked.contains($0) }
        _ = try store.markAttendance(session: session.id, people: came, present: true, now: Date())
        _ = try store.markAttendance(session: session.id, people: registered.filter { !ticked.contains($0) }, present: false, now: Date())
        return Self.redirect("/sessions/\(session.id)?done=came")
    }

    private func register(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await WebForm.read(request, context: context, limit: uploadLimit)
        let session = try details(context.parameters.get("id") ?? "")
        guard let id = PersonID(form["person"]), try store.people().contains(where: { $0.id == id }) else {
            throw WebError.notFound
        }
        _ = try store.register(session: session.id, people: [id], now: Date())
        return Self.redirect("/sessions/\(session.id)?done=registered")
    }

    private func registerList(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await WebForm.read(request, context: context, limit: uploadLimit)
        let id = context.parameters.get("id") ?? ""
        let session = try details(id)
        guard let file = form.files["list"], !file.data.isEmpty else {
            return try self.session(id, request: request, token: context.formToken, problems: ["list": "Choose a registration list first."])
        }
        let name = file.name.isEmpty ? "your list" : file.name
        do {
            let entries = try RegistrationList.read(try TextFile.decode(file.data, file: name, kind: "registration list"), file: name)
            guard let today = CalendarDate.today() else { throw WebError.clockUnreadable }
            _ = try store.importRegistrations(session: session.id, entries: entries, file: name, today: today, now: Date())
        } catch let error as ReadError {
            return try self.session(id, request: request, token: context.formToken, problems: ["list": error.pageText + " Nobody was registered."])
        } catch StoreError.input(let error) {
            return try self.session(id, request: request, token: context.formToken, problems: ["list": error.pageText + " Nobody was registered."])
        }
        return Self.redirect("/sessions/\(session.id)?done=registered")
    }

    /// A press on the live board: start a person's turn, end the turn, or undo. The change is
    /// committed to the store before the answer is sent. The board's script gets the new board;
    /// a browser without it is sent back to the page.
    private func liveAction(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await WebForm.read(request, context: context, limit: uploadLimit)
        let session = try details(context.parameters.get("id") ?? "")
        let action = context.parameters.get("action") ?? ""
        let person = PersonID(form["person"])
        guard ["stop", "undo"].contains(action) || (action == "start" && person != nil) else { throw WebError.notFound }
        var message: String
        do throws(StoreError) {
            if action == "start", let person {
                let change = try store.startTurn(session: session.id, person: person, source: .manual, at: Date())
                message = change.started.person.displayName + " started speaking."
            } else if action == "stop" {
                let ended = try store.stopTurn(session: session.id, at: Date())
                message = ended.person.displayName + "'s turn ended."
            } else {
                message = try store.undo(session: session.id, at: Date()).sentence
            }
        } catch {
            switch error {
            case .noTurnRunning, .nothingToUndo, .notPresent:
                message = error.errorDescription ?? ""
            default:
                throw error
            }
        }
        await presses.count(session.id)
        if request.headers[.roundtableBoard] == nil {
            return SessionRoutes.redirect("/sessions/\(session.id)/live")
        }
        let board = LivePage.board(session, turns: try store.turns(session: session.id, now: Date()), now: Date(),
                                   token: context.formToken, message: message)
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: board.bytes)))
    }

    /// The board as server-sent events: a new board within a tenth of a second of a press in any
    /// browser, and every second anyway (the clock runs, and a command may have changed the
    /// store), for as long as the page is open, at most an hour (the browser then reconnects),
    /// and until the server is asked to stop.
    private func liveEvents(_ id: String, token: String) throws -> Response {
        let session = try details(id)
        let store = self.store
        let presses = self.presses
        let body = ResponseBody { writer in
            let started = Date()
            var sent = Date.distantPast
            var seen = -1
            while Date().timeIntervalSince(started) < 3600 && !Task.isShuttingDownGracefully && !Task.isCancelled {
                let pressed = await presses.count(of: session.id)
                if pressed != seen || Date().timeIntervalSince(sent) >= 1 {
                    let turns = try store.turns(session: session.id, now: Date())
                    let board = LivePage.board(session, turns: turns, now: Date(), token: token, message: nil)
                    try await writer.write(ByteBuffer(string: Self.event("board", board.string)))
                    seen = pressed
                    sent = Date()
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
    }

    /// One server-sent event: its name, then each line of `data` as a `data:` line.
    static func event(_ name: String, _ data: String) -> String {
        "event: \(name)\n" + data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: \($0)\n" }.joined() + "\n"
    }

    private func people(token: String, problems: [String: String] = [:], typed: [String: String] = [:]) throws -> Response {
        let mailingList = MailingListExport.summary(try store.mailingList(), addDetails: "add one on their page")
        return PeoplePage.list(try store.people(), mailingList: mailingList, token: token, problems: problems, typed: typed).response
    }

    private func addPerson(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await WebForm.read(request, context: context, limit: uploadLimit)
        let typed = ["name": form["name"], "role": form["role"], "organisation": form["organisation"], "consent": form["consent"]]
        guard let role = Role(text: form["role"]) else {
            return try people(token: context.formToken, problems: ["role": "Choose a role from the list."], typed: typed)
        }
        let organisation = form["organisation"].trimmingCharacters(in: .whitespacesAndNewlines)
        var consent: ConsentChange?
        if form["consent"] == "yes" {
            guard let today = CalendarDate.today() else { throw WebError.clockUnreadable }
            consent = ConsentChange(given: true, date: today)
        }
        let added: Participant
        do throws(StoreError) {
            added = try store.addPerson(name: form["name"], role: role, organisation: organisation.isEmpty ? nil : organisation,
                                        consent: consent, now: Date())
        } catch {
            switch error {
            case .badName, .personExists:
                return try people(token: context.formToken, problems: ["name": error.errorDescription ?? ""], typed: typed)
            default:
                throw error
            }
        }
        return Self.redirect("/people/\(added.id)?done=person")
    }

    func person(_ id: String, request: Request, token: String, problems: [String: String] = [:], typed: [String: String] = [:]) throws -> Response {
        let person = try participant(id)
        let message = request.uri.queryParameters.get("done").flatMap { Self.messages[$0] }
        let record = PersonRecord(namedHistory: try store.consentHistory(person: person.id), contact: try store.contact(person: person.id),
                                  contactHistory: try store.contactConsentHistory(person: person.id),
                                  access: try store.accessNeeds(person: person.id))
        return PeoplePage.person(person, record: record, token: token, message: message, problems: problems, typed: typed).response
    }

    private func consent(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await WebForm.read(request, context: context, limit: uploadLimit)
        let id = context.parameters.get("id") ?? ""
        let person = try participant(id)
        guard let date = CalendarDate(iso: form["date"].trimmingCharacters(in: .whitespaces)) else {
            return try self.person(id, request: request, token: context.formToken,
                                   problems: ["date": "Write the date as year-month-day, for example 2027-01-13."])
        }
        guard let answer = ConsentAnswer(text: form["answer"]) else { throw WebError.notFound }
        try store.recordConsent(person: person.id, change: ConsentChange(given: answer.isGiven, date: date), now: Date())
        return Self.redirect("/people/\(person.id)?done=consent")
    }

    /// The session numbered `id`; only numbers name sessions in addresses.
    func details(_ id: String) throws -> SessionDetails {
        guard Int64(id) != nil else { throw WebError.notFound }
        return try store.session(id)
    }

    /// The person numbered `id`.
    func participant(_ id: String) throws -> Participant {
        guard let number = PersonID(id), let person = try store.people().first(where: { $0.id == number }) else {
            throw WebError.notFound
        }
        return person
    }

    /// "See Other": the browser goes to `path` and forgets the form.
    static func redirect(_ path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path])
    }
}

/// How many presses each session's live board has had since the server started.
actor LivePresses {
    private var counts: [SessionID: Int] = [:]

    /// Counts a press on `session`'s board.
    func count(_ session: SessionID) {
        counts[session, default: 0] += 1
    }

    /// The presses on `session`'s board so far.
    func count(of session: SessionID) -> Int {
        counts[session] ?? 0
    }
}
