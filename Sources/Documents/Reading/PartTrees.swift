import CCMarkGFM
import Foundation

/// cmark-gfm's tree of one part of a text, freed with it.
///
/// `@unchecked Sendable`: made on the parsing thread and handed over whole; only one thread uses
/// it at a time.
final class PartTree: @unchecked Sendable {
    let root: OpaquePointer

    init(root: OpaquePointer) {
        self.root = root
    }

    deinit { cmark_node_free(root) }
}

/// Parses the parts of a long text on a second thread, in order and at most `ahead` parts ahead
/// of the caller, so cmark-gfm reads the next part while the caller converts the last.
///
/// The trees come out in the order of the parts, whatever the timing. A text of one part is
/// parsed on the caller's thread when it is taken.
///
/// The caller gives each tree back once converted, and the parsing thread frees it: malloc keeps
/// the nodes in that thread's own arena, and freeing them from another thread contends for its
/// lock on every node (about 3,000 waits and 30 ms of system time for 1 MB of notes).
///
/// `@unchecked Sendable`: every stored property but the immutable inputs and `current` is read
/// and written only while `condition` is locked.
final class PartTrees: @unchecked Sendable {
    private let parts: [MarkdownParts.Part]
    private let ahead: Int
    private let condition = NSCondition()
    /// The trees parsed so far (nil where cmark-gfm gave none), until they are taken.
    private var parsed: [PartTree?]
    /// How many parts have been parsed, and how many the caller has taken.
    private var parsedCount = 0
    private var taken = 0
    /// The tree the caller took last, until it is given back; only the caller's thread uses it.
    private var current: PartTree?
    /// Trees converted and given back, for the parsing thread to free.
    private var spent: [PartTree] = []
    private var givenBack = 0
    /// Set when the caller gives up before the last part, so the parsing thread stops too.
    private var stopped = false

    /// Starts parsing `parts`.
    init(_ parts: [MarkdownParts.Part], ahead: Int = 1) {
        self.parts = parts
        self.ahead = ahead
        parsed = Array(repeating: nil, count: parts.count)
        // The thread holds `self` until it has parsed the last part or is stopped.
        if parts.count > 1 { Thread.detachNewThread { [self] in parseAll() } }
    }

    /// The root of the next part's tree, in order; nil when cmark-gfm gave none. The tree lives
    /// until `giveBack()`, and only this object holds it, so it is freed where `giveBack` says.
    func next() -> OpaquePointer? {
        guard parts.count > 1 else {
            current = CMarkTree.parse(parts[0].text).map(PartTree.init)
            return current?.root
        }
        condition.lock()
        while parsedCount <= taken { condition.wait() }
        current = parsed[taken]
        parsed[taken] = nil
        taken += 1
        condition.broadcast()
        condition.unlock()
        return current?.root
    }

    /// Hands back the tree taken last, once it is converted, to be freed by the thread that made
    /// it (a text of one part: here).
    func giveBack() {
        guard parts.count > 1 else {
            current = nil
            return
        }
        // Moved to `spent` under the lock, so no other reference outlives it here.
        condition.lock()
        if let tree = current {
            spent.append(tree)
            givenBack += 1
        }
        current = nil
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the parsing thread, when the caller takes no more parts; trees not taken are freed.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    private func parseAll() {
        for index in parts.indices {
            condition.lock()
            while index - taken >= ahead && !stopped { condition.wait() }
            let stop = stopped
            var trees = spent
            spent = []
            condition.unlock()
            trees.removeAll()
            if stop { return }
            let tree = CMarkTree.parse(parts[index].text).map(PartTree.init)
            condition.lock()
            parsed[index] = tree
            parsedCount += 1
            condition.broadcast()
            condition.unlock()
        }
        // Free the last trees as they come back.
        while true {
            condition.lock()
            while spent.isEmpty && givenBack < parsedCount && !stopped { condition.wait() }
            var trees = spent
            spent = []
            let done = givenBack >= parsedCount || stopped
            condition.unlock()
            trees.removeAll()
            if done { return }
        }
    }
}
