import Foundation

/// One example of the GitHub Flavored Markdown spec: its Markdown and the HTML it should give.
struct SpecExample: CustomStringConvertible {
    let file: String
    let number: Int
    let line: Int
    let markdown: String
    let html: String

    var description: String { "\(file) example \(number) (line \(line))" }

    /// Reads every example of a spec file, where examples sit between fences of 32 backticks
    /// and a lone `.` separates the Markdown from the HTML; `→` stands for a tab.
    static func load(_ url: URL) throws -> [SpecExample] {
        let text = try String(contentsOf: url, encoding: .utf8)
        let fence = String(repeating: "`", count: 32)
        var examples: [SpecExample] = []
        var state = 0
        var markdown: [Substring] = []
        var html: [Substring] = []
        var start = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            switch state {
            case 0 where line.hasPrefix(fence + " example"):
                state = 1
                start = index + 1
                markdown = []
                html = []
            case 1 where line == ".": state = 2
            case 1: markdown.append(line)
            case 2 where line == fence:
                state = 0
                func join(_ lines: [Substring]) -> String {
                    lines.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
                }
                examples.append(SpecExample(file: url.lastPathComponent, number: examples.count + 1, line: start,
                                            markdown: join(markdown), html: join(html)))
            case 2: html.append(line)
            default: break
            }
        }
        return examples
    }
}
