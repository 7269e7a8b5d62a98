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
    /// For each node, the index into `targets` of what it ends, or -1.
    private var terminal: [Int32] = []
    private(set) var targets: [[Target]] = []

    /// Builds the trie from keys, each folded, with its target.
    init(keys: [(key: [UInt8], target: Target)]) {
        var children: [[UInt8: Int32]] = [[:]]
        var ends: [Int32] = [-1]
        var lists: [[Target]] = []
        for (key, target) in keys where !key.isEmpty {
            var node: Int32 = 0
            for byte in key {
                if let next = children[Int(node)][byte] {
                    node = next
                } else {
                    let next = Int32(children.count)
                    children.append([:])
                    ends.append(-1)
                    children[Int(node)][byte] = next
                    node = next
                }
            }
            if ends[Int(node)] < 0 {
                ends[Int(node)] = Int32(lists.count)
                lists.append([])
            }
            let list = Int(ends[Int(node)])
            if !lists[list].contains(where: { $0.entry == target.entry }) { lists[list].append(target) }
        }
        edgeStart.reserveCapacity(children.count)
        edgeCount.reserveCapacity(children.count)
        for node in children.indices {
            edgeStart.append(Int32(edgeBytes.count))
            let sorted = children[node].sorted { $0.key < $1.key }
            edgeCount.append(UInt16(sorted.count))
            for (byte, child) in sorted {
                edgeBytes.append(byte)
                edgeTargets.append(child)
            }
        }
        for (byte, child) in children[0] { rootChildren[Int(byte)] = child }
        terminal = ends
        targets = lists
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
