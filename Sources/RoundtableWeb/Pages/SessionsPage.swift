import Documents
import SessionStore
import SpeakingTurns

/// "Sessions and people": the sessions with their numbers, a form to add one, and each session
/// with who registered, who came, and forms to register people and mark attendance.
enum SessionsPage {
    /// Every session, and the form to add one.
    static func list(_ sessions: [SessionSummary], token: String, problems: [String: String] = [:], typed: [String: String] = [:]) -> Page {
        var page = Page(heading: "Sessions", status: problems.isEmpty ? .ok : .unprocessableContent)
        var out = MarkupBuffer()
        Fields.summary(problems, into: &out)
        out.element("p", "Each session keeps who registered, who came, who spoke and the notes. Everything stays on this computer.")
        out.open("p")
        out.element("a", "See everyone in Roundtable, and their consent to be named", attributes: ["href": "/people"])
        out.raw("</p>\n")
        if sessions.isEmpty {
            out.element("p", "There are no sessions yet. Add the first one below.")
        } else {
            out.raw("<div class=\"table-scroll\" role=\"region\" aria-label=\"Sessions\" tabindex=\"0\"><table><thead><tr><th scope=\"col\">Session</th><th scope=\"col\">Date</th><th scope=\"col\">Registered</th><th scope=\"col\">Came</th><th scope=\"col\">Turns</th></tr></thead><tbody>\n")
            for session in sessions {
                out.raw("<tr><td>")
                out.element("a", "\(session.details.id). \(session.details.title)", attributes: ["href": "/sessions/\(session.details.id)"])
                out.raw("</td>")
                out.element("td", session.details.date?.long ?? "")
                out.element("td", String(session.registered))
                out.element("td", String(session.present))
                out.element("td", String(session.turns))
                out.raw("</tr>\n")
            }
            out.raw("</tbody></table></div>\n")
        }
        out.element("h2", "Add a session")
        out.open("form", attributes: ["method": "post", "action": "/sessions"])
        out.formToken(token)
        Fields.input("title", "Title", value: typed["title"] ?? "", hint: "For example: Community of Practice: Language", problems: problems, into: &out)
        Fields.input("theme", "Theme (if it has one)", value: typed["theme"] ?? "", problems: problems, into: &out)
        Fields.input("date", "Date", value: typed["date"] ?? "", type: "date", hint: "Year-month-day, for example 2027-01-13.", problems: problems, into: &out)
        out.element("button", "Add the session", attributes: ["type": "submit"])
        out.raw("</form>\n")
        page.content = out
        return page
    }

    /// One session: who registered and who came, with the forms that change them.
    static func session(_ session: SessionDetails, registered: [Participant], present: Set<PersonID>, others: [Participant],
                        actions: [SessionAction], token: String, message: String? = nil, problems: [String: String] = [:],
                        typed: [String: String] = [:]) -> Page {
        var page = Page(heading: "\(session.id). \(session.title)", status: problems.isEmpty ? .ok : .unprocessableContent)
        var out = MarkupBuffer()
        Fields.summary(problems, into: &out)
        if let message {
            out.element("p", message, attributes: ["class": "done", "role": "status"])
        }
        var details: [String] = []
        if let date = session.date { details.append("Date: " + date.long) }
        if let theme = session.theme { details.append("Theme: " + theme) }
        for line in details { out.element("p", line) }
        out.element("h2", "Who came")
        if registered.isEmpty {
            out.element("p", "Nobody is registered yet. Register people below.")
        } else {
            out.open("form", attributes: ["method": "post", "action": "/sessions/\(session.id)/attendance"])
            out.formToken(token)
            out.raw("<fieldset><legend>Tick everyone who came</legend>\n")
            for person in registered {
                Fields.checkbox("came-\(person.id)", name: "came", value: String(person.id),
                                "\(person.displayName) (\(person.role.name))" + (person.consentsToBeNamed ? "" : ", not to be named"),
                                checked: present.contains(person.id), into: &out)
            }
            out.raw("</fieldset>\n")
            out.element("button", "Save who came", attributes: ["type": "submit"])
            out.raw("</form>\n")
        }
        out.element("h2", "Register people")
        if !others.isEmpty {
            out.open("form", attributes: ["method": "post", "action": "/sessions/\(session.id)/register"])
            out.formToken(token)
            out.raw("<div class=\"field\">")
            out.element("label", "Someone Roundtable knows", attributes: ["for": "person"])
            out.open("select", attributes: ["id": "person", "name": "person"])
            for person in others {
                out.element("option", "\(person.displayName) (\(person.role.name))", attributes: ["value": String(person.id)])
            }
            out.raw("</select></div>\n")
            out.element("button", "Register them", attributes: ["type": "submit"])
            out.raw("</form>\n")
        }
        out.open("form", attributes: ["method": "post", "action": "/sessions/\(session.id)/register-list", "enctype": "multipart/form-data"])
        out.formToken(token)
        Fields.file("list", "A registration list (.csv)",
                    hint: "A spreadsheet saved as CSV. Its first row names the columns, from: name, role, organisation, consent, email, phone, contact. New people need a role. The whole list is registered, or nobody if a row has a problem.",
                    accept: ".csv", problems: problems, into: &out)
        out.element("button", "Register everyone on the list", attributes: ["type": "submit"])
        out.raw("</form>\n")
        out.element("h2", "Who speaks")
        out.open("p")
        out.element("a", "Open the live speaking board", attributes: ["href": "/sessions/\(session.id)/live"])
        out.raw("</p>\n")
        ActionsSection.write(actions, session: session, today: CalendarDate.today(), token: token, problems: problems, typed: typed, into: &out)
        out.element("h2", "Publish what the session learned")
        out.open("p")
        out.element("a", "Make the resource pack for this session", attributes: ["href": "/sessions/\(session.id)/publish"])
        out.raw("</p>\n<p>")
        out.element("a", "All sessions", attributes: ["href": "/sessions"])
        out.raw("</p>\n")
        page.content = out
        return page
    }
}

