import Documents
import Foundation
@testable import PlainLanguage
import PropertyBased
import Testing

/// The streaming JSON of check reports against what `JSONSerialization` reads back, and against
/// the reports' own `Codable` form.
@Suite struct CheckReportJSONTests {
    /// Text that JSON must escape, or that a terminal would obey: quotes, backslashes, every C0
    /// control, delete, C1 controls, direction marks, line separators, emoji and accents.
    static let awkward = [
        "plain", "", "say \"ICB\" and 'CoP'", "C:\\Users\\zoë\\notes.md", "back\\\"slash",
        String((0..<32).map { Character(Unicode.Scalar(UInt8($0))) }) + "\u{7F}",
        "\u{80}\u{85}\u{9F} C1", "\u{202E}reversed\u{202C} \u{200E}\u{200F}\u{061C}\u{2066}\u{2069}",
        "\u{2028}line\u{2029}para", "emoji 👩🏽‍⚕️ 🏳️‍🌈 and 𝄞", "naïve café “curly” — dash", "\u{1B}]0;title\u{07}\u{1B}[2J",
    ]

    static func report(_ text: String, index: Int) -> CheckReport {
        let location = Diagnostic.Location(file: text + ".md", position: SourcePosition(line: index + 1, column: 3),
                                           paragraph: index, offset: text.count)
        let finding = Diagnostic(rule: .jargon, message: "“\(text)” is jargon.", suggestion: index % 2 == 0 ? "Try: \(text)." : nil,
                                 location: location, excerpt: text, context: "The \(text) met.", excerptOffset: 4)
        let office = Diagnostic(rule: .longSentence, message: text, location: Diagnostic.Location(file: text, paragraph: 2, offset: 0))
        let entry = GlossaryEntry(id: "entry-\(index)", term: text, kind: .label, expansions: [text, "x"], variants: [],
                                  meaning: text, alternatives: [text], why: index % 2 == 0 ? text : nil, domain: "labels")
        return CheckReport(file: text, diagnostics: [finding, office],
                           acronyms: [AcronymUse(acronym: text, meanings: [text], explained: index % 2 == 0)],
                           termsUsed: [entry],
                           readability: index % 3 == 0 ? nil : Readability(sentences: 3, words: 40 + index, syllables: 61, longSentences: 1),
                           glossaryFiles: index % 2 == 0 ? [] : [text])
    }

    static func streamed(_ reports: [CheckReport]) -> Data {
        var data = Data()
        CheckReportJSON.write(reports) { data.append(contentsOf: $0) }
        return data
    }

    @Test func streamedJSONReadsBackAsTheReportsOwnEncoding() throws {
        let reports = Self.awkward.enumerated().map { Self.report($1, index: $0) }
        let streamed = try JSONSerialization.jsonObject(with: Self.streamed(reports)) as? NSArray
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let encoded = try JSONSerialization.jsonObject(with: try encoder.encode(reports)) as? NSArray
        #expect(streamed != nil)
        #expect(streamed == encoded)
        // Every string comes back exactly as it was.
        let first = try #require(streamed?.compactMap { ($0 as? NSDictionary)?["file"] as? String })
        #expect(first == Self.awkward)
    }

