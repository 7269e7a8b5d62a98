import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import RoundtableWeb
import SessionStore
import Testing
import TestSupport

/// Every route of the web front end, in-process: what a person gets when things go right, and
/// the page and status they get when they do not.
struct RouterTests {
    /// A browser that keeps the form cookie, as a real one does.
    struct Browser {
        let client: any TestClientProtocol
        var cookie = ""
        var token = ""

        /// Opens `path` and keeps the form token the page carries.
        mutating func get(_ path: String, headers: HTTPFields = [:]) async throws -> (status: HTTPResponse.Status, page: String, headers: HTTPFields) {
            var headers = headers
            if !cookie.isEmpty { headers[.cookie] = cookie }
            let response = try await client.execute(uri: path, method: .get, headers: headers)
            if let set = response.headers[.setCookie], let pair = set.split(separator: ";").first {
                cookie = String(pair)
            }
            let page = String(buffer: response.body)
            if let range = page.range(of: "name=\"form-token\" value=\"") {
                token = String(page[range.upperBound...].prefix(64))
            }
            return (response.status, page, response.headers)
        }

        /// Sends a multipart form with `fields` and `files` (field name → file name and bytes).
        func post(_ path: String, fields: [String: String], files: [String: (String, Data)] = [:], token: String? = nil,
                  headers extra: HTTPFields = [:]) async throws -> (status: HTTPResponse.Status, page: String) {
            let response = try await postForResponse(path, fields: fields, files: files, token: token, headers: extra)
            return (response.status, String(buffer: response.body))
        }

        /// Sends a multipart form, as `post` does, and gives the whole response.
        func postForResponse(_ path: String, fields: [String: String], files: [String: (String, Data)] = [:], token: String? = nil,
                             headers extra: HTTPFields = [:]) async throws -> TestResponse {
            let boundary = "----roundtable-test-boundary"
            var body = Data()
            func add(_ text: String) { body.append(Data(text.utf8)) }
            for (name, value) in fields.merging(["form-token": token ?? self.token], uniquingKeysWith: { first, _ in first }) {
                add("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
            }
            for (name, file) in files {
                add("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(file.0)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                body.append(file.1)
                add("\r\n")
            }
            add("--\(boundary)--\r\n")
            var headers = extra
            headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
            if !cookie.isEmpty { headers[.cookie] = cookie }
            return try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(data: body))
        }
    }

    func withServer(uploadLimit: Int = 2_000_000, _ test: @escaping @Sendable (inout Browser) async throws -> Void) async throws {
        let folder = try TemporaryFolder("roundtable-web")
        defer { folder.remove() }
        let store = try SessionStore(path: folder.appendingPathComponent("roundtable.sqlite").path)
        let server = WebServer(configuration: .init(port: 4141, uploadLimit: uploadLimit, workingFolder: folder.url, userID: getuid()),
                               store: store)
        let application = Application(router: server.router())
        try await application.test(.router) { client in
            var browser = Browser(client: client)
            try await test(&browser)
        }
    }

    @Test func theHomePageLeadsToEveryTask() async throws {
        try await withServer { browser in
            let home = try await browser.get("/")
            #expect(home.status == .ok)
            #expect(home.page.contains("<h1>Roundtable</h1>"))
            #expect(home.page.contains("<a href=\"/check\">Check wording</a>"))
            #expect(home.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'self'") == true)
            #expect(home.headers[.xContentTypeOptions] == "nosniff")
            #expect(home.headers[.cacheControl] == "no-store")
            #expect(browser.cookie.hasPrefix("roundtable_form="))
        }
    }

    @Test func pastedTextIsCheckedWithTheFindingsMarkedInIt() async throws {
        try await withServer { browser in
            _ = try await browser.get("/check")
            #expect(browser.token.count == 64)
            let result = try await browser.post("/check", fields: ["text": "We will leverage the ICB going forward."])
            #expect(result.status == .ok)
            #expect(result.page.contains("<h1>What we found in your text</h1>"))
            #expect(result.page.contains("We will <mark>leverage</mark><sup class=\"finding-ref\"><a id=\"word-1\" href=\"#finding-1\" aria-label=\"Finding 1\">1</a></sup> the <mark>ICB</mark>"))
            #expect(result.page.contains("<li id=\"finding-1\">"))
            #expect(result.page.contains("It stands for Integrated Care Board."))
            #expect(result.page.contains("A reader needs a reading age of about"))
        }
    }

