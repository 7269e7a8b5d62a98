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
        forEach(parts, keeping: start, work, inTurn: { $0 }, then: { $0 }, inOrder: hand)
    }

    /// Runs `work` on each of `parts` as `forEach(_:keeping:_:inOrder:)` does, then `turn` on what
    /// it made, one part at a time in the order of the parts, then `finish` on what the turn made,
    /// side by side again; hands each finished result to `hand` on the calling thread, in order.
    /// The turns are what must be done in order (counting, say) and should be short. No worker
    /// waits for a turn: a part whose turn is not yet due is left for the worker that takes the
    /// turn before it, which takes the turns due after its own too and finishes those parts.
    package static func forEach<Part: Sendable, State, Done: Sendable, Turned, Result: Sendable>(
        _ parts: [Part], keeping start: @escaping @Sendable () -> State, _ work: @escaping @Sendable (inout State, Part) -> Done,
        inTurn turn: @escaping @Sendable (consuming Done) -> Turned, then finish: @escaping @Sendable (Turned) -> Result,
        inOrder hand: (Result) -> Void
    ) {
        guard parts.count > 1 else {
            var state = start()
            return parts.forEach { hand(finish(turn(work(&state, $0)))) }
        }
        let made = Made<Result>(count: parts.count)
        let next = NextPart(count: parts.count)
        let turns = Turns<Done>(count: parts.count)
        let workers = min(parts.count, ProcessInfo.processInfo.activeProcessorCount)
        DispatchQueue.global().async {
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                var state = start()
                while let index = next.take() {
                    for (due, turned) in turns.arrive(index, with: work(&state, parts[index]), turn) {
                        made.set(due, finish(turned))
                    }
                }
            }
        }
        for index in parts.indices { hand(made.take(index)) }
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

    /// What the parts' work made, waiting for their turns, which are taken one at a time in the
    /// order of the parts by whichever worker brings the part whose turn is due.
    private final class Turns<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var waiting: [Value?]
        /// The part whose turn is due; the turns before it are taken.
        private var due = 0

        init(count: Int) { waiting = Array(repeating: nil, count: count) }

        /// Leaves `value`, made of part `index`, for its turn, and takes, with `turn`, every turn
        /// that is due from then on and whose part is here: none when a part before `index` has
        /// not had its turn, which that part's worker then takes. Returns the parts taken and
        /// what their turns made, in order.
        func arrive<Turned>(_ index: Int, with value: consuming Value, _ turn: (consuming Value) -> Turned) -> [(Int, Turned)] {
            var taken: [(Int, Turned)] = []
            lock.lock()
            waiting[index] = consume value
            // Taken out of the list, so the turn owns the only reference and can move what it
            // holds rather than copy it.
            while due < waiting.count, let ready = waiting[due].take() {
                let part = due
                // Outside the lock, so other workers can leave their parts meanwhile; no one
                // else takes a turn until `due` moves on.
                lock.unlock()
                taken.append((part, turn(consume ready)))
                lock.lock()
                due += 1
            }
            lock.unlock()
            return taken
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
