@testable import PlainLanguage
import Testing

/// A glossary entry matches every form of its word, whichever form the entry is written in.
@Suite struct WordFormsTests {
    func forms(_ phrase: String, _ kind: GlossaryEntry.Kind = .jargon) -> Set<String> {
        Set(WordForms.forms(of: phrase, kind: kind))
    }

    func entry(_ term: String, _ kind: GlossaryEntry.Kind = .jargon) -> Glossary {
        Glossary(entries: [GlossaryEntry(id: "entry", term: term, kind: kind, meaning: "A test word.",
                                         alternatives: ["plain words"], domain: "test")])
    }

    @Test func anIngEntryMatchesTheBaseAndItsOtherForms() {
        let found = terms("Commissioning: we commissioned it; they commission one; two commissions.", glossary: entry("commissioning"))
        #expect(found == ["entry:Commissioning", "entry:commissioned", "entry:commission", "entry:commissions"])
    }

    @Test func anEdEntryMatchesTheBaseAndItsOtherForms() {
        #expect(forms("ring-fenced") == ["ring-fenced", "ring-fence", "ring-fences", "ring-fencing"])
        #expect(forms("commissioned") == ["commissioned", "commission", "commissions", "commissioning"])
        #expect(forms("prescribed") == ["prescribed", "prescribe", "prescribes", "prescribing"])
        #expect(forms("supplied") == ["supplied", "supply", "supplies", "supplying"])
    }

    @Test func aPluralEntryMatchesTheSingular() {
        #expect(terms("One outcome, two outcomes.", glossary: entry("outcomes")) == ["entry:outcome", "entry:outcomes"])
        #expect(forms("needs") == ["needs", "need"])
        #expect(forms("services") == ["services", "service"])
        #expect(forms("stakeholders") == ["stakeholders", "stakeholder"])
        #expect(forms("processes") == ["processes", "process"])
        #expect(forms("health inequalities") == ["health inequalities", "health inequality"])
        #expect(forms("complex needs", .label) == ["complex needs", "complex need"])
    }

    @Test func theBaseIsSpeltAsTheVerbIs() {
        #expect(forms("signposting") == ["signposting", "signpost", "signposts", "signposted"])
        #expect(forms("safeguarding") == ["safeguarding", "safeguard", "safeguards", "safeguarded"])
        #expect(forms("housing") == ["housing", "house", "houses", "housed"])
        #expect(forms("horizon scanning") == ["horizon scanning", "horizon scan", "horizon scans", "horizon scanned"])
        #expect(forms("facilitating") == ["facilitating", "facilitate", "facilitates", "facilitated"])
        #expect(forms("controlled") == ["controlled", "control", "controls", "controlling"])
        #expect(forms("visiting") == ["visiting", "visit", "visits", "visited"])
    }

    @Test func irregularVerbsGetTheirOwnPast() {
        #expect(forms("meeting") == ["meeting", "meet", "meets", "meetings", "met"])
        #expect(forms("gatekeeping") == ["gatekeeping", "gatekeep", "gatekeeps", "gatekept"])
    }

    @Test func wordsThatOnlyLookLikeFormsAreLeftAlone() {
        #expect(forms("analysis") == ["analysis", "analyses"])
        #expect(forms("arrears") == ["arrears"])
        #expect(forms("approved premises") == ["approved premises"])
        #expect(forms("beds", .label) == ["beds"])
        #expect(forms("sectioned") == ["sectioned"])
        #expect(forms("evidence-based") == ["evidence-based"])
        #expect(forms("user-led") == ["user-led"])
        #expect(forms("speed") == ["speed", "speeds"])
        #expect(forms("the disabled", .label) == ["the disabled"])
        #expect(forms("attention seeking", .label) == ["attention seeking"])
    }

    @Test func noFormIsJunk() {
        let tricky = ["housing", "meeting", "needs", "services", "stakeholders", "signposting", "safeguarding", "processes", "analysis"]
        for word in tricky {
            for form in WordForms.forms(of: word, kind: .jargon) {
                #expect(!form.hasSuffix("inged") && !form.hasSuffix("inging") && !form.hasSuffix("eded") && !form.hasSuffix("ss") || form == "process",
                        "\(word) gave \(form)")
                #expect(!["hous", "meeted", "needses", "servicess", "analysises", "signpostings", "safeguardings", "housings"].contains(form),
                        "\(word) gave \(form)")
            }
        }
    }

    @Test func acronymsWrittenAsPluralsMatchTheSingular() {
        #expect(forms("ACEs", .acronym) == ["ACEs", "ACE"])
        #expect(forms("ICB", .acronym) == ["ICB", "ICBs"])
        #expect(forms("OASys", .acronym) == ["OASys"])
    }
}