    @Test func theReportDownloadsAsADocumentOfEachFormat() async throws {
        try await withServer { browser in
            _ = try await browser.get("/check")
            let result = try await browser.post("/check", fields: ["text": "We will leverage the ICB."])
            let link = try #require(result.page.range(of: "href=\"/check/").map { result.page[$0.upperBound...].prefix(32) })
            let docx = try await browser.client.execute(uri: "/check/\(link)/report.docx", method: .get)
            #expect(docx.status == .ok)
            #expect(docx.headers[.contentDisposition] == "attachment; filename=\"your-text-check.docx\"")
            #expect(Data(buffer: docx.body).starts(with: Data("PK".utf8)))
            let html = try await browser.client.execute(uri: "/check/\(link)/report.html", method: .get)
            #expect(String(buffer: html.body).contains("leverage"))
            let unknown = try await browser.client.execute(uri: "/check/\(String(repeating: "0", count: 32))/report.docx", method: .get)
            #expect(unknown.status == .notFound)
            #expect(String(buffer: unknown.body).contains("<h1>There is no page here</h1>"))
        }
    }

    @Test func aWordFileIsReadAndCheckedAsTheCommandLineDoes() async throws {
        try await withServer { browser in
            _ = try await browser.get("/check")
            let docx = try Data(contentsOf: ProjectFiles.root.appendingPathComponent("Tests/DocumentsTests/Fixtures/python-docx.docx"))
            let result = try await browser.post("/check", fields: ["text": ""], files: ["file": ("guide.docx", docx)])
            #expect(result.status == .ok)
            #expect(result.page.contains("<h1>What we found in guide.docx</h1>"))
            #expect(result.page.contains("Short sentences help everyone."))
        }
    }

    @Test func aBrokenFileGivesAPageThatSaysWhatToDo() async throws {
        try await withServer { browser in
            _ = try await browser.get("/check")
            let result = try await browser.post("/check", fields: [:], files: ["file": ("minutes.docx", Data("not a zip".utf8))])
            #expect(result.status == .unprocessableContent)
            #expect(result.page.contains("<h1>Roundtable could not read this file</h1>"))
            #expect(result.page.contains("minutes.docx"))
            let unknown = try await browser.post("/check", fields: [:], files: ["file": ("slides.pptx", Data("x".utf8))])
            #expect(unknown.status == .unprocessableContent)
            #expect(unknown.page.contains("Give a Markdown (.md), text (.txt), web page (.html), Word (.docx) or LibreOffice (.odt, .fodt) file."))
        }
    }

    @Test func anEmptyFormIsShownAgainWithTheProblemByTheTextBox() async throws {
        try await withServer { browser in
            _ = try await browser.get("/check")
            let result = try await browser.post("/check", fields: ["text": "  \n "])
            #expect(result.status == .unprocessableContent)
            #expect(result.page.contains("aria-invalid=\"true\""))
            #expect(result.page.contains("aria-describedby=\"text-hint text-problem\""))
            #expect(result.page.contains("<p class=\"field-problem\" id=\"text-problem\">Paste some text, or choose a file, then check again.</p>"))
        }
    }

    @Test func textThatLooksLikeMarkupIsShownAsText() async throws {
        try await withServer { browser in
            _ = try await browser.get("/check")
            let result = try await browser.post("/check", fields: ["text": "Ask <b>Sam</b> & the ICB."])
            #expect(!result.page.contains("<b>Sam</b>"))
            #expect(result.page.contains("&amp;"))
        }
    }

    @Test func aFormWithoutTheRightTokenIsRefused() async throws {
        try await withServer { browser in
            _ = try await browser.get("/check")
            let wrong = try await browser.post("/check", fields: ["text": "Hello."], token: String(repeating: "a", count: 64))
            #expect(wrong.status == .forbidden)
            #expect(wrong.page.contains("<h1>This form has expired</h1>"))
            var stranger = Browser(client: browser.client)
            stranger.token = browser.token
            let noCookie = try await stranger.post("/check", fields: ["text": "Hello."])
            #expect(noCookie.status == .forbidden)
            let crossSite = try await browser.post("/check", fields: ["text": "Hello."], headers: [HTTPField.Name("Sec-Fetch-Site")!: "cross-site"])
            #expect(crossSite.status == .forbidden)
        }
    }

