/// Check reports as JSON for other tools, written finding by finding through `JSONStream`: the
/// same members as the reports' `Codable` form, with sorted keys, at a small part of the cost.
public enum CheckReportJSON {
    /// Writes `reports` as one JSON array, handing the bytes to `sink` in chunks as they are made;
    /// each chunk is the sink's to read only while it runs.
    public static func write(_ reports: [CheckReport], to sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        var json = JSONStream(sink: sink)
        json.array(reports) { json, report in json.object { report.write(into: &$0) } }
        json.finish()
    }
}

extension CheckReport {
    fileprivate func write(into json: inout JSONStream) {
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
        json.key("diagnostics")
        json.array(inParts: diagnostics) { json, diagnostic in json.object { diagnostic.write(into: &$0) } }
        json.key("file")
        json.string(file)
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
