/// Every spelling and word form of every glossary term compiled into one byte trie, so the cost
/// of matching grows with the text and not with the glossary.
///
/// Built once from folded keys (see `TextBytes.fold`), then frozen into flat arrays: each node's
/// children sit side by side, sorted by byte, and the root's children are found by direct index.
struct PhraseTrie: Sendable {
    /// What a key leads to: a glossary entry, and for acronyms the exact spellings that count.
    struct Target: Sendable {
        let entry: Int32
        /// For acronyms, the spellings with their capitals (CoP, COP, CoPs); empty for other kinds.
        let spellings: [String]
    }

    private var rootChildren = [Int32](repeating: -1, count: 256)
    private var edgeStart: [Int32] = []
    private var edgeCount: [UInt16] = []
    private var edgeBytes: [UInt8] = []
    private var edgeTargets: [Int32] = []
    /// For each node, the index of the list of targets it ends, or -1.
    private var terminal: [Int32] = []
    /// Where each list of targets starts in `targetEntry`, and one past the last list.
    private var listStart: [Int32] = [0]
    /// Each target's glossary entry, list after list.
    private var targetEntry: [Int32] = []
    /// Where each target's spellings start in `spellings`, and one past the last target.
    private var spellingStart: [Int32] = [0]
    /// The exact spellings of acronym targets, target after target.
    private var spellings: [String] = []

    /// Builds the trie from keys, each folded, with its target.
    ///
    /// The keys are sorted first, so each node's children arrive in byte order and can be chained
    /// as siblings: no table per node, which matters for glossaries of a hundred thousand terms.
    init(keys: [(key: [UInt8], target: Target)]) {
        let sorted = keys.filter { !$0.key.isEmpty }.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        var firstChild: [Int32] = [-1]
        var lastChild: [Int32] = [-1]
        var nextSibling: [Int32] = [-1]
        var byteOf: [UInt8] = [0]
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
                byteOf.append(byte)
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
        edgeStart.reserveCapacity(firstChild.count)
        edgeCount.reserveCapacity(firstChild.count)
        edgeBytes.reserveCapacity(firstChild.count)
        edgeTargets.reserveCapacity(firstChild.count)
        for node in firstChild.indices {
            edgeStart.append(Int32(edgeBytes.count))
            var count: UInt16 = 0
            var child = firstChild[node]
            while child >= 0 {
                edgeBytes.append(byteOf[Int(child)])
                edgeTargets.append(child)
                if node == 0 { rootChildren[Int(byteOf[Int(child)])] = child }
                count += 1
                child = nextSibling[Int(child)]
            }
            edgeCount.append(count)
        }
        terminal = ends
        for list in lists {
            for target in list {
                targetEntry.append(target.entry)
                spellings += target.spellings
                spellingStart.append(Int32(spellings.count))
            }
            listStart.append(Int32(targetEntry.count))
        }
    }

    /// A trie from its arrays, as `archive(into:)` wrote them; nil when they do not fit together,
    /// so a damaged archive is never used.
    init?(rootChildren: [Int32], edgeStart: [Int32], edgeCount: [UInt16], edgeBytes: [UInt8], edgeTargets: [Int32],
          terminal: [Int32], listStart: [Int32], targetEntry: [Int32], spellingStart: [Int32], spellings: [String], entryCount: Int) {
        let nodes = terminal.count
        let edges = edgeBytes.count
        guard rootChildren.count == 256, edgeStart.count == nodes, edgeCount.count == nodes, edgeTargets.count == edges,
              listStart.first == 0, listStart.last.map(Int.init) == targetEntry.count, spellingStart.count == targetEntry.count + 1,
              spellingStart.first == 0, spellingStart.last.map(Int.init) == spellings.count,
              rootChildren.allSatisfy({ $0 >= -1 && Int($0) < nodes }), edgeTargets.allSatisfy({ $0 > 0 && Int($0) < nodes }),
              terminal.allSatisfy({ $0 >= -1 && Int($0) < listStart.count - 1 }), targetEntry.allSatisfy({ $0 >= 0 && Int($0) < entryCount }),
              zip(edgeStart, edgeCount).allSatisfy({ $0 >= 0 && Int($0) + Int($1) <= edges }),
              zip(listStart, listStart.dropFirst()).allSatisfy({ $0 <= $1 }),
              zip(spellingStart, spellingStart.dropFirst()).allSatisfy({ $0 <= $1 }) else { return nil }
        self.rootChildren = rootChildren
        self.edgeStart = edgeStart
        self.edgeCount = edgeCount
        self.edgeBytes = edgeBytes
        self.edgeTargets = edgeTargets
        self.terminal = terminal
        self.listStart = listStart
        self.targetEntry = targetEntry
        self.spellingStart = spellingStart
        self.spellings = spellings
    }

    /// The arrays, for an archive to keep and `init?(rootChildren:…)` to read back.
    var parts: (rootChildren: [Int32], edgeStart: [Int32], edgeCount: [UInt16], edgeBytes: [UInt8], edgeTargets: [Int32],
                terminal: [Int32], listStart: [Int32], targetEntry: [Int32], spellingStart: [Int32], spellings: [String]) {
        (rootChildren, edgeStart, edgeCount, edgeBytes, edgeTargets, terminal, listStart, targetEntry, spellingStart, spellings)
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
        let start = Int(edgeStart[Int(node)])
        let count = Int(edgeCount[Int(node)])
        if count <= 8 {
            for index in start..<start + count where edgeBytes[index] == byte { return edgeTargets[index] }
            return -1
        }
        var low = start
        var high = start + count - 1
        while low <= high {
            let middle = (low + high) / 2
            let value = edgeBytes[middle]
            if value == byte { return edgeTargets[middle] }
            if value < byte { low = middle + 1 } else { high = middle - 1 }
        }
        return -1
    }

    /// The index into `targets` of what `node` ends, or -1.
    @inline(__always)
    func ending(_ node: Int32) -> Int32 { terminal[Int(node)] }
}
