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
/// `@unchecked Sendable`: every stored property but the immutable inputs is read and written only
/// while `condition` is locked.
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
    init(_ parts: [MarkdownParts.Part], ahead: Int = 2) {
        self.parts = parts
        self.ahead = ahead
        parsed = Array(repeating: nil, count: parts.count)
        // The thread holds `self` until it has parsed the last part or is stopped.
        if parts.count > 1 { Thread.detachNewThread { [self] in parseAll() } }
    }

    /// The tree of the next part, in order; nil when cmark-gfm gave none.
    func next() -> PartTree? {
        guard parts.count > 1 else { return CMarkTree.parse(parts[0].text).map(PartTree.init) }
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
            let tree = CMarkTree.parse(parts[index].text).map(PartTree.init)
            condition.lock()
            parsed[index] = tree
            parsedCount += 1
            condition.broadcast()
            condition.unlock()
        }
    }
}