/// "People": everyone in Roundtable with their role and consent, a form to add someone, and each
/// person's consent history with the form to record a change.
enum PeoplePage {
    static func list(_ people: [Participant], mailingList: String, token: String, problems: [String: String] = [:],
                     typed: [String: String] = [:]) -> Page {
        var page = Page(heading: "People", status: problems.isEmpty ? .ok : .unprocessableContent)
        var out = MarkupBuffer()
        Fields.summary(problems, into: &out)
        out.element("p", "Someone is named in published documents only when their consent is recorded here. Everyone else is shown as a participant letter.")
        if people.isEmpty {
            out.element("p", "Nobody is in Roundtable yet.")
        } else {
            out.raw("<div class=\"table-scroll\" role=\"region\" aria-label=\"People\" tabindex=\"0\"><table><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Role</th><th scope=\"col\">Organisation</th><th scope=\"col\">May we name them?</th></tr></thead><tbody>\n")
            for person in people {
                out.raw("<tr><td>")
                out.element("a", person.displayName, attributes: ["href": "/people/\(person.id)"])
                out.raw("</td>")
                out.element("td", person.role.name)
                out.element("td", person.organisation ?? "")
                out.element("td", person.consentsToBeNamed ? "Yes" : "No")
                out.raw("</tr>\n")
            }
            out.raw("</tbody></table></div>\n")
        }
        out.element("h2", "Add someone")
        out.open("form", attributes: ["method": "post", "action": "/people"])
        out.formToken(token)
        Fields.input("name", "Name", value: typed["name"] ?? "", hint: "As they want it written, for example Sam Jones.", problems: problems, into: &out)
        Fields.select("role", "Role", options: Role.allCases.map { ($0.rawValue, $0.name) }, selected: typed["role"], into: &out)
        Fields.input("organisation", "Organisation (if any)", value: typed["organisation"] ?? "", problems: problems, into: &out)
        Fields.select("consent", "May we name them in published documents?",
                      options: [("no", "No, or not asked yet"), ("yes", "Yes, they agreed today")], selected: typed["consent"], into: &out)
        out.element("button", "Add them", attributes: ["type": "submit"])
        out.raw("</form>\n")
        out.element("h2", "The mailing list")
        out.element("p", mailingList)
        out.open("form", attributes: ["method": "post", "action": "/people/mailing-list"])
        out.formToken(token)
        Fields.select("format", "Download it as", options: [("csv", "A spreadsheet (.csv)"), ("vcf", "Contacts for a phone or e-mail program (.vcf)")],
                      selected: "csv", into: &out)
        out.element("button", "Download the mailing list", attributes: ["type": "submit"])
        out.raw("</form>\n")
        out.element("p", "It holds only the people who agreed to be sent news. Keep the file safe, and delete it once your message is sent.")
        out.open("p")
        out.element("a", "Sessions", attributes: ["href": "/sessions"])
        out.raw("</p>\n")
        page.content = out
        return page
    }

    static func person(_ person: Participant, record: PersonRecord, token: String, message: String? = nil,
                       problems: [String: String] = [:], typed: [String: String] = [:]) -> Page {
        let history = record.namedHistory
        var page = Page(heading: person.displayName, status: problems.isEmpty ? .ok : .unprocessableContent)
        var out = MarkupBuffer()
        Fields.summary(problems, into: &out)
        if let message { out.element("p", message, attributes: ["class": "done", "role": "status"]) }
        out.element("p", "Role: " + person.role.name + (person.organisation.map { ". Organisation: " + $0 } ?? "") + ".")
        out.element("p", person.consentsToBeNamed
                    ? "They agreed to be named in published documents."
                    : "They are not named in published documents: they are shown as a participant letter.")
        out.element("h2", "Consent history")
        if history.isEmpty {
            out.element("p", "No consent has been recorded.")
        } else {
            out.raw("<ul>")
            for record in history {
                out.element("li", "\(record.change.date.long): consent \(record.change.given ? "given" : "withdrawn")")
            }
            out.raw("</ul>\n")
        }
        out.element("h2", "Record a change")
        out.open("form", attributes: ["method": "post", "action": "/people/\(person.id)/consent"])
        out.formToken(token)
        Fields.select("answer", "Their answer", options: [("given", "They agreed to be named"), ("withdrawn", "They withdrew consent")],
                      selected: person.consentsToBeNamed ? "withdrawn" : "given", into: &out)
        Fields.input("date", "The day they told you", value: CalendarDate.today()?.iso ?? "", type: "date",
                     hint: "Year-month-day, for example 2027-01-13.", problems: problems, into: &out)
        out.element("button", "Record it", attributes: ["type": "submit"])
        out.raw("</form>\n")
        PersonSections.contact(person, record, token: token, problems: problems, typed: typed, into: &out)
        PersonSections.needs(person, record, token: token, problems: problems, typed: typed, into: &out)
        out.open("p")
        out.element("a", "Everyone", attributes: ["href": "/people"])
        out.raw("</p>\n")
        page.content = out
        return page
    }
}
