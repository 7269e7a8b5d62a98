import Foundation
import Yams

/// The bounds every Roundtable YAML file (agenda, glossary, front matter) is read within.
///
/// An alias (`*name`) repeats the part marked with its anchor (`&name`), so a small file whose
/// aliases repeat aliases can stand for millions of values ("billion laughs"). Yams shares the
/// repeated parts, but anything that walks the values pays for every repeat. One walk here,
/// that keeps its own stack, checks the nesting and counts what aliases repeat, and stops as
/// soon as a bound is passed: it costs no more than the bounds, however much a file repeats.
package enum YAMLLimits {
    /// The deepest that lists and details may be nested inside each other: 64 levels, far
    /// beyond any agenda, glossary or front matter (they need 5 at most).
    package static let maximumDepth = 64
    /// The most values (texts, lists and details) that aliases may repeat in one file: 10,000.
    package static let maximumRepeatedValues = 10_000
    /// The most text that aliases may repeat in one file: 1 MB.
    package static let maximumRepeatedSize = 1024 * 1024

    /// Checks `root`, parsed from `file` whose YAML starts after `lineOffset` lines.
    static func check(_ root: Node, file: String, lineOffset: Int) throws(ReadError) {
        var seen = Set<WrittenPlace>()
        var repeatedValues = 0
        var repeatedSize = 0
        var stack = [Visit(node: root, depth: 0, repeated: false, place: YAMLErrors.position(of: root, lineOffset: lineOffset))]
        while let visit = stack.popLast() {
            let node = visit.node
            var repeated = visit.repeated
            if !repeated, let place = WrittenPlace(node) {
                // A value met a second time at the same place in the file is a repeat made by an alias.
                repeated = !seen.insert(place).inserted
            }
            let position = repeated ? visit.place : YAMLErrors.position(of: node, lineOffset: lineOffset)
            if repeated {
                repeatedValues += 1
                repeatedSize += node.scalar?.string.utf8.count ?? 0
                if repeatedValues > maximumRepeatedValues || repeatedSize > maximumRepeatedSize {
                    throw tooManyRepeats(file: file, position: position)
                }
            }
            let children: [Node]
            switch node {
            case .scalar, .alias:
                continue
            case .sequence(let sequence):
                children = Array(sequence)
            case .mapping(let mapping):
                children = mapping.flatMap { [$0.key, $0.value] }
            }
            let depth = visit.depth + 1
            if depth > maximumDepth { throw tooDeep(file: file, position: position) }
            for child in children.reversed() {
                stack.append(Visit(node: child, depth: depth, repeated: repeated, place: position))
            }
        }
    }

    /// The error for lists and details nested more than `maximumDepth` levels deep.
    static func tooDeep(file: String, position: SourcePosition?) -> ReadError {
        ReadError(file: file, position: position,
                  problem: "Lists and details are nested here more than \(maximumDepth) levels deep, far deeper than Roundtable needs.",
                  advice: "Check the indents and brackets on the lines above: each level should be indented by two spaces more than the one it belongs to.")
    }

    private static func tooManyRepeats(file: String, position: SourcePosition?) -> ReadError {
        ReadError(file: file, position: position,
                  problem: "The aliases in this file (names written with '*') repeat more than \(grouped(maximumRepeatedValues)) values or \(maximumRepeatedSize / (1024 * 1024)) MB of text, far more than any agenda or glossary needs.",
                  advice: "Write the repeated parts out where they are needed, or use fewer aliases.")
    }

    /// `10000` as `10,000`.
    private static func grouped(_ number: Int) -> String {
        number.formatted(.number.grouping(.automatic).locale(.init(identifier: "en_GB")))
    }

    /// A value still to be checked: how deep it is, whether an alias repeated it, and the place
    /// in the file it was reached from.
    private struct Visit {
        let node: Node
        let depth: Int
        let repeated: Bool
        let place: SourcePosition?
    }

    /// Where a value is written in the file, and what kind of value it is (a list of details
    /// and its first detail start at the same place).
    private struct WrittenPlace: Hashable {
        let kind: UInt8
        let line: Int
        let column: Int

        init?(_ node: Node) {
            guard let mark = node.mark else { return nil }
            switch node {
            case .scalar: kind = 0
            case .sequence: kind = 1
            case .mapping: kind = 2
            case .alias: kind = 3
            }
            line = mark.line
            column = mark.column
        }
    }
}