    /// The layout, byte for byte, is `JSONEncoder`'s with pretty printing and sorted keys (which
    /// writes an empty array over three lines, where the stream writes `[]`), for text that both
    /// escape alike and numbers that are whole, except that each report's file and findings come
    /// first, so they can be written while the file is checked.
    @Test func theLayoutIsThePrettyPrintedEncoding() throws {
        let reports = ["plain", "", "say ICB and CoP", "naïve café “curly” — dash / slash"].enumerated().map { index, text in
            var report = Self.report(text, index: index)
            report.readability = nil
            return report
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let encoded = String(decoding: try encoder.encode(reports), as: UTF8.self).replacing(/\[\n\n *\]/, with: "[]")
        #expect(String(decoding: Self.streamed(reports), as: UTF8.self) == Self.fileAndFindingsFirst(encoded) + "\n")
    }

    /// Pretty-printed reports with each report's members (four spaces in) moved into the stream's
    /// order: the file, the findings, then the rest as they were.
    static func fileAndFindingsFirst(_ encoded: String) -> String {
        var lines: [String] = []
        var members: [(name: String, lines: [String])] = []
        for line in encoded.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("    \"") {
                members.append((String(line.dropFirst(5).prefix { $0 != "\"" }), [line]))
            } else if line.hasPrefix("     ") || line.hasPrefix("    ]") || line.hasPrefix("    }") {
                members[members.count - 1].lines.append(line)
            } else {
                let first = members.filter { $0.name == "file" } + members.filter { $0.name == "diagnostics" }
                let ordered = first + members.filter { $0.name != "file" && $0.name != "diagnostics" }
                for (index, member) in ordered.enumerated() {
                    var memberLines = member.lines
                    let last = memberLines.removeLast()
                    let bare = last.hasSuffix(",") ? String(last.dropLast()) : last
                    lines += memberLines + [index == ordered.count - 1 ? bare : bare + ","]
                }
                members = []
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The characters the stream never writes as they are.
    static func unsafe(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
                || [0x061C, 0x200E, 0x200F, 0x2028, 0x2029].contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
        }
    }

    @Test func theOutputHasNoRawControlOrDirectionCharacters() throws {
        let text = String(decoding: Self.streamed(Self.awkward.enumerated().map { Self.report($1, index: $0) }), as: UTF8.self)
        let unsafe = Self.unsafe(in: text)
        #expect(unsafe.isEmpty, "\(unsafe.map { String($0.value, radix: 16) })")
        #expect(text.contains("\\u202e") && text.contains("\\u001b") && text.contains("\\\"ICB\\\"") && text.contains("👩🏽‍⚕️"))
    }

    /// The terminal tests' awkward pieces (controls, direction marks and their neighbours), with
    /// the quotes, backslashes and slashes that JSON escapes or might.
    private static let piece = Gen<String?>.element(of: TerminalTextTests.awkwardPieces + ["\"", "\\", "/"]).map { $0 ?? "" }

    /// Any text, escaped eight bytes at a time where nothing needs escaping, reads back as it was
    /// and shows no control or direction character as it is.
    @Test func everyTextReadsBackAsItWas() async {
        await propertyCheck(count: 2_000, input: Self.piece.array(of: 0...40)) { pieces in
            let text = pieces.joined()
            var bytes: [UInt8] = []
            var json = JSONStream { bytes += $0 }
            json.array([text]) { $0.string($1) }
            json.finish()
            let written = String(decoding: bytes, as: UTF8.self)
            #expect((try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String] == [text], "\(pieces)")
            #expect(Self.unsafe(in: written).isEmpty, "\(pieces)")
        }
    }

    @Test func manyReportsAreWrittenInChunksThatJoinUp() throws {
        let reports = (0..<400).map { Self.report(Self.awkward[$0 % Self.awkward.count], index: $0) }
        var chunks = 0
        var data = Data()
        CheckReportJSON.write(reports) { chunks += 1; data.append(contentsOf: $0) }
        #expect(chunks > 1)
        let parsed = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(parsed.count == 400)
    }

    /// Whole numbers are written digit by digit: they must read back as the same numbers.
    @Test func wholeNumbersReadBack() throws {
        let numbers = [0, 7, 10, 99, 100, -1, -3_000, 1_234_567_890, Int.max, Int.min]
        var bytes: [UInt8] = []
        var json = JSONStream { bytes += $0 }
        json.array(numbers) { $0.int($1) }
        json.finish()
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [NSNumber])
        #expect(parsed.map(\.int64Value) == numbers.map(Int64.init))
    }

    /// Every whole number, of every length, is written as Swift writes it.
    @Test func everyWholeNumberIsWrittenAsSwiftWritesIt() async {
        for numbers in [Gen.int(in: -1_000...100_000), Gen.int(in: Int.min...Int.max)] {
            await propertyCheck(count: 2_000, input: numbers) { number in
                let out = GrowingBytes(capacity: 4)
                out.append(digitsOf: number)
                #expect(String(decoding: out.written, as: UTF8.self) == String(number))
            }
        }
    }

    /// `items` as an array in `json`, open at `depth` once it is opened, written as a long
    /// check's findings are: in parts of 1,024, each made apart as if on another processor.
    static func inParts<Item>(_ items: [Item], depth: Int, into json: inout JSONStream, _ write: (inout JSONStream, Item) -> Void) {
        json.startArray()
        for start in stride(from: 0, to: items.count, by: 1_024) {
            var part = JSONStream.elements(atDepth: depth, afterOthers: start > 0, capacity: 1_024)
            for item in items[start..<min(start + 1_024, items.count)] {
                part.element { write(&$0, item) }
            }
            json.append(elements: part)
        }
        json.endArray()
    }

    /// A long array made in parts apart: the bytes are those of making it in one go.
    @Test func aLongArrayMadeInPartsIsTheSameAsMadeInOneGo() throws {
        let items = (0..<3_500).map { Self.awkward[$0 % Self.awkward.count] + " \($0)" }
        func made(inParts: Bool) -> [UInt8] {
            var bytes: [UInt8] = []
            var json = JSONStream { bytes += $0 }
            json.array([0, 1]) { json, outer in
                json.object { json in
                    json.key("items")
                    if inParts { Self.inParts(items, depth: 3, into: &json) { $0.string($1) } } else { json.array(items) { $0.string($1) } }
                    json.key("n")
                    json.int(outer)
                }
            }
            json.finish()
            return bytes
        }
        let parts = made(inParts: true)
        #expect(parts == made(inParts: false))
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(parts)) as? [[String: Any]])
        #expect(parsed.count == 2 && (parsed[1]["items"] as? [String]) == items)
    }

    /// A string written again is copied from where it was first written: the bytes are those of
    /// escaping it each time, in parts made apart and across the chunks a stream hands on.
    @Test func aStringWrittenAgainIsTheSameAsEscapedAgain() throws {
        let kept = Self.awkward.map { $0 + " and long enough to be kept outside the string" } + ["short \"one\""]
        let items = (0..<5_000).map { kept[$0 * 7 % kept.count] }
        func made(keptAlive: Bool, inParts: Bool) -> [UInt8] {
            var bytes: [UInt8] = []
            var json = JSONStream { bytes += $0 }
            let write: @Sendable (inout JSONStream, String) -> Void = { json, text in
                if keptAlive { json.string(keptAlive: text) } else { json.string(text) }
            }
            if inParts { Self.inParts(items, depth: 1, into: &json, write) } else { json.array(items, write) }
            json.finish()
            return bytes
        }
        let escaped = made(keptAlive: false, inParts: false)
        #expect(escaped.count > 5 * 65_536)
        #expect(made(keptAlive: true, inParts: false) == escaped)
        #expect(made(keptAlive: true, inParts: true) == escaped)
        #expect(try JSONSerialization.jsonObject(with: Data(escaped)) as? [String] == items)
    }

    /// Findings for the same glossary entry share their message and suggestion, whose members are
    /// written once and then copied: the bytes are those of findings with strings of their own, in
    /// a long list made in parts and across the chunks a stream hands on, whatever the rule and
    /// severity that go with the same message.
    @Test func sharedMessagesAreWrittenAsMessagesOfTheirOwn() throws {
        let messages = ["“ICB” is not explained. It stands for Integrated Care Board.", "Bad\u{1B}[2J and \u{202E}reversed, long enough", "Short"]
        let suggestions = [nil, "Write “Integrated Care Board (ICB)” the first time.", "Try: it."]
        let rules: [RuleID] = [.jargon, .label, .acronymUnexplained]
        func findings(_ count: Int, own: Bool) -> [Diagnostic] {
            (0..<count).map { index in
                let message = messages[index % 3], suggestion = suggestions[index / 3 % 3]
                var finding = Diagnostic(rule: rules[index / 9 % 3],
                                         message: own ? String(decoding: Array(message.utf8), as: UTF8.self) : message,
                                         suggestion: own ? suggestion.map { String(decoding: Array($0.utf8), as: UTF8.self) } : suggestion,
                                         location: Diagnostic.Location(file: "notes.md", paragraph: index, offset: index))
                if index % 7 == 0 { finding.severity = .info }
                return finding
            }
        }
        func report(_ diagnostics: [Diagnostic]) -> CheckReport {
            CheckReport(file: "notes.md", diagnostics: diagnostics, acronyms: [], termsUsed: [], readability: nil)
        }
        let long = Self.streamed([report(findings(2_500, own: false))])
        #expect(long == Self.streamed([report(findings(2_500, own: true))]))
        let many = (0..<300).map { _ in report(findings(30, own: false)) }
        #expect(Self.streamed(many) == Self.streamed((0..<300).map { _ in report(findings(30, own: true)) }))
        let parsed = try #require(try JSONSerialization.jsonObject(with: long) as? [[String: Any]])
        let read = try #require(parsed.first?["diagnostics"] as? [[String: Any]])
        #expect(read.count == 2_500 && read[9]["rule"] as? String == "label" && read[7]["severity"] as? String == "info")
    }

    /// A long check's JSON is made a part of its findings at a time, each part apart from the
    /// others (as on another processor) and written in order: however the findings are cut into
    /// parts, empty parts included, the bytes are those of the whole report written in one go.
    @Test func findingsWrittenInPartsAreTheReportWrittenInOneGo() async {
        let cuts = Gen.int(in: 0...12).array(of: 0...5)
        await propertyCheck(count: 300, input: Gen.int(in: 0...12), cuts) { count, cuts in
            let reports = [Self.report("first", index: 0), Self.report("second \"two\"", index: 1)].map { report in
                var report = report
                report.diagnostics = (0..<count).map { Self.report(Self.awkward[$0 % Self.awkward.count], index: $0).diagnostics[$0 % 2] }
                return report
            }
            var written = Data()
            var writer = CheckReportJSONWriter { written.append(contentsOf: $0) }
            for report in reports {
                writer.start(file: report.file)
                var start = 0
                for end in (cuts.map { min($0, count) } + [count]).sorted() where end >= start {
                    writer.add(CheckReportJSONWriter.findings(FindingsPart(findings: Array(report.diagnostics[start..<end]), before: start)))
                    start = end
                }
                writer.end(report)
            }
            writer.finish()
            #expect(written == Self.streamed(reports), "\(count) \(cuts)")
            #expect((try? JSONSerialization.jsonObject(with: written)) != nil)
        }
    }

    @Test func noReportsIsAnEmptyArray() throws {
        let parsed = try JSONSerialization.jsonObject(with: Self.streamed([])) as? [Any]
        #expect(parsed?.isEmpty == true)
    }
}
