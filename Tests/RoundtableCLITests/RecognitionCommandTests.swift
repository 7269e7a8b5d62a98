import Documents
import Foundation
import Testing
import TestSupport

/// `roundtable recognition` as a user types it: records, refusals with what to type, statements
/// that are the same bytes every time, and the finance team's spreadsheet.
@Suite(.serialized) struct RecognitionCommandTests {
    func setUp(_ cli: CLIRunner) throws {
        for step: [String] in [
            ["session", "add", "Language, and words", "--date", "2026-10-14"],
            ["people", "add", "Rosa Lind", "--role", "expert by experience"],
            ["people", "add", "Kim Lee", "--role", "guest"],
            ["attend", "1", "Rosa Lind"],
            ["recognition", "add", "Rosa Lind", "1", "--role", "presented", "--preparation", "1h30m", "--payment", "£123.45",
             "--expenses", "3.20", "--expenses-for", "bus fare, return"],
        ] {
            let result = try cli.run(step + ["--db", "t.sqlite", "--create"])
            #expect(result.status == 0, "\(step): \(result.errors)")
        }
    }

    @Test func aRecordIsAddedListedAndCorrected() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try setUp(cli)
        let list = try cli.run(["recognition", "list", "--db", "t.sqlite"])
        #expect(list.status == 0)
        #expect(list.output.contains("payment £123.45") && list.output.contains("£3.20 (bus fare, return)") && list.output.contains("1 hour 30 minutes"))
        let again = try cli.run(["recognition", "add", "Rosa Lind", "1", "--role", "presented", "--payment", "100", "--db", "t.sqlite"])
        #expect(again.status == 2)
        #expect(again.errors.contains("already has a record") && again.errors.contains("--correct"), "\(again.errors)")
        let corrected = try cli.run(["recognition", "add", "Rosa Lind", "1", "--role", "presented", "--payment", "100", "--correct", "--db", "t.sqlite"])
        #expect(corrected.status == 0, "\(corrected.errors)")
        let history = try cli.run(["recognition", "list", "Rosa Lind", "--history", "--db", "t.sqlite"])
        #expect(history.output.contains("replaced") && history.output.contains("payment £100.00") && history.output.contains("payment £123.45"))
    }

    @Test func badInputIsRefusedWithWhatToTypeAndNothingIsSaved() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try setUp(cli)
        let cases: [([String], String)] = [
            (["Kim Lee", "1", "--role", "attended", "--payment", "25p"], "'25p' is not an amount"),
            (["Kim Lee", "1", "--role", "attended", "--voucher", "twenty", "--voucher-kind", "book token"], "'twenty' is not an amount"),
            (["Kim Lee", "1", "--role", "attended", "--payment", "20000"], "'20000' is more than £10,000.00"),
            (["Kim Lee", "1", "--role", "attended", "--payment", "25", "--preparation", "lots"], "'lots' is not a length of time"),
            (["Kim Lee", "1", "--role", "attended", "--payment", "25", "--nothing"], "Choose one of --payment, --voucher and --nothing"),
            (["Kim Lee", "1", "--role", "attended", "--voucher", "20"], "--voucher-kind"),
            (["Kim Lee", "1", "--role", "attended", "--nothing", "--expenses", "3"], "--expenses-for"),
            (["Rosa Lnd", "1", "--role", "attended", "--payment", "25"], "Did you mean 'Rosa Lind'?"),
            (["Kim Lee", "1", "--role", "attended", "--payment", "25"], "roundtable attend 1 \"Kim Lee\""),
            (["Kim Lee", "1", "--role", "attended", "--payment", "rate"], "roundtable attend 1 \"Kim Lee\""),
        ]
        for (arguments, message) in cases {
            let result = try cli.run(["recognition", "add"] + arguments + ["--db", "t.sqlite"])
            #expect(result.status == 2, "\(arguments)")
            #expect(result.errors.contains(message), "\(arguments): \(result.errors)")
        }
        try #require(try cli.run(["attend", "1", "Kim Lee", "--db", "t.sqlite"]).status == 0)
        let noRate = try cli.run(["recognition", "add", "Kim Lee", "1", "--role", "attended", "--payment", "rate", "--db", "t.sqlite"])
        #expect(noRate.status == 2)
        #expect(noRate.errors.contains("Give the amount, for example --payment 25. A rate can only be set for a series"), "\(noRate.errors)")
        let list = try cli.run(["recognition", "list", "Kim Lee", "--db", "t.sqlite"])
        #expect(list.output.contains("There are no records for Kim Lee yet."))
        let series = try cli.run(["recognition", "rate", "--programme", "Nope", "--per-hour", "25", "--db", "t.sqlite"])
        #expect(series.status == 2 && series.errors.contains("There is no series called 'Nope'."))
        let year = try cli.run(["recognition", "statement", "Rosa Lind", "--tax-year", "2026-28", "--db", "t.sqlite"])
        #expect(year.status == 2 && year.errors.contains("'2026-28' is not a tax year"))
    }

    @Test func theStatementIsWrittenInEveryFormatTheSameEachTime() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try setUp(cli)
        for folder in ["one", "two"] {
            let result = try cli.run(["recognition", "statement", "Rosa Lind", "--tax-year", "2026", "-o", folder, "--db", "t.sqlite"])
            #expect(result.status == 0, "\(result.errors)")
            #expect(result.output.contains("Rosa Lind received £123.45 in payments and vouchers, and £3.20 in expenses paid back"))
        }
        let names = ["recognition-2026-to-2027-rosa-lind.docx", "recognition-2026-to-2027-rosa-lind.fodt", "recognition-2026-to-2027-rosa-lind.html"]
        #expect(cli.files(in: "one") == names)
        for name in names { #expect(try cli.data("one/\(name)") == (try cli.data("two/\(name)")), "\(name)") }
        let html = String(decoding: try cli.data("one/recognition-2026-to-2027-rosa-lind.html"), as: UTF8.self)
        #expect(html.contains("What you received for your involvement") && html.contains("£123.45") && html.contains("14 October 2026"))
        let fodt = String(decoding: try cli.data("one/recognition-2026-to-2027-rosa-lind.fodt"), as: UTF8.self)
        #expect(fodt.contains("£123.45") && fodt.contains("Bus fare, return"))
        let earlier = try cli.run(["recognition", "statement", "Rosa Lind", "--tax-year", "2025", "--to", "txt", "-o", "old", "--db", "t.sqlite"])
        #expect(earlier.status == 0)
        #expect(String(decoding: try cli.data("old/recognition-2025-to-2026-rosa-lind.txt"), as: UTF8.self).contains("You received no payments or vouchers"))
    }

    @Test func aPaymentAtTheSeriesRateCountsTheTimeInTheSessionAndGettingReady() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try setUp(cli)
        for step: [String] in [["programme", "new", "programme.yaml"], ["programme", "build", "programme.yaml", "-o", "out", "--db", "t.sqlite"],
                               ["attend", "2", "Rosa Lind", "--db", "t.sqlite"]] {
            let result = try cli.run(step)
            #expect(result.status == 0, "\(step): \(result.errors)")
        }
        let unset = try cli.run(["recognition", "rate", "--programme", "community of practice", "--db", "t.sqlite"])
        #expect(unset.output.contains("The series 'Community of Practice' has no rate yet."))
        let rate = try cli.run(["recognition", "rate", "--programme", "community of practice", "--per-hour", "£25", "--db", "t.sqlite"])
        #expect(rate.status == 0 && rate.output.contains("now pays £25.00 an hour"), "\(rate.errors)")
        let noTime = try cli.run(["recognition", "add", "Rosa Lind", "2", "--role", "attended", "--payment", "rate", "--db", "t.sqlite"])
        #expect(noTime.status == 2 && noTime.errors.contains("--session-time"), "\(noTime.errors)")
        let added = try cli.run(["recognition", "add", "Rosa Lind", "2", "--role", "attended", "--session-time", "2h", "--preparation", "30m",
                                 "--payment", "rate", "--db", "t.sqlite"])
        #expect(added.status == 0, "\(added.errors)")
        #expect(added.output.contains("chose payment £62.50 at the series' rate") && added.output.contains("paid on 13 January 2027"), "\(added.output)")
        let both = try cli.run(["recognition", "rate", "--programme", "Community of Practice", "--per-hour", "25", "--per-session", "40", "--db", "t.sqlite"])
        #expect(both.status == 2 && both.errors.contains("not both"))
    }

    @Test func theSpreadsheetReadsBackWithItsCommasKept() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try setUp(cli)
        let result = try cli.run(["recognition", "statement", "--tax-year", "2026", "--csv", "-o", "finance", "--db", "t.sqlite"])
        #expect(result.status == 0, "\(result.errors)")
        let text = String(decoding: try cli.data("finance/recognition-2026-to-2027.csv"), as: UTF8.self)
        let rows = try CSVRows.parse(text, file: "finance.csv").map(\.cells)
        #expect(rows.count == 3)
        #expect(rows[1].prefix(5) == ["2026-10-14", "Rosa Lind", "payment", "123.45", ""])
        #expect(rows[2].prefix(5) == ["2026-10-14", "Rosa Lind", "expenses", "3.20", "bus fare, return"])
        #expect(rows[2][6] == "Language, and words")
    }
}
