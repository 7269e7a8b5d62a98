import Foundation
import PropertyBased
import Testing
@testable import Documents

/// Work done side by side must come back in order, whatever order the processors finish in.
@Suite struct SideBySideTests {
    @Test func resultsAreHandedOnInOrderWhenLaterPartsFinishFirst() {
        let parts = Array(0..<24)
        var handed: [Int] = []
        SideBySide.forEach(parts, { part in
            // The first parts take longest, so the later ones are made before them.
            usleep(useconds_t((24 - part) * 2_000))
            return part * 10
        }, inOrder: { handed.append($0) })
        #expect(handed == parts.map { $0 * 10 })
    }

    @Test func aSinglePartIsHandedOn() {
        var handed: [String] = []
        SideBySide.forEach(["only"], { $0.uppercased() }, inOrder: { handed.append($0) })
        #expect(handed == ["ONLY"])
    }

    @Test func aWorkerKeepsItsStateFromPartToPartAndResultsComeInOrder() {
        let parts = Array(0..<24)
        let started = Counter()
        var handed: [Int] = []
        var partsBefore: [Int] = []
        SideBySide.forEach(parts, keeping: { started.add(); return 0 }, { seen, part in
            usleep(useconds_t((24 - part) * 500))
            defer { seen += 1 }
            return (part * 10, seen)
        }, inOrder: { handed.append($0.0); partsBefore.append($0.1) })
        #expect(handed == parts.map { $0 * 10 })
        // One state for each worker, never one for each part: the parts a worker read before add up.
        let workers = min(parts.count, ProcessInfo.processInfo.activeProcessorCount)
        #expect((1...workers).contains(started.value))
        #expect(partsBefore.reduce(0, +) >= parts.count - started.value)
    }

    /// The turns come one at a time, in the order of the parts, whichever part's work ends first;
    /// each part's work, turn and finish run once, and the results come in order.
    @Test func turnsAreTakenAloneInTheOrderOfTheParts() {
        let parts = Array(0..<24)
        let turns = Turns()
        var handed: [Int] = []
        SideBySide.forEach(parts, keeping: { 0 }, { _, part in
            // The first parts take longest, so the later ones are made before them.
            usleep(useconds_t((24 - part) * 500))
            return part
        }, inTurn: { part in
            turns.take(part)
        }, then: { part in
            part * 10
        }, inOrder: { handed.append($0) })
        #expect(handed == parts.map { $0 * 10 })
        #expect(turns.order == parts)
        #expect(!turns.overlapped)
    }

    /// The turns seen, from any thread, and whether one began before the one before it ended.
    private final class Turns: @unchecked Sendable {
        private let lock = NSLock()
        private var taken: [Int] = []
        private var busy = false
        private var sawOverlap = false
        var order: [Int] { lock.withLock { taken } }
        var overlapped: Bool { lock.withLock { sawOverlap } }

        func take(_ part: Int) -> Int {
            lock.withLock {
                if busy { sawOverlap = true }
                busy = true
                taken.append(part)
            }
            usleep(200)
            lock.withLock { busy = false }
            return part
        }
    }

    /// Counts, from any thread.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var value: Int { lock.withLock { count } }
        func add() { lock.withLock { count += 1 } }
    }

    @Test func joiningMovesEveryElementInOrder() async {
        let parts = Gen.int(in: 0...50).array(of: 0...6).array(of: 0...8)
        await propertyCheck(count: 500, input: parts) { parts in
            // Strings are counted references, so a lost or doubled element would show.
            let strings = parts.map { $0.map { "part \($0) " + String(repeating: "x", count: $0) } }
            #expect(SideBySide.joined(strings) == Array(strings.joined()))
        }
    }
}
