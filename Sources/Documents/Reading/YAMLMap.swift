import Yams

/// A YAML mapping read field by field, with every problem reported at its line and column in
/// words a non-programmer understands. Shared by every Roundtable file written in YAML.
package struct YAMLMap {
    /// The mapping node.
    package let node: Node
    /// The file, for messages.
    package let file: String
    /// What the mapping describes, for messages ("the glossary entry 'icb'").
    package let context: String
    private let pairs: [(key: String, keyNode: Node, value: Node)]

    /// Reads `node` as a mapping whose keys must come from `allowedKeys`; an unknown key is
    /// reported with the nearest known one ("did you mean 'minutes'?").
    package init(_ node: Node, file: String, context: String, allowedKeys: [String]) throws(ReadError) {
        guard let mapping = node.mapping else {
            throw ReadError(file: file, position: YAMLErrors.position(of: node),
                            problem: "\(context.prefix(1).uppercased() + context.dropFirst()) should be a list of details, each written as 'name: value'.",
                            advice: "Write one detail per line, a name, a colon, a space and the value.")
        }
        var pairs: [(String, Node, Node)] = []
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            if !allowedKeys.contains(key) {
                let suggestion = Suggestions.closest(to: key, among: allowedKeys).map { " Did you mean '\($0)'?" } ?? ""
                throw ReadError(file: file, position: YAMLErrors.position(of: keyNode),
                                problem: "\(context.prefix(1).uppercased() + context.dropFirst()) has a detail called '\(key)' that Roundtable does not know.\(suggestion)",
                                advice: "Use one of: \(allowedKeys.joined(separator: ", ")).")
            }
            pairs.append((key, keyNode, value))
        }
        self.node = node
        self.file = file
        self.context = context
        self.pairs = pairs
    }

    /// Whether the mapping gives `key`.
    package func has(_ key: String) -> Bool { value(key) != nil }

    /// The value node of `key`.
    package func value(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }

    /// Where `key` is written, or where the mapping starts.
    package func position(of key: String) -> SourcePosition? {
        (pairs.first { $0.key == key }?.keyNode).flatMap { YAMLErrors.position(of: $0) } ?? YAMLErrors.position(of: node)
    }

    /// The keys in the order written.
    package var keys: [String] { pairs.map(\.key) }

    /// A single line of text, trimmed; nil when the key is absent or empty.
    package func string(_ key: String) throws(ReadError) -> String? {
        guard let value = value(key) else { return nil }
        guard let scalar = value.scalar else {
            throw problem(at: value, "'\(key)' in \(context) should be a single piece of text.",
                          advice: "Write it on the same line, after '\(key): '.")
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// A piece of text that must be there.
    package func requiredString(_ key: String, example: String) throws(ReadError) -> String {
        guard let text = try string(key) else {
            throw ReadError(file: file, position: position(of: key),
                            problem: "\(context.prefix(1).uppercased() + context.dropFirst()) needs '\(key)'.",
                            advice: "Add a line such as '\(key): \(example)'.")
        }
        return text
    }

    /// A list of texts, written either as a YAML list or as one line separated by commas.
    package func strings(_ key: String, commaSeparated: Bool = true) throws(ReadError) -> [String] {
        guard let value = value(key) else { return [] }
        if let sequence = value.sequence {
            var result: [String] = []
            for item in sequence {
                guard let scalar = item.scalar else {
                    throw problem(at: item, "Each item of '\(key)' in \(context) should be a single piece of text.",
                                  advice: "Write each item as '- text' on its own line.")
                }
                let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
                if !text.isEmpty { result.append(text) }
            }
            return result
        }
        guard let text = try string(key) else { return [] }
        return commaSeparated ? text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : [text]
    }

    /// A whole number; `range` gives the numbers that make sense and `example` one of them.
    package func int(_ key: String, range: ClosedRange<Int>, example: String) throws(ReadError) -> Int? {
        guard let value = value(key) else { return nil }
        guard let scalar = value.scalar, let number = Int(scalar.string.trimmingCharacters(in: .whitespaces)) else {
            throw problem(at: value, "'\(key)' in \(context) must be a whole number, for example \(example).",
                          advice: "Write just the number, with no words or units.")
        }
        guard range.contains(number) else {
            throw problem(at: value, "'\(key)' in \(context) is \(number), but it must be between \(range.lowerBound) and \(range.upperBound).",
                          advice: "Check the number; for example \(example).")
        }
        return number
    }

    /// Yes or no.
    package func bool(_ key: String) throws(ReadError) -> Bool? {
        guard let value = value(key) else { return nil }
        switch value.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            throw problem(at: value, "'\(key)' in \(context) must be yes or no.", advice: "Write '\(key): yes' or '\(key): no'.")
        }
    }

    /// The items of a list.
    package func sequence(_ key: String) throws(ReadError) -> [Node] {
        guard let value = value(key) else { return [] }
        guard let sequence = value.sequence else {
            throw problem(at: value, "'\(key)' in \(context) should be a list, with each item on its own line starting with '- '.",
                          advice: "Put each item on a new line under '\(key):', starting with '- '.")
        }
        return Array(sequence)
    }

    /// A problem at `node`, in this map's file.
    package func problem(at node: Node, _ problem: String, advice: String) -> ReadError {
        ReadError(file: file, position: YAMLErrors.position(of: node), problem: problem, advice: advice)
    }
}

/// Parses YAML text into a node, turning syntax errors into a `ReadError` with line and column.
/// Every YAML file Roundtable reads comes through here, and is checked against `YAMLLimits`.
package enum YAMLDocument {
    /// The root node of `text`, or nil when the text holds no YAML at all; `lineOffset` is the
    /// number of lines in `file` before the YAML starts (for front matter).
    package static func parse(_ text: String, file: String, lineOffset: Int = 0) throws(ReadError) -> Node? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw YAMLErrors.readError(error, file: file, lineOffset: lineOffset)
        }
        if let root { try YAMLLimits.check(root, file: file, lineOffset: lineOffset) }
        return root
    }
}
