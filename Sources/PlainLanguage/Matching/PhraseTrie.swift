/// Every spelling and word form of every glossary term compiled into one byte trie, so the cost
/// of matching grows with the text and not with the glossary.
///
/// Built once from folded keys (see `TextBytes.fold`), then frozen into flat arrays with the
/// nodes numbered breadth first: each node's children are numbered side by side, sorted by byte,
/// so a node needs only where its children start, the byte that leads to it and what it ends
/// (nine bytes a node). The root's children are found by direct index.
///
/// The numbers are read where they lie: in memory the trie allocated when it was built, or in an
/// archive's file mapped into memory, so a cached glossary of a hundred thousand terms is not
/// copied before its first use. The trie never changes after it is made.
struct PhraseTrie: @unchecked Sendable {
    /// What a key leads to: a glossary entry, and for acronyms the exact spellings that count.
    struct Target: Sendable {
        let entry: Int32
        /// For acronyms, the spellings with their capitals (CoP, COP, CoPs); empty for other kinds.
        let spellings: [String]
    }

    /// The memory the numbers below lie in, kept for as long as the trie is.
    private let memory: TrieMemory
    /// For each byte, the root's child along it, or -1.
    private let rootChildren: UnsafeBufferPointer<Int32>
    /// For each node, the number of its first child; the next node's first child ends its
    /// children. One more than the nodes, so the last node's children end too.
    private let childStart: UnsafeBufferPointer<Int32>
    /// For each node, the byte that leads to it from its parent (0 for the root).
    private let byteOf: UnsafeBufferPointer<UInt8>
    /// For each node, the index of the list of targets it ends, or -1.
    private let terminal: UnsafeBufferPointer<Int32>
    /// Where each list of targets starts in `targetEntry`, and one past the last list.
    private let listStart: UnsafeBufferPointer<Int32>
    /// Each target's glossary entry, list after list.
    private let targetEntry: UnsafeBufferPointer<Int32>
    /// Where each target's spellings start in `spellings`, and one past the last target.
    private let spellingStart: UnsafeBufferPointer<Int32>
    /// The exact spellings of acronym targets, target after target.
    private let spellings: [String]

    /// Builds the trie from keys, each folded, with its target.
    ///
    /// The keys are sorted first, so each node's children arrive in byte order and can be chained
    /// as siblings: no table per node, which matters for glossaries of a hundred thousand terms.
    /// The chained nodes are then numbered breadth first.
    init(keys: [(key: [UInt8], target: Target)]) {
        var rootChildren = [Int32](repeating: -1, count: 256)
        var childStart: [Int32] = []
        let sorted = keys.filter { !$0.key.isEmpty }.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        var firstChild: [Int32] = [-1]
        var lastChild: [Int32] = [-1]
        var nextSibling: [Int32] = [-1]
        var bytes: [UInt8] = [0]
        var ends: [Int32] = [-1]
        var lists: [[Target]] = []
        var path: [Int32] = [0]
        var previous: [UInt8] = []
        for (key, target) in sorted {
            var common = 0
            let limit = min(key.count, previous.count)
            while common < limit && key[common] == previous[common] { common += 1 }
            path.removeLast(path.count - 1 - common)
            var node = path[common]
            for byte in key[common...] {
                let child = Int32(firstChild.count)
                firstChild.append(-1)
                lastChild.append(-1)
                nextSibling.append(-1)
                bytes.append(byte)
                ends.append(-1)
                if lastChild[Int(node)] >= 0 { nextSibling[Int(lastChild[Int(node)])] = child } else { firstChild[Int(node)] = child }
                lastChild[Int(node)] = child
                path.append(child)
                node = child
            }
            if ends[Int(node)] < 0 {
                ends[Int(node)] = Int32(lists.count)
                lists.append([])
            }
            let list = Int(ends[Int(node)])
            if !lists[list].contains(where: { $0.entry == target.entry }) { lists[list].append(target) }
            previous = key
        }
        // Breadth first: `order` holds the chained nodes in their new order.
        var order: [Int32] = [0]
        order.reserveCapacity(firstChild.count)
        childStart.reserveCapacity(firstChild.count + 1)
        var next = 0
        while next < order.count {
            let node = order[next]
            next += 1
            childStart.append(Int32(order.count))
            var child = firstChild[Int(node)]
            while child >= 0 {
                if node == 0 { rootChildren[Int(bytes[Int(child)])] = Int32(order.count) }
                order.append(child)
                child = nextSibling[Int(child)]
            }
        }
        childStart.append(Int32(order.count))
        var listStart: [Int32] = [0], targetEntry: [Int32] = [], spellingStart: [Int32] = [0], spellings: [String] = []
        for list in lists {
            for target in list {
                targetEntry.append(target.entry)
                spellings += target.spellings
                spellingStart.append(Int32(spellings.count))
            }
            listStart.append(Int32(targetEntry.count))
        }
            let made = TrieMemory.copying([rootChildren, childStart, order.map { ends[Int($0)] }, listStart, targetEntry, spellingStart],
                                      order.map { bytes[Int($0)] })
        self.init(memory: made.memory, rootChildren: made.numbers[0], childStart: made.numbers[1], byteOf: made.bytes,
                  terminal: made.numbers[2], listStart: made.numbers[3], targetEntry: made.numbers[4],
                  spellingStart: made.numbers[5], spellings: spellings)
    }

