@testable import PlainLanguage
import Testing

/// Capitals that are not acronyms: the headings of a command's help and environment variable names.
@Suite struct NotAcronymsTests {
    @Test func helpHeadingsAreNotAcronyms() {
        let help = "OVERVIEW: Check wording.\n\nUSAGE: roundtable check <file>\n\nARGUMENTS:\n  <file>  The files.\n\nOPTIONS:\n  -h, --help  Show help.\n\nSUBCOMMANDS:\n  export  Turn notes into documents."
        #expect(findings(help) == [])
    }

    @Test func capitalsBeforeAColonInsideALineAreStillAcronyms() {
        #expect(findings("Ask the XYZ: they know.") == ["acronym-unknown:XYZ:1:9"])
        #expect(findings("USAGE was low.") == ["acronym-unknown:USAGE:1:1"])
    }

    @Test func environmentVariableNamesAreNotAcronyms() {
        #expect(findings("Set ROUNDTABLE_DB or NO_COLOR, or XDG_DATA_HOME.") == [])
    }

    @Test func capitalsNextToAnEnvironmentVariableAreStillChecked() {
        #expect(findings("Set NO_COLOR for the XYZ team.") == ["acronym-unknown:XYZ:1:22"])
    }
}