    @Test func aRequestForAnotherHostIsRefused() async throws {
        try await withServer { browser in
            let page = try await browser.get("/", headers: [HTTPField.Name("Host")!: "attacker.example:4141"])
            #expect(page.status == .misdirectedRequest)
            #expect(page.page.contains("Open http://127.0.0.1:4141/ in your browser."))
            #expect(try await browser.get("/", headers: [HTTPField.Name("Host")!: "127.0.0.1:4141"]).status == .ok)
        }
    }

    @Test func anUploadOverTheLimitIsRefusedWithAPage() async throws {
        try await withServer(uploadLimit: 100_000) { browser in
            _ = try await browser.get("/check")
            let big = Data(repeating: UInt8(ascii: "a"), count: 200_000)
            let result = try await browser.post("/check", fields: [:], files: ["file": ("big.txt", big)])
            #expect(result.status == .contentTooLarge)
            #expect(result.page.contains("<h1>This file is too big</h1>"))
        }
    }

    @Test func anUnknownPageIsANotFoundPage() async throws {
        try await withServer { browser in
            let page = try await browser.get("/no-such-page")
            #expect(page.status == .notFound)
            #expect(page.page.contains("<h1>There is no page here</h1>"))
            #expect(page.headers[.contentSecurityPolicy] != nil)
        }
    }

    @Test func theStylesheetsAreServedFromTheBinary() async throws {
        try await withServer { browser in
            let css = try await browser.get("/assets/web.css")
            #expect(css.status == .ok)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            #expect(css.page.contains(".skip-link"))
            #expect(try await browser.get("/assets/../Package.swift").status == .notFound)
        }
    }
}

/// The glossary pages: search, browse, one entry, and jargon busters to download.
struct GlossaryRouteTests {
    @Test func searchingFindsAWordAndLeadsToItsPage() async throws {
        try await RouterTests().withServer { browser in
            let found = try await browser.get("/glossary?q=icb")
            #expect(found.status == .ok)
            #expect(found.page.contains("<h2>Words found for “icb”</h2>"))
            #expect(found.page.contains("<a href=\"/glossary/word/icb\">ICB</a>"))
            let entry = try await browser.get("/glossary/word/icb")
            #expect(entry.status == .ok)
            #expect(entry.page.contains("<h1>ICB</h1>"))
            #expect(entry.page.contains("<dt>Stands for</dt><dd>Integrated Care Board</dd>"))
            let none = try await browser.get("/glossary?q=zzzzqq")
            #expect(none.page.contains("No words found for “zzzzqq”"))
            let escaped = try await browser.get("/glossary?q=%3Cscript%3E")
            #expect(escaped.page.contains("&lt;script&gt;") && !escaped.page.contains("<script>"))
            #expect(try await browser.get("/glossary/word/no-such-word").status == .notFound)
        }
    }

    @Test func aFieldOfWorkListsItsWords() async throws {
        try await RouterTests().withServer { browser in
            let home = try await browser.get("/glossary")
            #expect(home.page.contains("<h2>Fields of work</h2>"))
            let link = try #require(home.page.range(of: "<a href=\"/glossary?field=").map { home.page[$0.upperBound...].prefix { $0 != "\"" } })
            let field = try await browser.get("/glossary?field=\(link)")
            #expect(field.status == .ok)
            #expect(field.page.contains("<ul class=\"entries\"><li><a href=\"/glossary/word/"))
        }
    }

