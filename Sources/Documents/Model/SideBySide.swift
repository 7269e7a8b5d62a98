import Dispatch
import Foundation

/// Runs work on parts of a text side by side, as many at a time as there are processors.
package enum SideBySide {
    /// What `work` makes of each of `parts`, in order.
    package static func map<Part: Sendable, Result: Sendable>(_ parts: [Part], _ work: @Sendable (Part) -> Result) -> [Result] {
        guard parts.count > 1 else { return parts.map(work) }
        let results = Results<Result>(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { index in
            results.set(index, work(parts[index]))
        }
        return results.all
    }

    /// `0..<count` in parts of `size`, the last one shorter.
    package static func parts(of count: Int, size: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }

    /// The results so far, each written once, from any thread.
    private final class Results<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Value?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Value) {
            lock.withLock { values[index] = value }
        }

        var all: [Value] { lock.withLock { values.compactMap { $0 } } }
    }
}
