import Documents
import Foundation
import PropertyBased
import SessionStore
import SpeakingTurns
import Testing
import TestSupport
@testable import Workflows

/// Consent to be contacted, kept apart from consent to be named, and the mailing list that holds
/// the people who agreed to be contacted and nobody else.
@Suite struct MailingListTests {
    private static let day = CalendarDate(iso: "2026-10-14")!
    private static func at(_ seconds: Double) -> Date { Date(timeIntervalSince1970: 1_790_000_000 + seconds) }

    /// A real database in a temporary folder.
    private static func store(_ folder: TemporaryFolder) throws -> SessionStore {
        try SessionStore(path: folder.appendingPathComponent("roundtable.sqlite").path)
    }

    @Test func contactConsentIsKeptApartFromConsentToBeNamedWithItsHistory() throws {
        let folder = try TemporaryFolder("mailing-list")
        defer { folder.remove() }
        let store = try Self.store(folder)
        let ann = try store.addPerson(name: "Ann Lee", role: .professional, consent: ConsentChange(given: true, date: Self.day),
                                      contact: try ContactDetails(email: "ann@example.org"), now: Self.at(0))
        #expect(try store.mailingList().entries.isEmpty, "agreeing to be named is not agreeing to be contacted")
        try store.recordContactConsent(person: ann.id, change: ConsentChange(given: true, date: Self.day), now: Self.at(1))
        #expect(try store.mailingList().entries.map(\.name) == ["Ann Lee"])
        try store.recordConsent(person: ann.id, change: ConsentChange(given: false, date: Self.day), now: Self.at(2))
        #expect(try store.mailingList().entries.map(\.name) == ["Ann Lee"], "withdrawing consent to be named leaves the mailing list alone")
        try store.recordContactConsent(person: ann.id, change: ConsentChange(given: false, date: Self.day), now: Self.at(3))
        #expect(try store.mailingList() == MailingList(entries: [], withoutConsent: 1, withoutDetails: 0))
        #expect(try store.contactConsentHistory(person: ann.id).map(\.change.given) == [true, false])
        #expect(try store.consentHistory(person: ann.id).map(\.change.given) == [true, false])
        #expect(throws: ContactDetails.Problem.email("ann at example")) { try ContactDetails(email: "ann at example") }
        #expect(throws: ContactDetails.Problem.phone("call me")) { try ContactDetails(phone: "call me") }
    }

    /// For any people and any history of answers, the list holds exactly those whose last answer
    /// about being contacted is yes and who gave a way to reach them.
    @Test func nobodyWithoutConsentToBeContactedIsEverOnTheList() async throws {
        // Each person is 8 bits: how many answers (0 to 3), the answers, named or not, e-mail, phone.
        await propertyCheck(count: 40, input: Gen.int(in: 0...255).array(of: 0...8)) { codes in
            let people = codes.map { code in
                ((0..<(code & 3)).map { code >> (2 + $0) & 1 == 1 }, code & 32 != 0, code & 64 != 0, code & 128 != 0)
            }
            do {
                let folder = try TemporaryFolder("mailing-list-property")
                defer { folder.remove() }
                let store = try Self.store(folder)
                var expected: [String] = []
                for (index, (answers, named, email, phone)) in people.enumerated() {
                    let name = "Person \(index + 10)"
                    let details = try ContactDetails(email: email ? "p\(index)@example.org" : nil, phone: phone ? "0113 496 00\(index + 10)" : nil)
                    let added = try store.addPerson(name: name, role: .expertByExperience, consent: ConsentChange(given: named, date: Self.day),
                                                    contact: details, now: Self.at(0))
                    for (step, given) in answers.enumerated() {
                        try store.recordContactConsent(person: added.id, change: ConsentChange(given: given, date: Self.day), now: Self.at(Double(step)))
                    }
                    if answers.last == true && (email || phone) { expected.append(name) }
                }
                let list = try store.mailingList()
                #expect(list.entries.map(\.name) == expected)
                #expect(list.entries.count + list.withoutConsent + list.withoutDetails == people.count)
                let export = MailingListExport(list)
                for (index, _) in people.enumerated() where !expected.contains("Person \(index + 10)") {
                    #expect(!export.csv.contains("Person \(index + 10)") && !export.vCard.contains("Person \(index + 10)"))
                }
            } catch {
                Issue.record("\(error)")
            }
        }
    }

    @Test func aRegistrationListRecordsDetailsAndContactConsentOnce() throws {
        let folder = try TemporaryFolder("mailing-list-register")
        defer { folder.remove() }
        let store = try Self.store(folder)
        let session = try store.addSession(title: "Language", date: Self.day, now: Self.at(0))
        let csv = "name,role,email,phone,contact,consent\nAnn Lee,professional,ann@example.org,,yes,no\nBob Stone,guest,bob@example.org,,,yes\n"
        let entries = try RegistrationList.read(csv, file: "people.csv")
        for _ in 0..<2 { _ = try store.importRegistrations(session: session.id, entries: entries, file: "people.csv", today: Self.day, now: Self.at(1)) }
        #expect(try store.mailingList().entries.map(\.name) == ["Ann Lee"])
        #expect(try store.contactConsentHistory(person: store.person("Ann Lee").id).count == 1, "importing again records no new answer")
        #expect(try store.contact(person: store.person("Bob Stone").id).email == "bob@example.org")
        let bad = "name,role,email\nCy Ray,guest,cy at example\n"
        #expect(throws: ReadError(file: "people.csv", position: SourcePosition(line: 2, column: 3),
                                  problem: "'cy at example' does not look like an e-mail address. Write it as name@example.org, with no spaces.",
                                  advice: "Correct it in the spreadsheet, or leave the cell empty. Nothing was imported.")) {
            try RegistrationList.read(bad, file: "people.csv")
        }
    }

    @Test func theSpreadsheetAndContactsFileReadBackExactly() throws {
        let organisation = "Housing, Health; and \"Care\" Partnership of the North of England, Yorkshire and the Humber \\ region"
        let list = MailingList(entries: [
            MailingListEntry(name: "Zoë Ng", organisation: organisation, contact: try ContactDetails(email: "zoe@example.org", phone: "+44 113 496 0000")),
            MailingListEntry(name: "=Sam", organisation: nil, contact: try ContactDetails(email: "sam@example.org")),
        ], withoutConsent: 3, withoutDetails: 1)
        let export = MailingListExport(list)
        let rows = try CSVRows.parse(export.csv, file: "mailing-list.csv")
        #expect(rows.map(\.cells) == [["name", "organisation", "email", "phone"],
                                      ["Zoë Ng", organisation, "zoe@example.org", "'+44 113 496 0000"],
                                      ["'=Sam", "", "sam@example.org", ""]])
        let lines = export.vCard.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(!export.vCard.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let unfolded = export.vCard.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("ORG:Housing\\, Health\\; and \"Care\" Partnership of the North of England\\, Yorkshire and the Humber \\\\ region\r\n"))
        #expect(unfolded.components(separatedBy: "BEGIN:VCARD\r\nVERSION:4.0\r\n").count == 3)
        #expect(unfolded.contains("FN:Zoë Ng\r\n") && unfolded.contains("TEL;VALUE=text:+44 113 496 0000\r\n"))
        #expect(MailingListExport.summary(list, addDetails: "add one").hasPrefix("2 people are on the mailing list. 3 people are left off"))
    }
}