    @Test func theJargonBusterDownloadsWholeOrForTheWordsOfAFile() async throws {
        try await RouterTests().withServer { browser in
            _ = try await browser.get("/glossary")
            let all = try await browser.client.execute(uri: "/glossary/jargon-buster/jargon-buster.html", method: .get)
            #expect(all.status == .ok)
            #expect(all.headers[.contentDisposition] == "attachment; filename=\"jargon-buster.html\"")
            #expect(String(buffer: all.body).contains("Integrated Care Board") && String(buffer: all.body).contains("reablement"))
            let notes = Data("We will leverage the ICB.\n".utf8)
            let mine = try await browser.postForResponse("/glossary/jargon-buster", fields: ["buster-format": "html"], files: ["buster-file": ("notes.md", notes)])
            #expect(mine.status == .ok)
            #expect(mine.headers[.contentDisposition] == "attachment; filename=\"notes-jargon-buster.html\"")
            let page = String(buffer: mine.body)
            #expect(page.contains("Integrated Care Board") && page.contains("leverage"))
            #expect(!page.contains("reablement"))
            let empty = try await browser.post("/glossary/jargon-buster", fields: ["buster-format": "docx"])
            #expect(empty.status == .unprocessableContent)
            #expect(empty.page.contains("<h1>Choose a file first</h1>"))
        }
    }
}

/// The agenda pages: start from a template or a file, change items in the form, download.
struct AgendaRouteTests {
    static let template = (try? String(contentsOf: ProjectFiles.root.appendingPathComponent("Resources/agenda-templates/community-of-practice.yaml"), encoding: .utf8)) ?? ""

    /// The form as the editor sends it for the template, with `changes` and the button `action`.
    static func fields(_ action: String, _ changes: [String: String] = [:]) -> [String: String] {
        ["agenda": template, "title": "Community of Practice: Language", "date": "2027-01-13", "start": "10:00", "end": "12:00",
         "action": action].merging(changes) { $1 }
    }

    @Test func aTemplateOpensInTheEditorWithItsTimedPlan() async throws {
        try await RouterTests().withServer { browser in
            let start = try await browser.get("/agenda")
            #expect(start.status == .ok)
            #expect(start.page.contains("value=\"community-of-practice\""))
            let editor = try await browser.post("/agenda/start", fields: ["template": "community-of-practice"])
            #expect(editor.status == .ok)
            #expect(editor.page.contains("<h1>Plan: Community of Practice: getting senior leaders on board</h1>"))
            #expect(editor.page.contains("<legend>Item 1: Welcome and check-in, 10:00 to 10:15</legend>"))
            #expect(editor.page.contains("<tr><td>10:00</td><td>10:15</td><td>Welcome and check-in</td><td>15</td></tr>"))
            #expect(editor.page.contains("value=\"Facilitator name (facilitator); Co-facilitator name (expert by experience)\""))
        }
    }

    @Test func addingMovingAndRemovingItemsChangesThePlan() async throws {
        try await RouterTests().withServer { browser in
            _ = try await browser.get("/agenda")
            let added = try await browser.post("/agenda/edit", fields: Self.fields("add"))
            #expect(added.status == .ok)
            #expect(added.page.contains("<td>New item</td><td>10</td>"))
            let moved = try await browser.post("/agenda/edit", fields: Self.fields("up-1", ["item-1-title": "Ground rules first"]))
            #expect(moved.page.contains("<legend>Item 1: Ground rules first, 10:00 to 10:05</legend>"))
            let longer = try await browser.post("/agenda/edit", fields: Self.fields("update", ["item-0-title": "Welcome", "item-0-minutes": "25"]))
            #expect(longer.page.contains("<legend>Item 2: Ground rules, 10:25 to 10:30</legend>"))
            let removed = try await browser.post("/agenda/edit", fields: Self.fields("remove-0", ["item-0-title": "Welcome"]))
            #expect(!removed.page.contains("Welcome and check-in"))
            #expect(removed.page.contains("<legend>Item 1: Ground rules, 10:00 to 10:05</legend>"))
        }
    }

    @Test func whatCannotBeUsedIsShownByItsFieldAndNothingIsChanged() async throws {
        try await RouterTests().withServer { browser in
            _ = try await browser.get("/agenda")
            let wrong = try await browser.post("/agenda/edit", fields: Self.fields("remove-0", [
                "item-0-title": "Welcome", "item-0-minutes": "ten", "item-1-title": "Ground rules", "item-1-leads": "Sam (boss)"]))
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.page.contains("<h2>There are 2 problems</h2>"))
            #expect(wrong.page.contains("<a href=\"#item-0-minutes\">Write how many minutes it takes, as a whole number, for example 15.</a>"))
            #expect(wrong.page.contains("id=\"item-0-minutes\" name=\"item-0-minutes\" value=\"15\" min=\"1\" max=\"1440\" inputmode=\"numeric\" aria-describedby=\"item-0-minutes-problem\" aria-invalid=\"true\""))
            #expect(wrong.page.contains("“boss” is not a role Roundtable knows."))
            #expect(wrong.page.contains("<legend>Item 1: Welcome, 10:00 to 10:15</legend>"))
        }
    }