    /// A trie from its numbers as `parts` gives them, lying in `memory`; nil when they do not fit
    /// together, so a damaged archive is never used.
    init?(memory: TrieMemory, rootChildren: UnsafeBufferPointer<Int32>, childStart: UnsafeBufferPointer<Int32>,
          byteOf: UnsafeBufferPointer<UInt8>, terminal: UnsafeBufferPointer<Int32>, listStart: UnsafeBufferPointer<Int32>,
          targetEntry: UnsafeBufferPointer<Int32>, spellingStart: UnsafeBufferPointer<Int32>, spellings: [String], entryCount: Int) {
        let nodes = terminal.count
        // Every node's children come after it and after the children of the nodes before it.
        guard nodes > 0, rootChildren.count == 256, byteOf.count == nodes, childStart.count == nodes + 1,
              childStart.first == 1, childStart.last.map(Int.init) == nodes,
              zip(childStart, childStart.dropFirst()).allSatisfy({ $0 <= $1 }),
              listStart.first == 0, listStart.last.map(Int.init) == targetEntry.count, spellingStart.count == targetEntry.count + 1,
              spellingStart.first == 0, spellingStart.last.map(Int.init) == spellings.count,
              rootChildren.allSatisfy({ $0 == -1 || ($0 >= childStart[0] && $0 < childStart[1]) }),
              terminal.allSatisfy({ $0 >= -1 && Int($0) < listStart.count - 1 }), targetEntry.allSatisfy({ $0 >= 0 && Int($0) < entryCount }),
              zip(listStart, listStart.dropFirst()).allSatisfy({ $0 <= $1 }),
              zip(spellingStart, spellingStart.dropFirst()).allSatisfy({ $0 <= $1 }) else { return nil }
        self.init(memory: memory, rootChildren: rootChildren, childStart: childStart, byteOf: byteOf, terminal: terminal,
                  listStart: listStart, targetEntry: targetEntry, spellingStart: spellingStart, spellings: spellings)
    }

    private init(memory: TrieMemory, rootChildren: UnsafeBufferPointer<Int32>, childStart: UnsafeBufferPointer<Int32>,
                 byteOf: UnsafeBufferPointer<UInt8>, terminal: UnsafeBufferPointer<Int32>, listStart: UnsafeBufferPointer<Int32>,
                 targetEntry: UnsafeBufferPointer<Int32>, spellingStart: UnsafeBufferPointer<Int32>, spellings: [String]) {
        self.memory = memory
        self.rootChildren = rootChildren
        self.childStart = childStart
        self.byteOf = byteOf
        self.terminal = terminal
        self.listStart = listStart
        self.targetEntry = targetEntry
        self.spellingStart = spellingStart
        self.spellings = spellings
    }

