import Documents
import Foundation
import Testing
import TestSupport

/// Access needs and recognition records are never published. With both on record, every document
/// Roundtable sends out or publishes (the agenda, its calendar invite, the resource pack, the
/// speaking-balance report and the series report) is searched in every part of every format, and
/// none of it is there; the documents that are meant to hold them (the facilitators' agenda and the
/// person's own statement) do, so the search could find them.
@Suite(.serialized, .tags(.slow)) struct PrivateRecordsTests {
    /// Words only the private records hold, in small letters: finding one means a record leaked.
    static let giveaways = ["zephyr quiet room", "xylo two weeks", "access needs to plan for", "123.45", "12345", "67.89", "6789",
                            "zephyrvoucher", "quixbus", "involvement", "voucher", "expenses", "benefits adviser"]

    @Test func noAccessNeedOrRecognitionRecordReachesAnyPublishedDocument() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("agenda.yaml", AccessNeedsCommandTests.agenda)
        try cli.write("notes.md", "# Notes\n\nRosa Lind and Ben Carr spoke about letters.\n")
        let steps: [[String]] = [
            ["session", "add", "Language", "--date", "2026-10-14"],
            ["people", "add", "Rosa Lind", "--role", "expert by experience", "--consent", "yes"],
            ["people", "add", "Ben Carr", "--role", "professional", "--consent", "yes"],
            ["register", "1", "Rosa Lind", "Ben Carr"],
            ["attend", "1", "Rosa Lind", "Ben Carr"],
            ["people", "needs", "Rosa Lind", "papers-early=xylo two weeks", "bsl", "--agreed"],
            ["people", "needs", "Ben Carr", "other=zephyr quiet room", "captions", "--agreed"],
            ["recognition", "add", "Rosa Lind", "1", "--role", "presented", "--preparation", "45m", "--payment", "£123.45",
             "--expenses", "67.89", "--expenses-for", "Quixbus fare"],
            ["recognition", "add", "Ben Carr", "1", "--role", "co-facilitated", "--voucher", "123.45", "--voucher-kind", "Zephyrvoucher"],
            ["turns", "start", "1", "Rosa Lind"],
            ["turns", "stop", "1"],
        ]
        for step in steps {
            let result = try cli.run(step + ["--db", "t.sqlite", "--create"])
            #expect(result.status == 0, "\(step): \(result.errors)")
        }

        // The documents meant to hold them do, so a search that finds nothing below means something.
        let own = [["agenda", "build", "agenda.yaml", "--facilitator", "--access-needs", "--to", "docx,md", "-o", "private"],
                   ["recognition", "statement", "Rosa Lind", "--tax-year", "2026", "--to", "docx,html", "-o", "private"]]
        for run in own {
            let result = try cli.run(run + ["--db", "t.sqlite"])
            #expect(result.status == 0, "\(run): \(result.errors)")
        }
        let privateText = try cli.texts(in: "private").values.joined().lowercased()
        for giveaway in ["zephyr quiet room", "xylo two weeks", "access needs to plan for", "123.45", "quixbus", "benefits adviser"] {
            #expect(privateText.contains(giveaway), "the private documents hold '\(giveaway)'; without it this test proves nothing")
        }

        let published: [[String]] = [
            ["agenda", "build", "agenda.yaml", "--access-needs", "--to", "html,docx,fodt,md,txt,ics", "-o", "agenda"],
            ["publish", "1", "--notes", "notes.md", "--agenda", "agenda.yaml", "--to", "html,docx,fodt,md,txt", "-o", "pack"],
            ["turns", "report", "1", "--to", "html,docx,fodt,md,txt", "-o", "report"],
            ["series", "report", "--to", "html,docx,fodt", "-o", "series"],
        ]
        var searched = 0
        for run in published {
            let result = try cli.run(run + ["--db", "t.sqlite"])
            #expect(result.status == 0, "\(run): \(result.errors)")
            let folder = run[run.firstIndex(of: "-o")! + 1]
            for (file, text) in try cli.texts(in: folder) {
                searched += 1
                let lower = text.lowercased()
                for giveaway in Self.giveaways {
                    #expect(!lower.contains(giveaway), "'\(giveaway)' is in \(folder)/\(file)")
                }
            }
        }
        #expect(searched >= 30, "every part of every file was searched: \(searched)")
        let pack = String(decoding: try cli.data("pack/notes-pack.txt"), as: UTF8.self)
        #expect(pack.contains("spoke about letters"), "the pack was made from the same store")
    }
}