    @Test func theAgendaDownloadsAsAnInviteAndAsAFileThatOpensAgain() async throws {
        try await RouterTests().withServer { browser in
            _ = try await browser.get("/agenda")
            let invite = try await browser.postForResponse("/agenda/edit", fields: Self.fields("download-ics"))
            #expect(invite.status == .ok)
            #expect(invite.headers[.contentType] == "text/calendar; charset=utf-8")
            #expect(invite.headers[.contentDisposition] == "attachment; filename=\"community-of-practice-language.ics\"")
            let calendar = String(buffer: invite.body)
            #expect(calendar.contains("BEGIN:VEVENT") && calendar.contains("SUMMARY:Community of Practice: Language"))
            let file = try await browser.postForResponse("/agenda/edit", fields: Self.fields("download-yaml", ["item-0-title": "Hello: \"friends\""]))
            #expect(file.headers[.contentDisposition] == "attachment; filename=\"community-of-practice-language.yaml\"")
            let reopened = try await browser.post("/agenda/open", fields: [:], files: ["agenda-file": ("saved.yaml", Data(buffer: file.body))])
            #expect(reopened.status == .ok)
            #expect(reopened.page.contains("<legend>Item 1: Hello: \"friends\", 10:00 to 10:15</legend>"))
        }
    }

    @Test func anAgendaWithAnErrorIsNotPublishedButCanBeSaved() async throws {
        try await RouterTests().withServer { browser in
            _ = try await browser.get("/agenda")
            let refused = try await browser.post("/agenda/edit", fields: Self.fields("download-docx", ["end": "10:30"]))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.page.contains("This agenda has errors to fix before it can be published."))
            let saved = try await browser.postForResponse("/agenda/edit", fields: Self.fields("download-yaml", ["end": "10:30"]))
            #expect(saved.status == .ok)
            #expect(String(buffer: saved.body).contains("end: \"10:30\""))
        }
    }

    @Test func aBrokenAgendaFileIsShownWithItsLineAndColumn() async throws {
        try await RouterTests().withServer { browser in
            _ = try await browser.get("/agenda")
            let broken = try await browser.post("/agenda/open", fields: [:], files: ["agenda-file": ("october.yaml", Data("title: October\ndate: [\n".utf8))])
            #expect(broken.status == .unprocessableContent)
            #expect(broken.page.contains("october.yaml, line "))
            #expect(broken.page.contains("aria-invalid=\"true\""))
        }
    }
}

