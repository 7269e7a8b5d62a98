import Yams

/// Turns what Yams reports about broken YAML into a `ReadError` with the line and column.
package enum YAMLErrors {
    /// Describes `error`, thrown while reading YAML from `file`; `lineOffset` is the number of
    /// lines in the file before the YAML starts (for front matter).
    package static func readError(_ error: any Error, file: String, lineOffset: Int = 0) -> ReadError {
        let advice = "Check the spacing and punctuation on that line: YAML needs a space after each colon and the same indent for items at the same level."
        guard let yamlError = error as? YamlError else {
            return ReadError(file: file, problem: "This YAML could not be read (\(error)).", advice: advice)
        }
        switch yamlError {
        case .parser(_, let problem, let mark, _) where problem.hasPrefix("Maximum nesting level reached"):
            // libyaml's own bound, far beyond ours: word it as ours.
            return YAMLLimits.tooDeep(file: file, position: SourcePosition(line: mark.line + lineOffset, column: mark.column))
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ReadError(file: file, position: SourcePosition(line: mark.line + lineOffset, column: mark.column),
                             problem: "This YAML could not be read (\(problem)).", advice: advice)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ReadError(file: file, position: SourcePosition(line: context.mark.line + lineOffset, column: context.mark.column),
                             problem: "The name \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) is given twice.",
                             advice: "Keep one of them and delete the other.")
        case .reader(let problem, _, _, _):
            return ReadError(file: file, problem: "This YAML could not be read (\(problem)).",
                             advice: "Save the file as UTF-8 text and try again.")
        default:
            return ReadError(file: file, problem: "This YAML could not be read (\(yamlError)).", advice: advice)
        }
    }

    /// The position of a YAML node, shifted by `lineOffset` lines.
    package static func position(of node: Node, lineOffset: Int = 0) -> SourcePosition? {
        node.mark.map { SourcePosition(line: $0.line + lineOffset, column: $0.column) }
    }
}
