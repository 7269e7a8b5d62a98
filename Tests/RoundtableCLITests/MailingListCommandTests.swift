import Foundation
import Testing
import TestSupport

/// `roundtable people contact` and `people export --mailing-list`, as a person runs them.
@Suite struct MailingListCommandTests {
    @Test func onlyPeopleWhoAgreedToBeContactedAreExported() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("people.csv", """
            name,role,organisation,consent,email,phone,contact
            Ann Lee,professional,"Housing, North",no,ann@example.org,+44 113 496 0001,yes
            Bob Stone,expert by experience,,yes,bob@example.org,,no
            Cy Ray,guest,,yes,cy@example.org,,
            Di Long,professional,,no,di@example.org,,yes

            """)
        #expect(try cli.run(["session", "add", "Language", "--date", "2026-10-14", "--db", "t.sqlite", "--create"]).status == 0)
        let registered = try cli.run(["register", "1", "--csv", "people.csv", "--db", "t.sqlite"])
        #expect(registered.status == 0, "\(registered.errors)")
        let withdrawn = try cli.run(["people", "contact", "Di Long", "no", "--date", "2026-11-02", "--db", "t.sqlite"])
        #expect(withdrawn.status == 0, "\(withdrawn.errors)")
        #expect(withdrawn.output.contains("asked on 2 November 2026 not to be contacted"))
        let history = try cli.run(["people", "contact", "Di Long", "--db", "t.sqlite"])
        #expect(history.output.contains("agreed to be contacted") && history.output.contains("2 November 2026: no longer to be contacted"))

        let export = try cli.run(["people", "export", "--mailing-list", "-o", "out", "--db", "t.sqlite"])
        #expect(export.status == 0, "\(export.errors)")
        #expect(export.output.contains("1 person is on the mailing list. 3 people are left off"))
        #expect(cli.files(in: "out") == ["mailing-list.csv", "mailing-list.vcf"])
        let csv = String(decoding: try cli.data("out/mailing-list.csv"), as: UTF8.self)
        let vcf = String(decoding: try cli.data("out/mailing-list.vcf"), as: UTF8.self)
        #expect(csv == "name,organisation,email,phone\r\nAnn Lee,\"Housing, North\",ann@example.org,'+44 113 496 0001\r\n")
        #expect(vcf.contains("FN:Ann Lee\r\n") && vcf.contains("ORG:Housing\\, North\r\n"))
        for name in ["Bob", "Cy", "Di", "bob@", "cy@", "di@"] {
            #expect(!csv.contains(name) && !vcf.contains(name) && !export.output.contains(name), "\(name) did not agree to be contacted")
        }
    }

    @Test func aBadAddressOrAMissingChoiceChangesNothing() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let bad = try cli.run(["people", "add", "Ann Lee", "--role", "professional", "--email", "ann at example", "--db", "t.sqlite", "--create"])
        #expect(bad.status == 2)
        #expect(bad.errors.contains("'ann at example' does not look like an e-mail address") && bad.errors.contains("Nobody was added."))
        #expect(try cli.run(["people", "list", "--db", "t.sqlite", "--create"]).output.contains("Nobody has been added yet"))
        let nothing = try cli.run(["people", "export", "--db", "t.sqlite"])
        #expect(nothing.status == 2)
        #expect(nothing.errors.contains("Say what to export: add --mailing-list."))
        #expect(cli.files(in: "Exports").isEmpty)
    }
}
