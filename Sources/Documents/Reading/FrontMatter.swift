import Yams

/// The YAML block between `---` lines at the top of a Markdown file, read into `Metadata`.
struct FrontMatter {
    var metadata = Metadata()
    /// The Markdown after the front matter.
    var body: Substring
    /// How many lines of the file come before `body`.
    var bodyLineOffset = 0

    /// The keys front matter may use, each with the field it fills.
    static let keys = ["title", "subtitle", "date", "organisation", "organization", "author", "authors",
                       "lang", "language", "summary", "description", "keywords"]

    /// Separates the front matter from the body of `source` and reads it.
    static func split(_ source: String, file: String) throws(ReadError) -> FrontMatter {
        var text = Substring(source)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        guard let firstLineEnd = text.firstIndex(of: "\n"),
              text[..<firstLineEnd].trimmingCharacters(in: .whitespaces) == "---",
              startsWithKey(text[text.index(after: firstLineEnd)...]) else {
            // A line of dashes followed by ordinary text is Markdown (a rule or a heading underline).
            return FrontMatter(body: text)
        }
        var lineStart = text.index(after: firstLineEnd)
        var lineNumber = 2
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[lineStart..<lineEnd].trimmingCharacters(in: .whitespaces)
            if line == "---" || line == "..." {
                let yaml = String(text[text.index(after: firstLineEnd)..<lineStart])
                var result = FrontMatter(body: lineEnd < text.endIndex ? text[text.index(after: lineEnd)...] : "")
                result.bodyLineOffset = lineNumber
                result.metadata = try readMetadata(yaml, file: file)
                return result
            }
            lineStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
            lineNumber += 1
        }
        throw ReadError(file: file, position: SourcePosition(line: 1, column: 1),
                        problem: "The front matter that starts with '---' on line 1 never ends.",
                        advice: "Add a line with just '---' after the title, date and other details.")
    }

    /// Whether the first line that is not blank looks like `name:`, as every front matter begins.
    private static func startsWithKey(_ text: Substring) -> Bool {
        // Only the first lines matter: never split the whole of a long file.
        var rest = text[...]
        while !rest.isEmpty {
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[..<end]
            if !line.allSatisfy(\.isWhitespace) {
                let name = line.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" })
                return !name.isEmpty && line.dropFirst(name.count).first == ":"
            }
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[rest.endIndex...]
        }
        return false
    }

    private static func readMetadata(_ yaml: String, file: String) throws(ReadError) -> Metadata {
        let node = try YAMLDocument.parse(yaml, file: file, lineOffset: 1)
        var metadata = Metadata()
        guard let node else { return metadata }
        guard let mapping = node.mapping else {
            throw ReadError(file: file, position: YAMLErrors.position(of: node, lineOffset: 1),
                            problem: "The front matter should be a list of details like 'title: Holding effective meetings'.",
                            advice: "Write one detail per line, a name, a colon, a space and the value.")
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let position = YAMLErrors.position(of: keyNode, lineOffset: 1)
            func text() throws(ReadError) -> String {
                guard let string = value.scalar?.string else {
                    throw ReadError(file: file, position: position, problem: "'\(key)' should be a single line of text.",
                                    advice: "Write it on the same line, after '\(key): '.")
                }
                return string.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            func list() throws(ReadError) -> [String] {
                if let sequence = value.sequence {
                    return sequence.compactMap { $0.scalar?.string.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                }
                return try text().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            switch key {
            case "title": metadata.title = try text()
            case "subtitle": metadata.subtitle = try text()
            case "date":
                let written = try text()
                guard let date = CalendarDate(iso: written) else {
                    throw ReadError(file: file, position: YAMLErrors.position(of: value, lineOffset: 1),
                                    problem: "The date '\(written)' is not a date Roundtable can read.",
                                    advice: "Write it as year-month-day, for example 2026-10-14.")
                }
                metadata.date = date
            case "organisation", "organization": metadata.organisation = try text()
            case "author", "authors": metadata.authors = try list()
            case "lang", "language": metadata.language = try text()
            case "summary", "description": metadata.summary = try text()
            case "keywords": metadata.keywords = try list()
            default:
                let suggestion = Suggestions.closest(to: key, among: keys).map { " Did you mean '\($0)'?" } ?? ""
                throw ReadError(file: file, position: position,
                                problem: "The front matter has a detail called '\(key)' that Roundtable does not know.\(suggestion)",
                                advice: "Use one of: \(keys.joined(separator: ", ")).")
            }
        }
        return metadata
    }
}
