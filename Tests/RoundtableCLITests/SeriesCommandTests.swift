import Foundation
import Testing
import TestSupport

/// `roundtable series report` run as a facilitator would, on a real database.
@Suite(.tags(.slow)) struct SeriesCommandTests {
    func run(_ cli: CLIRunner, _ arguments: String...) throws -> CLIRunner.Result {
        try cli.run(arguments + ["--db", "rt.sqlite"])
    }

    @Test func writesTheReportOfTheOnlyProgrammeWithNoName() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let steps: [[String]] = [
            ["programme", "new", "programme-2027.yaml"],
            ["programme", "build", "programme-2027.yaml", "-o", "programme", "--db", "rt.sqlite", "--create"],
            ["people", "add", "Wilhelmina Strathbogie", "--role", "expert by experience", "--consent", "yes", "--db", "rt.sqlite"],
            ["people", "add", "Ptolemy Ashdown-Brae", "--role", "professional", "--db", "rt.sqlite"],
            ["attend", "1", "Wilhelmina Strathbogie", "Ptolemy Ashdown-Brae", "--db", "rt.sqlite"],
            ["attend", "2", "Wilhelmina Strathbogie", "--db", "rt.sqlite"],
        ]
        for step in steps {
            let result = try cli.run(step)
            #expect(result.status == 0, "\(step): \(result.errors)")
        }
        let result = try run(cli, "series", "report", "-o", "report")
        #expect(result.status == 0, "\(result.errors)")
        let names = ["html", "docx", "fodt"].map { "series-report-community-of-practice.\($0)" }
        #expect(cli.files(in: "report") == names.sorted())
        #expect(result.output.contains("Wrote report/series-report-community-of-practice.html"))
        #expect(result.output.contains("The report covers 4 sessions, 2 with no attendance recorded yet. It gives counts only and names nobody."))
        for name in names {
            let text = try ZIPParts.visibleBytes(try cli.data("report/" + name))
            #expect(!text.contains("Wilhelmina") && !text.contains("Strathbogie") && !text.contains("Ptolemy"), "\(name)")
        }
        let html = String(decoding: try cli.data("report/" + names[0]), as: UTF8.self)
        #expect(html.contains("<svg") && html.contains("No attendance recorded yet"))

        let again = try run(cli, "series", "report", "--programme", "community of practice", "-o", "again", "--to", "html")
        #expect(again.status == 0, "\(again.errors)")
        #expect(try cli.data("again/series-report-community-of-practice.html") == (try cli.data("report/" + names[0])), "same bytes every time")
    }

    @Test func anUnknownProgrammeIsRefusedWithTheNearestName() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["programme", "new", "programme-2027.yaml"]).status == 0)
        #expect(try run(cli, "programme", "build", "programme-2027.yaml", "--create").status == 0)
        let result = try run(cli, "series", "report", "--programme", "Comunity of Practise")
        #expect(result.status == 2)
        #expect(result.errors.contains("There is no programme called 'Comunity of Practise'. Did you mean 'Community of Practice'?"), "\(result.errors)")
        #expect(result.errors.contains("roundtable series report --programme \"Community of Practice\""))
        #expect(!result.errors.contains("Error:") && !result.errors.contains("Fatal"))
        #expect(!cli.files().contains { $0.hasPrefix("Exports/series-report") }, "nothing written")
    }

    @Test func anEmptyDatabaseIsRefusedWithWhatToDo() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let result = try run(cli, "series", "report", "--create")
        #expect(result.status == 2)
        #expect(result.errors.contains("There are no sessions in this database yet"), "\(result.errors)")
        #expect(result.errors.contains("roundtable session add"))
        #expect(!cli.files().contains("Exports"))
    }
}
