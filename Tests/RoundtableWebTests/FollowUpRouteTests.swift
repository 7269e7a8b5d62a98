import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import RoundtableWeb
import Testing

/// The pages for between sessions: how to reach people and the mailing list, access needs kept
/// only with agreement, and actions added and closed; each mistake shown beside its field.
struct FollowUpRouteTests {
    static func send(_ browser: RouterTests.Browser, _ path: String, _ fields: [(String, String)]) async throws -> TestResponse {
        try await SessionRouteTests.send(browser, path, fields)
    }

    static func addPeople(_ browser: RouterTests.Browser) async throws {
        _ = try await send(browser, "/sessions", [("title", "Language"), ("date", "2026-10-14")])
        _ = try await send(browser, "/people", [("name", "Ann Lee"), ("role", "professional"), ("consent", "no")])
        _ = try await send(browser, "/people", [("name", "Bo Yu"), ("role", "expert-by-experience"), ("consent", "no")])
    }

    @Test func onlyPeopleWhoWantNewsAreInTheMailingListDownload() async throws {
        try await RouterTests().withServer { browser in
            _ = try await browser.get("/people")
            try await Self.addPeople(browser)
            let saved = try await Self.send(browser, "/people/1/contact", [("email", "ann@example.org"), ("phone", ""), ("news", "given"), ("news-date", "2026-10-01")])
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/people/1?done=contact")
            _ = try await Self.send(browser, "/people/2/contact", [("email", "bo@example.org"), ("phone", ""), ("news", "same"), ("news-date", "")])
            let ann = try await browser.get("/people/1")
            #expect(ann.page.contains("E-mail: ann@example.org."))
            #expect(ann.page.contains("They agreed on 1 October 2026 to be sent news of the group"))
            let list = try await browser.get("/people")
            #expect(list.page.contains("1 person is on the mailing list. 1 person is left off"))
            let csv = try await Self.send(browser, "/people/mailing-list", [("format", "csv")])
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentDisposition]?.contains("mailing-list.csv") == true)
            #expect(String(buffer: csv.body) == "name,organisation,email,phone\r\nAnn Lee,,ann@example.org,\r\n")
            let vcf = try await Self.send(browser, "/people/mailing-list", [("format", "vcf")])
            #expect(String(buffer: vcf.body).contains("FN:Ann Lee\r\n"))
            #expect(!String(buffer: vcf.body).contains("Bo Yu") && !String(buffer: csv.body).contains("bo@"), "Bo did not agree")

            let bad = try await Self.send(browser, "/people/2/contact", [("email", "bo at example"), ("phone", "call me"), ("news", "given"), ("news-date", "soon")])
            #expect(bad.status == .unprocessableContent)
            let page = String(buffer: bad.body)
            #expect(page.contains("<a href=\"#email\">'bo at example' does not look like an e-mail address."))
            #expect(page.contains("<a href=\"#phone\">'call me' does not look like a phone number."))
            #expect(page.contains("<a href=\"#news-date\">Write the date as year-month-day"))
            #expect(page.contains("value=\"bo at example\""), "what was typed is kept")
            #expect(try await Self.send(browser, "/people/mailing-list", [("format", "pdf")]).status == .notFound)
            #expect(!String(buffer: try await Self.send(browser, "/people/mailing-list", [("format", "csv")]).body).contains("Bo"), "nothing was saved")
        }
    }

    @Test func accessNeedsAreKeptOnlyWithAgreementAndCanBeRemoved() async throws {
        try await RouterTests().withServer { browser in
            _ = try await browser.get("/people")
            try await Self.addPeople(browser)
            let notAgreed = try await Self.send(browser, "/people/2/needs", [("need", "captions"), ("need", "other"), ("note-other", " "), ("agreed-date", "2026-10-01")])
            #expect(notAgreed.status == .unprocessableContent)
            let page = String(buffer: notAgreed.body)
            #expect(page.contains("<a href=\"#agreed\">Roundtable keeps access needs only when the person agrees."))
            #expect(page.contains("<a href=\"#note-other\">'other' needs a few words"))
            #expect(page.contains("id=\"need-captions\" name=\"need\" value=\"captions\" checked"), "the ticks are kept")
            #expect(try await browser.get("/people/2").page.contains("Nothing is kept."), "nothing was saved")

            let saved = try await Self.send(browser, "/people/2/needs", [("need", "papers-early"), ("note-papers-early", "two weeks before"),
                                                                          ("need", "captions"), ("agreed", "yes"), ("agreed-date", "2026-10-01")])
            #expect(saved.status == .seeOther)
            let kept = try await browser.get("/people/2")
            #expect(kept.page.contains("Kept since they agreed on 1 October 2026: live captions; papers early: two weeks before."))
            #expect(kept.page.contains("value=\"two weeks before\""))
            let forgotten = try await Self.send(browser, "/people/2/needs/forget", [])
            #expect(forgotten.headers[.location] == "/people/2?done=forgot")
            #expect(try await browser.get("/people/2").page.contains("Nothing is kept."))
        }
    }

    @Test func actionsAreAddedAndTheirEndIsRecorded() async throws {
        try await RouterTests().withServer { browser in
            _ = try await browser.get("/sessions")
            try await Self.addPeople(browser)
            let missing = try await Self.send(browser, "/sessions/1/actions", [("raised-by-role", "expert-by-experience"), ("raised", "Letters are cold"),
                                                                               ("action", ""), ("owner", "Housing team"), ("due", "next week")])
            #expect(missing.status == .unprocessableContent)
            #expect(String(buffer: missing.body).contains("<a href=\"#action\">Say what will be done.</a>"))
            #expect(String(buffer: missing.body).contains("<a href=\"#due\">Write the date it is due as year-month-day"))
            #expect(String(buffer: missing.body).contains(">Letters are cold</textarea>"))
            let added = try await Self.send(browser, "/sessions/1/actions", [("raised-by-role", "expert-by-experience"), ("raised", "Letters are cold"),
                                                                             ("action", "Rewrite the letter"), ("owner", "Housing team"), ("due", "2027-01-15")])
            #expect(added.status == .seeOther)
            var session = try await browser.get("/sessions/1")
            #expect(session.page.contains("An expert by experience said: Letters are cold"))
            #expect(session.page.contains("Action: Rewrite the letter (Housing team, due by 15 January 2027)."))

            let noWords = try await Self.send(browser, "/actions/1", [("action-1-status", "done"), ("action-1-what-changed", ""), ("action-1-reason", ""), ("action-1-due", "2027-01-15")])
            #expect(noWords.status == .unprocessableContent)
            #expect(String(buffer: noWords.body).contains("<a href=\"#action-1-what-changed\">Say what changed"))
            let done = try await Self.send(browser, "/actions/1", [("action-1-status", "done"), ("action-1-what-changed", "The new letter went out."),
                                                                   ("action-1-reason", ""), ("action-1-due", "2027-01-15")])
            #expect(done.status == .seeOther)
            session = try await browser.get("/sessions/1")
            #expect(session.page.contains("Where it stands: done: The new letter went out.."))
            #expect(try await Self.send(browser, "/actions/9", [("action-9-status", "open")]).status == .notFound)
        }
    }
}
