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

/// `roundtable register --on-behalf-of`: a colleague who comes in a member's place, counted.
@Suite struct OnBehalfOfCommandTests {
    @Test func aColleagueComesOnBehalfOfARegisteredMemberAndIsCounted() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = ["--db", "t.sqlite"]
        #expect(try cli.run(["session", "add", "Language", "--date", "2026-10-14", "--create"] + db).status == 0)
        for (name, role) in [("Sam Jones", "professional"), ("Kim Lee", "professional"), ("Ann Lee", "guest")] {
            #expect(try cli.run(["people", "add", name, "--role", role] + db).status == 0)
        }
        let early = try cli.run(["register", "1", "Kim Lee", "--on-behalf-of", "Sam Jones"] + db)
        #expect(early.status == 2)
        #expect(early.errors.contains("Sam Jones is not registered for session 1 ('Language')")
                && early.errors.contains("Register them first with 'roundtable register 1 \"Sam Jones\"'"), "\(early.errors)")
        #expect(try cli.run(["register", "1", "Sam Jones"] + db).status == 0)
        let itself = try cli.run(["register", "1", "Sam Jones", "--on-behalf-of", "Sam Jones"] + db)
        #expect(itself.status == 2 && itself.errors.contains("cannot come on behalf of themselves"))
        let nominated = try cli.run(["register", "1", "Kim Lee", "--on-behalf-of", "Sam Jones"] + db)
        #expect(nominated.status == 0, "\(nominated.errors)")
        #expect(nominated.output.contains("Registered Kim Lee for session 1, coming on behalf of Sam Jones."))
        let two = try cli.run(["register", "1", "Kim Lee", "Ann Lee", "--on-behalf-of", "Sam Jones"] + db)
        #expect(two.status == 2 && two.errors.contains("give the name of one person"))
        #expect(try cli.run(["attend", "1", "Kim Lee", "Ann Lee"] + db).status == 0)
        let show = try cli.run(["session", "show", "1"] + db)
        #expect(show.output.contains("Came on behalf of a colleague (1):\n    Kim Lee, for Sam Jones"), "\(show.output)")
    }

    @Test func theRegistrationListsOnBehalfOfColumnRegistersAColleague() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let db = ["--db", "t.sqlite"]
        try cli.write("people.csv", "name,role,on behalf of\nKim Lee,professional,Sam Jones\nSam Jones,professional,\n")
        try cli.write("wrong.csv", "name,role,on behalf of\nAnn Lee,guest,Sam Jnoes\n")
        #expect(try cli.run(["session", "add", "Language", "--date", "2026-10-14", "--create"] + db).status == 0)
        let registered = try cli.run(["register", "1", "--csv", "people.csv"] + db)
        #expect(registered.status == 0, "\(registered.errors)")
        #expect(registered.output.contains("Kim Lee comes on behalf of Sam Jones."), "\(registered.output)")
        let wrong = try cli.run(["register", "1", "--csv", "wrong.csv"] + db)
        #expect(wrong.status == 2)
        #expect(wrong.errors.contains("wrong.csv line 2, column 1: 'Sam Jnoes', whom 'Ann Lee' comes on behalf of, is not in Roundtable or on this list. Did you mean 'Sam Jones'?"),
                "\(wrong.errors)")
        #expect(try cli.run(["attend", "1", "Kim Lee"] + db).status == 0)
        let show = try cli.run(["session", "show", "1"] + db)
        #expect(show.output.contains("Came on behalf of a colleague (1):\n    Kim Lee, for Sam Jones"), "\(show.output)")
        #expect(!show.output.contains("Ann Lee"), "nothing from the wrong list was registered")
    }
}
