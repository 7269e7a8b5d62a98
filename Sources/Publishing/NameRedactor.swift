import Documents
import Foundation
import SpeakingTurns

/// Replaces the names of people who have not agreed to be named with their role ("an expert by
/// experience"), everywhere in a document: its text, its code, its properties, and link
/// addresses (a link whose address holds a name is published as its text alone).
public struct NameRedactor: Sendable {
    /// One name that was (or would be) replaced, and how often.
    public struct Replacement: Sendable, Equatable {
        public var name: String
        public var replacement: String
        public var count: Int
    }

    private struct Rule: Sendable {
        let pattern: NSRegularExpression
        let phrase: String
        let person: String
        /// "Sam Jones (expert by experience)" would become "an expert by experience (expert by experience)": the role goes.
        let roleNote: String
    }

    private let rules: [Rule]
    private let addressParts: [String]

    /// Prepares to redact everyone in `people` whose consent to be named is not recorded. Their
    /// full names are matched in any case; their first and last names alone when written with a
    /// capital letter, as names are.
    public init(people: [Participant]) {
        var rules: [Rule] = []
        var parts: [String] = []
        let hidden = people.filter { !$0.consentsToBeNamed }
        for person in hidden {
            let phrase = Self.phrase(for: person.role)
            let words = person.displayName.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            let full = words.map(NSRegularExpression.escapedPattern).joined(separator: "\\s+")
            if let pattern = try? NSRegularExpression(pattern: "(?<![\\p{L}\\p{N}])" + full + "(?![\\p{L}\\p{N}])", options: [.caseInsensitive]) {
                rules.append(Rule(pattern: pattern, phrase: phrase, person: person.displayName, roleNote: " (\(person.role.name))"))
            }
            for word in words where word.count >= 2 && word.first?.isLetter == true {
                parts.append(word.lowercased())
                let capitalised = word.prefix(1).uppercased() + word.dropFirst()
                if let pattern = try? NSRegularExpression(pattern: "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: capitalised) + "(?![\\p{L}\\p{N}])") {
                    rules.append(Rule(pattern: pattern, phrase: phrase, person: person.displayName, roleNote: " (\(person.role.name))"))
                }
            }
        }
        // Full names before single names, so "Dev Patel" becomes one phrase, not two.
        self.rules = rules.enumerated().sorted { lhs, rhs in
            let left = lhs.element.pattern.pattern.count
            let right = rhs.element.pattern.pattern.count
            return left != right ? left > right : lhs.offset < rhs.offset
        }.map(\.element)
        self.addressParts = parts
    }

    /// "an expert by experience", "a professional" …
    public static func phrase(for role: Role) -> String {
        let name = role.name
        return ("aeiou".contains(name.prefix(1).lowercased()) ? "an " : "a ") + name
    }

    /// `document` with every hidden name replaced, and what was replaced.
    public func redact(_ document: Document) -> (document: Document, replacements: [Replacement]) {
        var counts: [String: (replacement: String, count: Int)] = [:]
        var order: [String] = []
        let result = document.mappingText { text, kind in
            switch kind {
            case .address:
                let lower = text.lowercased()
                return addressParts.contains(where: { lower.contains($0) }) ? "" : text
            case .prose, .code, .property:
                let (redacted, found) = redact(text)
                for (person, phrase, count) in found {
                    if counts[person] == nil { order.append(person) }
                    counts[person, default: (phrase, 0)].count += count
                }
                return redacted
            }
        }
        return (result, order.compactMap { name in counts[name].map { Replacement(name: name, replacement: $0.replacement, count: $0.count) } })
    }

    /// `text` with hidden names replaced; for each person, the phrase used and how many times.
    public func redact(_ text: String) -> (String, [(person: String, phrase: String, count: Int)]) {
        guard !rules.isEmpty else { return (text, []) }
        var current = text
        var found: [(String, String, Int)] = []
        for rule in rules {
            let whole = NSRange(current.startIndex..., in: current)
            let matches = rule.pattern.matches(in: current, range: whole)
            guard !matches.isEmpty else { continue }
            var result = ""
            var last = current.startIndex
            for match in matches {
                guard let range = Range(match.range, in: current) else { continue }
                result += current[last..<range.lowerBound]
                result += Self.startsSentence(before: range.lowerBound, in: current) ? Self.capitalised(rule.phrase) : rule.phrase
                last = range.upperBound
            }
            result += current[last...]
            current = result.replacingOccurrences(of: rule.phrase + rule.roleNote, with: rule.phrase)
            found.append((rule.person, rule.phrase, matches.count))
        }
        return (current, found)
    }

    private static func startsSentence(before index: String.Index, in text: String) -> Bool {
        var position = index
        while position > text.startIndex {
            position = text.index(before: position)
            let character = text[position]
            if character == " " || character == "\n" || character == "\"" || character == "“" || character == "(" { continue }
            return ".!?".contains(character)
        }
        return true
    }

    private static func capitalised(_ phrase: String) -> String {
        phrase.prefix(1).uppercased() + phrase.dropFirst()
    }
}

import SessionPlanning

extension NameRedactor {
    /// `agenda` with hidden names replaced in everything it publishes: organisers, facilitators,
    /// the contact, item leads and item text, so the agenda's documents and calendar invite name
    /// nobody who has not agreed to be named.
    public func redact(_ agenda: Agenda) -> Agenda {
        func text(_ value: String) -> String { redact(value).0 }
        var result = agenda
        result.title = text(agenda.title)
        result.organisers = agenda.organisers.map(text)
        result.facilitators = agenda.facilitators.map(text)
        result.contact?.name = agenda.contact?.name.map(text)
        result.items = agenda.items.map { item in
            var item = item
            item.title = text(item.title)
            item.leads = item.leads.map { lead in
                var lead = lead
                lead.name = text(lead.name)
                return lead
            }
            item.description = item.description.map(text)
            item.materials = item.materials.map(text)
            item.facilitatorNotes = item.facilitatorNotes.map(text)
            item.accessibility = item.accessibility.map(text)
            return item
        }
        return result
    }
}
