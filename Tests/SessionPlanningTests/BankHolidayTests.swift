import Documents
import SessionPlanning
import Testing

/// The bank holidays worked out from the rules match the dates GOV.UK publishes for England and
/// Wales (https://www.gov.uk/bank-holidays), written out here by hand, year by year.
@Suite struct BankHolidayTests {
    static let published: [Int: [String]] = [
        2025: ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"],
        2026: ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"],
        2027: ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"],
        2028: ["2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26"],
        2029: ["2029-01-01", "2029-03-30", "2029-04-02", "2029-05-07", "2029-05-28", "2029-08-27", "2029-12-25", "2029-12-26"],
        2030: ["2030-01-01", "2030-04-19", "2030-04-22", "2030-05-06", "2030-05-27", "2030-08-26", "2030-12-25", "2030-12-26"],
    ]

    @Test(arguments: 2025...2030) func theRulesGiveThePublishedDates(year: Int) throws {
        let expected = try #require(Self.published[year])
        #expect(BankHolidays.englandAndWales(year).map(\.date.iso) == expected)
    }

    @Test func substituteDaysAreNamedAsGOVUKNamesThem() throws {
        let names = BankHolidays.englandAndWales(2027).map(\.name)
        #expect(names.last == "Boxing Day (substitute day)" && names[names.count - 2] == "Christmas Day (substitute day)")
        #expect(BankHolidays.englandAndWales(2028).first?.name == "New Year’s Day (substitute day)")
        #expect(BankHolidays.englandAndWales(2026).last?.name == "Boxing Day (substitute day)")
        // Christmas Day on a Sunday (2033): Boxing Day on the Monday, Christmas Day moved to the Tuesday.
        #expect(BankHolidays.englandAndWales(2033).suffix(2).map(\.date.iso) == ["2033-12-26", "2033-12-27"])
        let easter = try #require(CalendarDate(iso: "2027-03-29"))
        #expect(BankHolidays.holiday(on: easter)?.name == "Easter Monday")
        #expect(BankHolidays.holiday(on: try #require(CalendarDate(iso: "2027-03-30"))) == nil)
    }
}
