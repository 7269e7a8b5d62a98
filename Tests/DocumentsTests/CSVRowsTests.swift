import Documents
import Testing

/// The shared CSV reader: spreadsheets saved as "CSV UTF-8", and a hint for semicolons.
@Suite struct CSVRowsTests {
    @Test func csvWithAByteOrderMarkReadsItsFirstCell() throws {
        let rows = try CSVRows.parse("\u{FEFF}name,role\r\nSam,expert by experience\r\n", file: "people.csv")
        #expect(rows.map(\.cells) == [["name", "role"], ["Sam", "expert by experience"]])
    }

    @Test func csvSeparatedBySemicolonsGetsAHint() throws {
        #expect {
            try CSVRows.parse("name;role\nSam;facilitator\n", file: "people.csv")
        } throws: { error in
            (error as? ReadError)?.errorDescription?.hasPrefix(
                "people.csv line 1, column 1: This file seems to use semicolons between cells; save it as 'CSV UTF-8 (comma delimited)'.") == true
        }
        #expect(try CSVRows.parse("name\nSam; Jo\n", file: "people.csv").count == 2)
    }
}