    /// The numbers, for an archive to keep and `init?(memory:…)` to read back.
    var parts: (rootChildren: [Int32], childStart: [Int32], byteOf: [UInt8], terminal: [Int32],
                listStart: [Int32], targetEntry: [Int32], spellingStart: [Int32], spellings: [String]) {
        (Array(rootChildren), Array(childStart), Array(byteOf), Array(terminal), Array(listStart), Array(targetEntry),
         Array(spellingStart), spellings)
    }

    /// The entry of the first target in `list` that `text` may match: any target but an acronym,
    /// and an acronym only when `text` is one of its spellings (CoP but not "cop").
    func entry(in list: Int32, matching text: String) -> Int32? {
        for target in Int(listStart[Int(list)])..<Int(listStart[Int(list) + 1]) {
            let forms = spellings[Int(spellingStart[target])..<Int(spellingStart[target + 1])]
            if forms.isEmpty || forms.contains(text) { return targetEntry[target] }
        }
        return nil
    }

    /// The number of nodes, for measuring.
    var nodeCount: Int { terminal.count }

    /// The child of `node` along `byte`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ byte: UInt8) -> Int32 {
        if node == 0 { return rootChildren[Int(byte)] }
        let start = Int(childStart[Int(node)])
        let end = Int(childStart[Int(node) + 1])
        if end - start <= 8 {
            for child in start..<end where byteOf[child] == byte { return Int32(child) }
            return -1
        }
        var low = start
        var high = end - 1
        while low <= high {
            let middle = (low + high) / 2
            let value = byteOf[middle]
            if value == byte { return Int32(middle) }
            if value < byte { low = middle + 1 } else { high = middle - 1 }
        }
        return -1
    }

    /// The index into `targets` of what `node` ends, or -1.
    @inline(__always)
    func ending(_ node: Int32) -> Int32 { terminal[Int(node)] }
}

/// Memory that holds a trie's numbers, given back when the last trie (or archived entries, see
/// `ArchivedEntries`) using it is gone: memory allocated for a trie just built, or an archive's
/// bytes (a file mapped into memory, or a copy).
final class TrieMemory: @unchecked Sendable {
    private let release: () -> Void

    /// Memory that `release` gives back.
    init(release: @escaping () -> Void) {
        self.release = release
    }

    deinit { release() }

    /// New memory holding copies of `numbers` and of `bytes`, and where each copy is.
    static func copying(_ numbers: [[Int32]], _ bytes: [UInt8])
        -> (memory: TrieMemory, numbers: [UnsafeBufferPointer<Int32>], bytes: UnsafeBufferPointer<UInt8>) {
        let total = numbers.reduce(0) { $0 + $1.count } * MemoryLayout<Int32>.stride + bytes.count
        let base = UnsafeMutableRawPointer.allocate(byteCount: max(total, 1), alignment: MemoryLayout<Int32>.alignment)
        var offset = 0
        let copies = numbers.map { array in
            let copy = (base + offset).bindMemory(to: Int32.self, capacity: array.count)
            copy.initialize(from: array, count: array.count)
            offset += array.count * MemoryLayout<Int32>.stride
            return UnsafeBufferPointer(start: copy, count: array.count)
        }
        let byteCopy = (base + offset).bindMemory(to: UInt8.self, capacity: bytes.count)
        byteCopy.initialize(from: bytes, count: bytes.count)
        return (TrieMemory(release: { base.deallocate() }), copies, UnsafeBufferPointer(start: byteCopy, count: bytes.count))
    }
}
