import CCMarkGFM
import Foundation

/// cmark-gfm's tree of one part of a text, freed with it.
///
/// The parts of a long text are each parsed in a `NodeArena`, which is fast, but only frees the
/// whole tree at once and needs about a third more memory. A text of one part (short, or one
/// that cannot be cut) is parsed with the system's allocator and freed node by node as it is
/// converted, so a long text that cannot be cut is never held twice over, as a tree and a model.
///
/// `@unchecked Sendable`: made on the parsing thread and handed over whole; only one thread uses
/// it at a time.
final class PartTree: @unchecked Sendable {
    private let root: OpaquePointer
    /// The arena the tree lives in, or nil when it was made with the system's allocator.
    private let arena: NodeArena?

    init(root: OpaquePointer, arena: NodeArena?) {
        self.root = root
        self.arena = arena
    }

    deinit {
        if arena == nil { cmark_node_free(root) }
    }

    /// Whether the reader should free each node once converted: true for a tree made with the
    /// system's allocator, where freeing keeps memory down; an arena frees nothing until the end.
    var freesNodeByNode: Bool { arena == nil }

    /// Runs `body` with the root of the tree, in the tree's arena if it has one, where any memory
    /// cmark-gfm takes while the tree is read (it copies a text the first time it is asked for) comes from.
    func reading<Result, Failure: Error>(_ body: (OpaquePointer) throws(Failure) -> Result) throws(Failure) -> Result {
        guard let arena else { return try body(root) }
        return try arena.using { () throws(Failure) -> Result in try body(root) }
    }
}

/// Parses the parts of a long text on a second thread, in order and at most `ahead` parts ahead
/// of the caller, so cmark-gfm reads the next part while the caller converts the last.
///
/// The trees come out in the order of the parts, whatever the timing. A text of one part is
/// parsed on the caller's thread when it is taken.
///
/// `@unchecked Sendable`: every stored property but the immutable inputs is read and written
/// only while `condition` is locked.
final class PartTrees: @unchecked Sendable {
    private let parts: [MarkdownParts.Part]
    private let ahead: Int
    private let condition = NSCondition()
    /// The trees parsed so far (nil where cmark-gfm gave none), until they are taken.
    private var parsed: [PartTree?]
    /// How many parts have been parsed, and how many the caller has taken.
    private var parsedCount = 0
    private var taken = 0
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

    /// The next part's tree, in order; nil when cmark-gfm gave none. The caller holds the only
    /// reference, so the tree is freed when the caller lets it go.
    func next() -> PartTree? {
        guard parts.count > 1 else { return CMarkTree.parse(parts[0].text, inArena: false) }
        condition.lock()
        while parsedCount <= taken { condition.wait() }
        let tree = parsed[taken]
        parsed[taken] = nil
        taken += 1
        condition.broadcast()
        condition.unlock()
        return tree
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
            condition.unlock()
            if stop { return }
            let tree = CMarkTree.parse(parts[index].text, inArena: true)
            condition.lock()
            parsed[index] = tree
            parsedCount += 1
            condition.broadcast()
            condition.unlock()
        }
    }
}
