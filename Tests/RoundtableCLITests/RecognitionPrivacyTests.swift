import Documents
import Foundation
import Testing
import TestSupport

/// Recognition records are never published: with payments, vouchers and expenses on record, no
/// amount or description of them reaches any part of any format of the pack or the report.
@Suite(.serialized, .tags(.slow)) struct RecognitionPrivacyTests {
    /// Forms of the records that must not appear, in small letters.
    static let giveaways = ["123.45", "12345", "67.89", "6789", "zephyrvoucher", "quixbus", "involvement", "voucher", "expenses", "benefits adviser"]

    @Test func noRecordReachesThePackOrTheReportInAnyFormat() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        try cli.write("notes.md", "# Notes\n\nWe talked about letters.\n")
        for step: [String] in [
            ["session", "add", "Language", "--date", "2026-10-14"],
            ["people", "add", "Rosa Lind", "--role", "expert by experience", "--consent", "yes"],
            ["people", "add", "Sam Jones", "--role", "expert by experience", "--consent", "no"],
            ["attend", "1", "Rosa Lind", "Sam Jones"],
            ["recognition", "add", "Rosa Lind", "1", "--role", "presented", "--preparation", "45m", "--payment", "£123.45",
             "--expenses", "67.89", "--expenses-for", "Quixbus fare"],
            ["recognition", "add", "Sam Jones", "1", "--role", "co-facilitated", "--voucher", "123.45", "--voucher-kind", "Zephyrvoucher"],
            ["turns", "start", "1", "Rosa Lind"],
            ["turns", "stop", "1"],
        ] {
            let result = try cli.run(step + ["--db", "t.sqlite", "--create"])
            #expect(result.status == 0, "\(step): \(result.errors)")
        }
        let publish = try cli.run(["publish", "1", "--notes", "notes.md", "--to", "html,docx,fodt,md,txt", "--db", "t.sqlite", "-o", "pack"])
        #expect(publish.status == 0, "\(publish.errors)")
        let report = try cli.run(["turns", "report", "1", "--to", "html,docx,fodt,md,txt", "--db", "t.sqlite", "-o", "report"])
        #expect(report.status == 0, "\(report.errors)")
        var searched = 0
        for folder in ["pack", "report"] {
            for name in cli.files(in: folder) {
                let text = try ZIPParts.visibleBytes(try cli.data("\(folder)/\(name)")).lowercased()
                searched += 1
                for giveaway in Self.giveaways {
                    #expect(!text.contains(giveaway), "'\(giveaway)' is in \(folder)/\(name)")
                }
            }
        }
        #expect(searched >= 10)
        let pack = String(decoding: try cli.data("pack/notes-pack.txt"), as: UTF8.self)
        #expect(pack.contains("We talked about letters."), "the pack was made from the same store")
    }
}