/// The sessions and people pages, on a real database in a temporary folder.
struct SessionRouteTests {
    /// Sends a form as a browser does when it has no file in it (`application/x-www-form-urlencoded`).
    static func send(_ browser: RouterTests.Browser, _ path: String, _ fields: [(String, String)]) async throws -> TestResponse {
        let encode = { (text: String) in text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "" }
        let body = (fields + [("form-token", browser.token)]).map { encode($0.0) + "=" + encode($0.1) }.joined(separator: "&")
        return try await browser.client.execute(uri: path, method: .post,
                                                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: browser.cookie],
                                                body: ByteBuffer(string: body))
    }

    @Test func aSessionIsAddedAndPeopleAreRegisteredAndMarkedPresent() async throws {
        try await RouterTests().withServer { browser in
            _ = try await browser.get("/sessions")
            let added = try await Self.send(browser, "/sessions", [("title", "Language"), ("theme", ""), ("date", "2026-10-14")])
            #expect(added.status == .seeOther)
            #expect(added.headers[.location] == "/sessions/1?done=added")
            let page = try await browser.get("/sessions/1?done=added")
            #expect(page.page.contains("<h1>1. Language</h1>"))
            #expect(page.page.contains("The session was added."))
            #expect(page.page.contains("Date: 14 October 2026"))
            let csv = Data("name,role,organisation,consent\nSam Jones,expert by experience,,yes\nPriya Patel,staff,Council,no\n".utf8)
            let listed = try await browser.postForResponse("/sessions/1/register-list", fields: [:], files: ["list": ("people.csv", csv)])
            #expect(listed.status == .seeOther)
            let registered = try await browser.get("/sessions/1")
            #expect(registered.page.contains("<label for=\"came-1\">Sam Jones (expert by experience)</label>"))
            #expect(registered.page.contains("<label for=\"came-2\">Priya Patel (professional), not to be named</label>"))
            let came = try await Self.send(browser, "/sessions/1/attendance", [("came", "1"), ("came", "2")])
            #expect(came.status == .seeOther)
            #expect(try await browser.get("/sessions/1").page.contains("id=\"came-2\" name=\"came\" value=\"2\" checked=\"\""))
            _ = try await Self.send(browser, "/sessions/1/attendance", [("came", "1")])
            let after = try await browser.get("/sessions")
            #expect(after.page.contains("<td>14 October 2026</td><td>2</td><td>1</td><td>0</td>"))
        }
    }

    @Test func aRegistrationListWithAProblemNamesItsLineAndRegistersNobody() async throws {
        try await RouterTests().withServer { browser in
            _ = try await browser.get("/sessions")
            _ = try await Self.send(browser, "/sessions", [("title", "Language"), ("date", "")])
            let csv = Data("name,role\nSam Jones,expert by experience\nAlex Kim,astronaut\n".utf8)
            let refused = try await browser.post("/sessions/1/register-list", fields: [:], files: ["list": ("people.csv", csv)])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.page.contains("people.csv, line 3"))
            #expect(refused.page.contains("Nobody was registered."))
            #expect(refused.page.contains("Nobody is registered yet."))
        }
    }

    @Test func aFormWithMistakesIsShownAgainWithWhatWasTyped() async throws {
        try await RouterTests().withServer { browser in
            _ = try await browser.get("/sessions")
            let wrong = try await Self.send(browser, "/sessions", [("title", " "), ("theme", "Words <b>matter</b>"), ("date", "14/10/2026")])
            #expect(wrong.status == .unprocessableContent)
            let page = String(buffer: wrong.body)
            #expect(page.contains("<a href=\"#title\">Give the session a title.</a>"))
            #expect(page.contains("<a href=\"#date\">Write the date as year-month-day, for example 2027-01-13.</a>"))
            #expect(page.contains("value=\"Words &lt;b&gt;matter&lt;/b&gt;\""))
            #expect(try await browser.get("/sessions/99").status == .notFound)
            #expect(try await browser.get("/sessions/Language").status == .notFound)
        }
    }

    @Test func consentIsRecordedWithItsHistory() async throws {
        try await RouterTests().withServer { browser in
            _ = try await browser.get("/people")
            let added = try await Self.send(browser, "/people", [("name", "Sam Jones"), ("role", "expert-by-experience"), ("organisation", ""), ("consent", "no")])
            #expect(added.status == .seeOther)
            #expect(added.headers[.location] == "/people/1?done=person")
            let twice = try await Self.send(browser, "/people", [("name", "Sam Jones"), ("role", "professional"), ("consent", "no")])
            #expect(twice.status == .unprocessableContent)
            #expect(String(buffer: twice.body).contains("Someone called 'Sam Jones' is already in Roundtable"))
            _ = try await Self.send(browser, "/people/1/consent", [("answer", "given"), ("date", "2026-10-01")])
            _ = try await Self.send(browser, "/people/1/consent", [("answer", "withdrawn"), ("date", "2026-11-02")])
            let person = try await browser.get("/people/1")
            #expect(person.page.contains("<li>1 October 2026: consent given</li><li>2 November 2026: consent withdrawn</li>"))
            #expect(person.page.contains("They are not named in published documents"))
            let list = try await browser.get("/people")
            #expect(list.page.contains("<td>expert by experience</td><td></td><td>No</td>"))
            let badDate = try await Self.send(browser, "/people/1/consent", [("answer", "given"), ("date", "yesterday")])
            #expect(badDate.status == .unprocessableContent)
        }
    }
}

