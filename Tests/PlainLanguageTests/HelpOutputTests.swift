@testable import PlainLanguage
import Documents
import Testing

/// The help of a command reads as prose: its headings and environment variable names are not
/// acronyms, its option names are not jargon, and each line of its lists is a sentence of its own.
@Suite struct HelpOutputTests {
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

    @Test func optionNamesAreNotJargon() {
        #expect(findings("USAGE: roundtable agenda build [--facilitator]\n  --care  Show the care package.") == ["jargon:care package:2:20"])
        #expect(findings("Ask a stakeholder--or two.") == ["jargon:stakeholder:1:7"])
    }

    @Test func theValuesAHelpListsAreNotJargon() {
        #expect(findings("  --role <role>  Their role. (values: expert by experience,\n  care package, guest)") == [])
        #expect(findings("The care package (values: care package) and the care package.") == ["jargon:care package:1:5", "jargon:care package:1:49"])
    }

    @Test func eachLineOfAHelpListIsASentence() {
        let list = "SUBCOMMANDS:\n" + ["add", "list", "show", "note", "copy", "drop"].map { "  \($0)  Do one small thing with the notes you wrote today." }.joined(separator: "\n")
        #expect(findings(list) == [])
        let analyzer = ReadabilityAnalyzer(longSentenceWords: 25)
        let (measured, _) = analyzer.analyze(ProseView(PlainTextReader.read(list), file: "help.txt"))
        #expect(measured.sentences == 6)
    }
}

extension HelpOutputTests {
    @Test func anAcronymIsExplainedAcrossALineBreak() {
        #expect(findings("Look up a word, such as ICB\n(Integrated Care Board).") == [])
        #expect(findings("The Integrated Care Board\n(ICB) met.") == [])
    }
}
