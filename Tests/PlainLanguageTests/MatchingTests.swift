import Documents
@testable import PlainLanguage
import Testing

/// A small glossary written for these tests, so each rule is pinned without depending on the curated wording.
let testGlossary = Glossary(
    entries: [
        GlossaryEntry(id: "icb", term: "ICB", kind: .acronym, expansions: ["Integrated Care Board"],
                      meaning: "The NHS body for an area.", alternatives: ["the local NHS"], domain: "health"),
        GlossaryEntry(id: "cop", term: "CoP", kind: .acronym, expansions: ["community of practice", "Court of Protection"],
                      meaning: "A group, or a court.", alternatives: ["our group"], domain: "co-production"),
        GlossaryEntry(id: "it", term: "IT", kind: .acronym, expansions: ["information technology"],
                      meaning: "Computers.", alternatives: ["computers"], domain: "money"),
        GlossaryEntry(id: "us", term: "US", kind: .acronym, expansions: ["United States"],
                      meaning: "A country.", alternatives: ["America"], domain: "money"),
        GlossaryEntry(id: "care-package", term: "care package", kind: .jargon,
                      meaning: "The help a council arranges.", alternatives: ["the help you get"], domain: "social-care"),
        GlossaryEntry(id: "care", term: "care", kind: .jargon,
                      meaning: "Help.", alternatives: ["help"], domain: "social-care"),
        GlossaryEntry(id: "stakeholder", term: "stakeholder", kind: .jargon,
                      meaning: "People with an interest.", alternatives: ["people involved"], domain: "money"),
        GlossaryEntry(id: "signpost", term: "signpost", kind: .jargon,
                      meaning: "Tell someone where to go.", alternatives: ["point someone to"], domain: "social-care"),
        GlossaryEntry(id: "co-production", term: "co-production", kind: .jargon, variants: ["co production"],
                      meaning: "Working together as equals.", alternatives: ["working together"], domain: "co-production"),
        GlossaryEntry(id: "service-user", term: "service user", kind: .label,
                      meaning: "Someone who uses a service.", alternatives: ["person", "member"],
                      why: "It reduces a person to their use of a service.", domain: "labels"),
        GlossaryEntry(id: "hard-to-reach", term: "hard to reach", kind: .label,
                      meaning: "People services do not reach.", alternatives: ["people services do not reach"],
                      why: "It blames people for what services fail to do.", domain: "labels"),
        GlossaryEntry(id: "clean", term: "clean", kind: .label,
                      meaning: "Not using drugs.", alternatives: ["not using drugs"], why: "It implies people who use drugs are dirty.",
                      domain: "labels"),
    ],
    everydayAcronyms: ["NHS", "UK", "GP"])

func terms(_ text: String, glossary: Glossary = testGlossary) -> [String] {
    let matcher = TermMatcher(glossary: glossary)
    return matcher.matches(in: text).map { matcher.entries[$0.entry].id + ":" + $0.text }
}

@Suite struct MatchingTests {
    @Test func wholeWordsOnly() {
        #expect(terms("Scare tactics and careful planning; ICBT is not the ICBs") == ["icb:ICBs"])
    }

    @Test func acronymsNeedTheirCapitals() {
        #expect(terms("We cop out. The CoP met. The COP met.") == ["cop:CoP", "cop:COP"])
        #expect(terms("Let us meet; Us too. It works, and IT works. The US team.") == ["it:IT", "us:US"])
    }

    @Test func phrasesAreCaseInsensitiveAndCrossLineBreaks() {
        #expect(terms("Every Service\nUser and every SERVICE USER") == ["service-user:Service\nUser", "service-user:SERVICE USER"])
    }

    @Test func longestMatchWins() {
        #expect(terms("The care package and the care.") == ["care-package:care package", "care:care"])
    }

    @Test func wordFormsAreGenerated() {
        #expect(terms("stakeholders, signposted and signposting, care packages") ==
                ["stakeholder:stakeholders", "signpost:signposted", "signpost:signposting", "care-package:care packages"])
    }

    @Test func labelsTakePluralsButNotVerbForms() {
        #expect(terms("The cleaning team; clean; service users") == ["clean:clean", "service-user:service users"])
    }

    @Test func hyphenSpaceAndNoSpaceSpellingsMatch() {
        #expect(terms("co-production, co production, coproduction, co‑production and co–production").count == 5)
        #expect(terms("hard-to-reach groups").first == "hard-to-reach:hard-to-reach")
    }

    @Test func curlyAndStraightApostrophesMatchAlike() {
        let glossary = Glossary(entries: [GlossaryEntry(id: "carers-assessment", term: "carer's assessment", kind: .jargon,
                                                        meaning: "A check.", alternatives: ["a talk about what help you need"], domain: "x")])
        #expect(terms("a carer’s assessment and a carer's assessment", glossary: glossary).count == 2)
    }

    @Test func addressesAreSkipped() {
        #expect(terms("See https://example.org/care-package or care@example.org or www.care.org today") == [])
    }

    @Test func allowedTermsAreNotMatched() {
        var glossary = testGlossary
        glossary.apply(LocalGlossary(allow: ["care package"]))
        #expect(terms("The care package", glossary: glossary) == ["care:care"])
    }
}