/// The publish page: the review before the download, and a pack that names nobody without consent.
struct PublishRouteTests {
    @Test func thePackReplacesNamesWithoutConsentAndDownloadsInEachFormat() async throws {
        try await RouterTests().withServer { browser in
            _ = try await browser.get("/sessions")
            _ = try await SessionRouteTests.send(browser, "/sessions", [("title", "Language"), ("date", "2026-10-14")])
            let csv = Data("name,role,organisation,consent\nSam Jones,expert by experience,,yes\nPriya Patel,staff,Council,no\n".utf8)
            _ = try await browser.postForResponse("/sessions/1/register-list", fields: [:], files: ["list": ("people.csv", csv)])
            let form = try await browser.get("/sessions/1/publish")
            #expect(form.page.contains("<h1>Publish: Language</h1>"))
            let notes = Data("# What we learned\n\nSam Jones and Priya Patel talked about the ICB.\n".utf8)
            let review = try await browser.post("/sessions/1/publish", fields: [:], files: ["notes": ("october.md", notes)])
            #expect(review.status == .ok)
            #expect(review.page.contains("Priya Patel → “a professional” (once)"))
            #expect(review.page.contains("Written out the first time: ICB → “Integrated Care Board (ICB)”."))
            let link = try #require(review.page.range(of: "href=\"/publish/").map { review.page[$0.upperBound...].prefix(32) })
            for format in ["html", "docx", "fodt"] {
                let file = try await browser.client.execute(uri: "/publish/\(link)/pack.\(format)", method: .get)
                #expect(file.status == .ok)
                #expect(file.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"") == true)
                if format == "html" {
                    let page = String(buffer: file.body)
                    #expect(page.contains("Sam Jones") && !page.contains("Priya") && !page.contains("Patel"))
                }
            }
        }
    }

    @Test func unreadableNotesAndAgendaAreShownByTheirFields() async throws {
        try await RouterTests().withServer { browser in
            _ = try await browser.get("/sessions")
            _ = try await SessionRouteTests.send(browser, "/sessions", [("title", "Language"), ("date", "")])
            let none = try await browser.post("/sessions/1/publish", fields: [:])
            #expect(none.status == .unprocessableContent)
            #expect(none.page.contains("<a href=\"#notes\">Choose the session notes first.</a>"))
            let broken = try await browser.post("/sessions/1/publish", fields: [:], files: [
                "notes": ("notes.docx", Data("not a zip".utf8)), "agenda": ("agenda.yaml", Data("title: [\n".utf8))])
            #expect(broken.status == .unprocessableContent)
            #expect(broken.page.contains("<h2>There are 2 problems</h2>"))
            #expect(broken.page.contains("agenda.yaml, line "))
            #expect(try await browser.get("/sessions/7/publish").status == .notFound)
        }
    }
}

/// The live speaking board: each press is committed before the answer, with and without its script.
struct LiveRouteTests {
    @Test func pressesStartEndAndUndoTurnsAndTheBoardShowsThem() async throws {
        try await RouterTests().withServer { browser in
            _ = try await browser.get("/sessions")
            _ = try await SessionRouteTests.send(browser, "/sessions", [("title", "Language"), ("date", "")])
            _ = try await SessionRouteTests.send(browser, "/people", [("name", "Sam Jones"), ("role", "expert-by-experience"), ("consent", "yes")])
            _ = try await SessionRouteTests.send(browser, "/people", [("name", "Priya Patel"), ("role", "professional"), ("consent", "no")])
            _ = try await SessionRouteTests.send(browser, "/sessions/1/register", [("person", "1")])
            _ = try await SessionRouteTests.send(browser, "/sessions/1/register", [("person", "2")])
            _ = try await SessionRouteTests.send(browser, "/sessions/1/attendance", [("came", "1"), ("came", "2")])
            let page = try await browser.get("/sessions/1/live")
            #expect(page.page.contains("<h1>Live: Language</h1>"))
            #expect(page.page.contains("<script src=\"/assets/live.js\" defer=\"\"></script>"))
            #expect(page.page.contains("Nobody is speaking."))
            let board: HTTPFields = [HTTPField.Name("X-Roundtable-Board")!: "1"]
            let started = try await browser.post("/sessions/1/live/start", fields: ["person": "1"], headers: board)
            #expect(started.status == .ok)
            #expect(started.page.hasPrefix("<div class=\"now\""))
            #expect(started.page.contains("Sam Jones started speaking."))
            let after = try #require(started.page.range(of: "aria-pressed=\"true\"").map { started.page[$0.upperBound...] })
            let pressed = after[..<(after.range(of: "</button>")?.lowerBound ?? after.endIndex)]
            #expect(pressed.contains("Sam Jones"))
            #expect(started.page.contains("Invite next: Priya Patel (not heard yet)."))
            let plain = try await browser.postForResponse("/sessions/1/live/start", fields: ["person": "2"])
            #expect(plain.status == .seeOther)
            #expect(plain.headers[.location] == "/sessions/1/live")
            let undone = try await browser.post("/sessions/1/live/undo", fields: [:], headers: board)
            #expect(undone.page.contains("Undone: Priya Patel's turn was removed. Sam Jones is speaking again."))
            let stopped = try await browser.post("/sessions/1/live/stop", fields: [:], headers: board)
            #expect(stopped.page.contains("Sam Jones's turn ended."))
            let again = try await browser.post("/sessions/1/live/stop", fields: [:], headers: board)
            #expect(again.status == .ok)
            #expect(again.page.contains("Nobody is speaking in session 1"))
            #expect(try await browser.post("/sessions/1/live/start", fields: ["person": "x"], headers: board).status == .notFound)
        }
    }

