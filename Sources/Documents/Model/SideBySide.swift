import Dispatch
import Foundation

/// Runs work on parts of a text side by side, as many at a time as there are processors.
package enum SideBySide {
    /// What `work` makes of each of `parts`, in order.
    package static func map<Part: Sendable, Result: Sendable>(_ parts: [Part], _ work: @Sendable (Part) -> Result) -> [Result] {
        guard parts.count > 1 else { return parts.map(work) }
        let made = Made<Result>(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { index in
            made.set(index, work(parts[index]))
        }
        return parts.indices.map(made.take)
    }

    /// Runs `work` on each of `parts` side by side, as `map` does, and hands each result to `hand`
    /// on the calling thread, in order, as soon as it is made: the calling thread writes out the
    /// first parts (to a file, say) while the processors make the later ones.
    package static func forEach<Part: Sendable, Result: Sendable>(_ parts: [Part], _ work: @escaping @Sendable (Part) -> Result,
                                                                  inOrder hand: (Result) -> Void) {
        forEach(parts, keeping: {}, { _, part in work(part) }, inOrder: hand)
    }

    /// Runs `work` on each of `parts` as `forEach(_:_:inOrder:)` does, with one worker for each
    /// processor taking the parts in order and keeping `state` (made by `start`) from one part to
    /// the next: what a worker has learnt, such as the words it has looked up, serves all of its
    /// parts, not just one. `work` must give the same result for a part whatever the state holds.
    package static func forEach<Part: Sendable, State, Result: Sendable>(
        _ parts: [Part], keeping start: @escaping @Sendable () -> State, _ work: @escaping @Sendable (inout State, Part) -> Result,
        inOrder hand: (Result) -> Void
    ) {
        guard parts.count > 1 else {
            var state = start()
            return parts.forEach { hand(work(&state, $0)) }
        }
        let made = Made<Result>(count: parts.count)
        let next = NextPart(count: parts.count)
        let workers = min(parts.count, ProcessInfo.processInfo.activeProcessorCount)
        DispatchQueue.global().async {
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                var state = start()
                while let index = next.take() {
                    made.set(index, work(&state, parts[index]))
                }
            }
        }
        for index in parts.indices { hand(made.take(index)) }
    }

    /// Runs `work` on each of `parts` as `forEach(_:keeping:_:inOrder:)` does, then, on the same
    /// worker, `turn` on what it made, one part at a time in the order of the parts (a part's turn
    /// waits for the turn of the part before it), then `finish` on what the turn made, side by
    /// side again; hands each finished result to `hand` on the calling thread, in order. The turns
    /// are what must be done in order (counting, say) and should be short: the processors wait
    /// for them, where they need not wait for `work` and `finish`.
    package static func forEach<Part: Sendable, State, Made: Sendable, Turned: Sendable, Result: Sendable>(
        _ parts: [Part], keeping start: @escaping @Sendable () -> State, _ work: @escaping @Sendable (inout State, Part) -> Made,
        inTurn turn: @escaping @Sendable (Made) -> Turned, then finish: @escaping @Sendable (Turned) -> Result,
        inOrder hand: (Result) -> Void
    ) {
        let turns = Turns()
        forEach(Array(parts.enumerated()), keeping: start, { state, numbered in
            let made = work(&state, numbered.element)
            return finish(turns.take(numbered.offset) { turn(made) })
        }, inOrder: hand)
    }

    /// The arrays of `parts`, such as `map` made, one after another, each element moved rather
    /// than copied: a long text's parts hold tens of thousands of values, and copying each one
    /// (a retain) then freeing the parts (a release) was most of the cost of putting them together.
    package static func joined<Element>(_ parts: consuming [[Element]]) -> [Element] {
        var parts = parts
        guard parts.count > 1 else { return parts.popLast() ?? [] }
        let total = parts.reduce(0) { $0 + $1.count }
        // Filled from the end: taken off the end of its part, each element is moved out.
        return [Element](unsafeUninitializedCapacity: total) { all, initialized in
            var at = total
            for index in parts.indices.reversed() {
                while let element = parts[index].popLast() {
                    at -= 1
                    (all.baseAddress! + at).initialize(to: element)
                }
            }
            initialized = total
        }
    }

    /// `0..<count` in parts of `size`, the last one shorter.
    package static func parts(of count: Int, size: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }

    /// Turns taken one at a time in the order of the parts. Workers take parts in order and each
    /// takes its part's turn before its next part, so the first part still waiting for its turn
    /// always belongs to a worker that is running: no turn waits for ever.
    private final class Turns: @unchecked Sendable {
        private let condition = NSCondition()
        /// How many turns were taken; the next is the turn of part `taken`.
        private var taken = 0

        /// Runs `body` as the turn of part `index`: after the turns of every part before it, and alone.
        func take<Value>(_ index: Int, _ body: () -> Value) -> Value {
            condition.withLock {
                while taken != index { condition.wait() }
            }
            let value = body()
            condition.withLock { taken += 1 }
            condition.broadcast()
            return value
        }
    }

    /// The parts not yet taken by a worker, handed out first to last.
    private final class NextPart: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private let count: Int

        init(count: Int) { self.count = count }

        /// The next part's index, or nil when every part is taken.
        func take() -> Int? {
            lock.withLock {
                guard next < count else { return nil }
                defer { next += 1 }
                return next
            }
        }
    }

    /// Results made on any thread, each taken once, by a thread that waits for it if need be.
    private final class Made<Value: Sendable>: @unchecked Sendable {
        private let condition = NSCondition()
        private var values: [Value?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Value) {
            condition.withLock { values[index] = value }
            condition.broadcast()
        }

        /// Result `index`, once it is made; it is not kept here after.
        func take(_ index: Int) -> Value {
            condition.lock()
            defer { condition.unlock() }
            while values[index] == nil { condition.wait() }
            defer { values[index] = nil }
            return values[index]!
        }
    }
}
