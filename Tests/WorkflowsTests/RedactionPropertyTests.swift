import Documents
import Foundation
import PlainLanguage
import PropertyBased
@testable import Workflows
import SpeakingTurns
import Testing
import TestSupport

/// For generated names placed in generated notes, in every position and form the issue found
/// leaking, no form of a hidden name survives in any part of any format, and the names of
/// people who agreed to be named stay.
@Suite(.tags(.slow)) struct RedactionPropertyTests {
    /// Given names with accents, letters that do not decompose and other scripts' spellings;
    /// none is an everyday English word (those are tested on their own).
    static let givenNames = ["Amira", "Zoë", "Siobhan", "José", "Łukasz", "Anaïs", "Chidi", "Bjørn", "Renée", "Søren", "Maëlle", "Nkechi"]
    /// Surnames with apostrophes, hyphens, particles and accents.
    static let surnames = ["Khan", "O'Neill", "Baptiste-Clarke", "van der Berg", "Nowak", "Ó Súilleabháin", "D'Souza", "García",
                           "Müller", "Ødegaard", "de la Cruz", "MacDonald"]

    /// The ways the issue found a name written.
    static let formCount = 20
    /// The places in a document where a name was found.
    static let placeCount = 12

    static func form(_ index: Int, first: String, surname: String) -> String {
        let full = "\(first) \(surname)"
        let plain = full.folding(options: [.diacriticInsensitive], locale: nil).replacingOccurrences(of: "ø", with: "o")
            .replacingOccurrences(of: "Ø", with: "O").replacingOccurrences(of: "Ł", with: "L").replacingOccurrences(of: "ł", with: "l")
        let slug = plain.lowercased().replacingOccurrences(of: "'", with: "").replacingOccurrences(of: " ", with: "-")
        switch index {
        case 0: return full
        case 1: return full.uppercased()
        case 2: return full.lowercased()
        case 3: return full.decomposedStringWithCanonicalMapping
        case 4: return plain
        case 5: return full.replacingOccurrences(of: "'", with: "\u{2019}")
        case 6: return "\(first)\n\(surname)"
        case 7: return "\(first.prefix(2))**\(first.dropFirst(2))** \(surname)"
        case 8: return first + surname.replacingOccurrences(of: " ", with: "")
        case 9: return full.lowercased().replacingOccurrences(of: " ", with: "_")
        case 10: return slug.replacingOccurrences(of: "-", with: ".") + "@example.org"
        case 11: return "<https://example.org/people/\(slug)>"
        case 12: return "[profile](https://example.org/\(full.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))"
        case 13: return "\(surname), \(first)"
        case 14: return "\(first.prefix(1)). \(surname)"
        case 15: return first
        case 16: return surname
        case 17: return first.uppercased()
        case 18: return "www.example.org/\(slug)"
        default: return first.lowercased()
        }
    }

    /// Notes with `name` in one kind of place.
    static func notes(_ place: Int, name: String, named: String) -> String {
        let quoted = "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
        let body: String
        switch place {
        case 0: body = "We met \(name) today."
        case 1: body = "| Who | What |\n| --- | --- |\n| \(name.replacingOccurrences(of: "\n", with: " ")) | spoke |"
        case 2: body = "## About \(name.replacingOccurrences(of: "\n", with: " "))\n\nText."
        case 3: body = "See [\(name)](https://example.org/page)."
        case 4: body = "Text.[^1]\n\n[^1]: \(name) said so."
        case 5: body = "Code: `\(name.replacingOccurrences(of: "\n", with: " "))`."
        case 6: body = "```\nowner: \(name)\n```"
        case 7: body = "> \(name.replacingOccurrences(of: "\n", with: "\n> ")) said this."
        case 8: body = "- \(name.replacingOccurrences(of: "\n", with: "\n  "))\n- someone else"
        case 9: return "---\nsummary: \(quoted)\nauthors: [\(quoted)]\nkeywords: [\(quoted)]\n---\n\nChaired by \(named) and Grace Obi.\n"
        case 10: body = "[page](https://example.org \(quoted))"
        default: body = "![\(name.replacingOccurrences(of: "\n", with: " "))](picture.png)"
        }
        return "# Notes\n\nChaired by \(named) and Grace Obi.\n\n\(body)\n"
    }

    /// Every format a pack is written in, as text: every part of the Word file.
    static func outputs(_ document: Document) throws -> [String: String] {
        var result: [String: String] = [:]
        result["html"] = String(decoding: try HTMLWriter().write(document), as: UTF8.self)
        result["fodt"] = String(decoding: FODTWriter().write(document), as: UTF8.self)
        result["md"] = String(decoding: try MarkdownWriter().write(document), as: UTF8.self)
        result["txt"] = String(decoding: try PlainTextWriter().write(document, options: WriterOptions(lineWidth: 1000)), as: UTF8.self)
        for (path, data) in try ZIPParts.unzip(try DOCXWriter().write(document)) {
            result["docx:" + path] = String(decoding: data, as: UTF8.self)
        }
        return result
    }

    /// The parts of a name that would give it away: three letters or more, folded.
    static func giveaways(_ name: String) -> [String] {
        FoldedText.folded(name).split(whereSeparator: { !$0.isLetter }).map(String.init)
            .filter { $0.count >= 3 && !NamePattern.particles.contains($0) }
    }

    static func pack(notes: String, people: [Participant]) throws -> Document {
        let session = SessionDetails(id: 7, title: "Language", theme: "Language", date: CalendarDate(year: 2026, month: 10, day: 14))
        let input = PackInput(session: session, notes: try MarkdownReader().read(notes),
                              registered: people, present: people)
        return ResourcePack(glossary: Self.glossary).build(input).document
    }

    static let glossary: Glossary = (try? GlossaryLoader.curated()) ?? Glossary(entries: [])

    @Test func noFormOfAHiddenNameSurvivesInAnyFormatAndNamedPeopleStay() async throws {
        await propertyCheck(count: 150, input: Gen.int(in: 0...(Self.givenNames.count - 1)), Gen.int(in: 0...(Self.surnames.count - 1)),
                            Gen.int(in: 0...(Self.formCount - 1)), Gen.int(in: 0...(Self.placeCount - 1))) { given, family, form, place in
            let first = Self.givenNames[given]
            let surname = Self.surnames[family]
            let hidden = "\(first) \(surname)"
            // Someone who agreed to be named and shares the hidden person's surname.
            let named = "Priya \(surname)"
            let people = [
                Participant(id: 1, displayName: hidden, role: .expertByExperience),
                Participant(id: 2, displayName: named, role: .professional, consentsToBeNamed: true),
                Participant(id: 3, displayName: "Grace Obi", role: .expertByExperience, consentsToBeNamed: true),
            ]
            let written = Self.form(form, first: first, surname: surname)
            let notes = Self.notes(place, name: written, named: named)
            do {
                let outputs = try Self.outputs(try Self.pack(notes: notes, people: people))
                for (format, text) in outputs {
                    let seen = FoldedText.folded(WebAddress.decoded(text)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                        .replacingOccurrences(of: FoldedText.folded(named), with: " ")
                    for part in Self.giveaways(hidden) {
                        #expect(!seen.contains(part), "'\(part)' of \(hidden) is in \(format), written as \(written.debugDescription) in place \(place)")
                    }
                }
                let text = (outputs["txt"] ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
                #expect(text.contains(named), "\(named) lost from the text, with \(written.debugDescription) in place \(place)")
                #expect(text.contains("Grace Obi"))
            } catch {
                Issue.record("the pack could not be made for \(written.debugDescription) in place \(place): \(error)")
            }
        }
    }

    @Test func namedPeopleStayWhateverIsHidden() async {
        await propertyCheck(count: 60, input: Gen.int(in: 0...(Self.givenNames.count - 1)), Gen.int(in: 0...(Self.surnames.count - 1))) { given, family in
            let surname = Self.surnames[family]
            let redactor = NameRedactor(people: [
                Participant(id: 1, displayName: "\(Self.givenNames[given]) \(surname)", role: .guest),
                Participant(id: 2, displayName: "Sam \(surname)", role: .facilitator, consentsToBeNamed: true),
            ])
            let (text, _) = redactor.redact("Sam \(surname) chaired, and SAM \(surname.uppercased()) closed.")
            #expect(text == "Sam \(surname) chaired, and SAM \(surname.uppercased()) closed.")
        }
    }
}
