/// Check reports as JSON for other tools, written finding by finding through `JSONStream`: the
/// same members as the reports' `Codable` form, at a small part of the cost. Each report's file
/// comes first and its findings next, so they can be written as they are found (see
/// `CheckReportJSONWriter`); its other members follow with their keys sorted, as are the keys of
/// everything inside.
public enum CheckReportJSON {
    /// Writes `reports` as one JSON array, handing the bytes to `sink` in chunks as they are made;
    /// each chunk is the sink's to read only while it runs.
    public static func write(_ reports: [CheckReport], to sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        var writer = CheckReportJSONWriter(to: sink)
        for report in reports {
            writer.start(file: report.file)
            writer.add(CheckReportJSONWriter.findings(FindingsPart(findings: report.diagnostics)))
            writer.end(report)
        }
        writer.finish()
    }
}

/// Check reports written as JSON while the checks are made, as `CheckReportJSON.write` writes
/// them: for each file, `start(file:)`, then `add(_:)` for each part of its findings in order
/// (made by `findings(_:)` on any processor), then `end(_:)` with its report; `finish()` after the last.
public struct CheckReportJSONWriter {
    private var json: JSONStream

    /// A writer that hands the bytes to `sink` in chunks, as `CheckReportJSON.write` does.
    public init(to sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        json = JSONStream(sink: sink)
        json.startArray()
    }

    /// Starts the report on `file`: its name, then the list of its findings.
    public mutating func start(file: String) {
        json.element { json in
            json.startObject()
            json.key("file")
            json.string(file)
            json.key("diagnostics")
            json.startArray()
        }
    }

    /// The JSON of one part of a file's findings, made on any processor, for `add(_:)`.
    public struct Findings: @unchecked Sendable {
        /// Used by one thread at a time: made on one, added on another.
        fileprivate let json: JSONStream
    }

    /// The JSON of `part`'s findings, to add in order.
    public static func findings(_ part: FindingsPart) -> Findings {
        // A file's findings are the elements of an array three deep: the reports, a report, its
        // findings. A finding takes about 650 bytes.
        var json = JSONStream.elements(atDepth: 3, afterOthers: part.before > 0, capacity: part.findings.count * 768)
        // Each finding is read where it lies, not copied out of the list first.
        part.findings.withUnsafeBufferPointer { findings in
            for index in findings.indices {
                json.element { json in json.object { findings[index].write(into: &$0) } }
            }
        }
        return Findings(json: json)
    }

    /// Writes `findings`, the next part of the file's findings.
    public mutating func add(_ findings: Findings) {
        json.append(elements: findings.json)
    }

    /// Ends the file's report with everything `report` holds but its findings, which `add(_:)` wrote.
    public mutating func end(_ report: CheckReport) {
        json.endArray()
        report.writeSummary(into: &json)
        json.endObject()
    }

    /// Ends the list of reports and hands the last bytes on.
    public mutating func finish() {
        json.endArray()
        json.finish()
    }
}

extension CheckReport {
    /// The members after the findings, with their keys sorted.
    fileprivate func writeSummary(into json: inout JSONStream) {
        json.key("acronyms")
        json.array(acronyms) { json, use in
            json.object { json in
                json.key("acronym")
                json.string(use.acronym)
                json.key("explained")
                json.bool(use.explained)
                json.strings("meanings", use.meanings)
            }
        }
        json.strings("glossaryFiles", glossaryFiles)
        if let readability {
            json.key("readability")
            json.object { readability.write(into: &$0) }
        }
        json.key("termsUsed")
        json.array(termsUsed) { json, entry in json.object { entry.write(into: &$0) } }
    }
}

extension Diagnostic {
    fileprivate func write(into json: inout JSONStream) {
        json.optional("context", context)
        json.optional("excerpt", excerpt)
        json.optional("excerptOffset", excerptOffset)
        json.key("location")
        json.object { json in
            json.key("file")
            json.string(keptAlive: location.file)
            json.optional("offset", location.offset)
            json.optional("paragraph", location.paragraph)
            if let position = location.position {
                json.key("position")
                json.object { json in
                    json.key("column")
                    json.int(position.column)
                    json.key("line")
                    json.int(position.line)
                }
            }
        }
        // Findings for the same glossary entry share these: written once, then copied.
        let tag = (Self.rules.firstIndex(of: rule) ?? 0) << 2 | (Self.severities.firstIndex(of: severity) ?? 0)
        // What the members need, so the finding itself is not copied into the closure.
        let (message, rule, severity, suggestion) = (message, rule, severity, suggestion)
        json.members(keptAlive: message, suggestion, tag: tag) { json in
            json.key("message")
            json.string(keptAlive: message)
            json.key("rule")
            json.string(rule.rawValue)
            json.key("severity")
            json.string(severity.rawValue)
            if let suggestion {
                json.key("suggestion")
                json.string(keptAlive: suggestion)
            }
        }
    }

    private static let rules = RuleID.allCases
    private static let severities = Severity.allCases
}

extension Readability {
    fileprivate func write(into json: inout JSONStream) {
        json.key("band")
        json.string(band)
        json.key("fleschKincaidGrade")
        json.double(fleschKincaidGrade)
        json.key("fleschReadingEase")
        json.double(fleschReadingEase)
        json.key("longSentences")
        json.int(longSentences)
        json.key("readingAge")
        json.double(readingAge)
        json.key("sentences")
        json.int(sentences)
        json.key("syllables")
        json.int(syllables)
        json.key("syllablesPerWord")
        json.double(syllablesPerWord)
        json.key("words")
        json.int(words)
        json.key("wordsPerSentence")
        json.double(wordsPerSentence)
    }
}

extension GlossaryEntry {
    fileprivate func write(into json: inout JSONStream) {
        json.strings("alternatives", alternatives)
        json.key("domain")
        json.string(domain)
        json.strings("expansions", expansions)
        json.key("id")
        json.string(id)
        json.key("kind")
        json.string(kind.rawValue)
        json.key("meaning")
        json.string(meaning)
        json.key("term")
        json.string(term)
        json.strings("variants", variants)
        json.optional("why", why)
    }
}