    @Test func aServerSentEventCarriesEveryLineOfTheBoard() {
        #expect(SessionRoutes.event("board", "<p>a</p>\n<p>b</p>") == "event: board\ndata: <p>a</p>\ndata: <p>b</p>\n\n")
    }
}

/// The safety checks hold on every route, not only the ones the other tests use.
struct EveryRouteTests {
    static let forms = ["/check", "/glossary/jargon-buster", "/agenda/start", "/agenda/open", "/agenda/edit", "/sessions",
                        "/sessions/1/attendance", "/sessions/1/register", "/sessions/1/register-list", "/sessions/1/publish",
                        "/sessions/1/live/start", "/sessions/1/live/stop", "/sessions/1/live/undo", "/people", "/people/1/consent",
                        "/people/1/contact", "/people/1/needs", "/people/1/needs/forget", "/people/mailing-list", "/sessions/1/actions", "/actions/1"]
    static let pages = ["/", "/assets/web.css", "/check", "/agenda", "/glossary", "/glossary/word/icb", "/sessions", "/sessions/1",
                        "/sessions/1/live", "/sessions/1/publish", "/people", "/people/1"]

    @Test func everyFormWithoutTheBrowsersTokenIsRefusedAndChangesNothing() async throws {
        try await RouterTests().withServer { browser in
            _ = try await browser.get("/sessions")
            _ = try await SessionRouteTests.send(browser, "/sessions", [("title", "Language"), ("date", "")])
            _ = try await SessionRouteTests.send(browser, "/people", [("name", "Sam Jones"), ("role", "professional"), ("consent", "no")])
            for path in Self.forms {
                let refused = try await browser.post(path, fields: ["title": "Another", "name": "Alex Kim", "person": "1"],
                                                     token: String(repeating: "0", count: 64))
                #expect(refused.status == .forbidden, "\(path)")
                #expect(refused.page.contains("<h1>This form has expired</h1>"), "\(path)")
            }
            let sessions = try await browser.get("/sessions")
            #expect(!sessions.page.contains("Another"))
            #expect(!(try await browser.get("/people")).page.contains("Alex Kim"))
        }
    }

    @Test func everyPageRefusesAnotherHostAndCarriesTheSecurityHeaders() async throws {
        try await RouterTests().withServer { browser in
            _ = try await browser.get("/sessions")
            _ = try await SessionRouteTests.send(browser, "/sessions", [("title", "Language"), ("date", "")])
            _ = try await SessionRouteTests.send(browser, "/people", [("name", "Sam Jones"), ("role", "professional"), ("consent", "no")])
            for path in Self.pages {
                let page = try await browser.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true, "\(path)")
                #expect(page.headers[.xContentTypeOptions] == "nosniff", "\(path)")
                let elsewhere = try await browser.get(path, headers: [HTTPField.Name("Host")!: "roundtable.attacker.example"])
                #expect(elsewhere.status == .misdirectedRequest, "\(path)")
            }
        }
    }
}
