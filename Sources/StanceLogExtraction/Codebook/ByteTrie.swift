/// A trie over bytes whose nodes hold the ids of phrases ending there, as whole
/// words or as prefixes.
///
/// Nodes are plain values in one array, children linked first-child/next-sibling, and
/// the root's children sit in a table by byte: a lookup reads no per-node buffer, and
/// most words leave the trie within a byte or two.
struct ByteTrie: Sendable {
    private struct Node: Sendable {
        let byte: UInt8
        var firstChild: Int32 = -1
        var nextSibling: Int32 = -1
        /// Index into `idLists` of the ids of phrases that end here as whole words, or -1.
        var whole: Int32 = -1
        /// Index into `idLists` of the ids of phrases that end here as prefixes, or -1.
        var prefix: Int32 = -1
    }

    private var nodes: [Node] = [Node(byte: 0)]
    private var rootChildren = [Int32](repeating: -1, count: 256)
    private var idLists: [[Int]] = []

    mutating func insert(_ bytes: some Sequence<UInt8>, id: Int, whole: Bool) {
        var node = 0
        for byte in bytes {
            if let next = child(of: node, byte) {
                node = next
                continue
            }
            let created = Int32(nodes.count)
            var fresh = Node(byte: byte)
            if node == 0 {
                rootChildren[Int(byte)] = created
            } else {
                fresh.nextSibling = nodes[node].firstChild
                nodes[node].firstChild = created
            }
            nodes.append(fresh)
            node = Int(created)
        }
        let list = whole ? nodes[node].whole : nodes[node].prefix
        if list >= 0 {
            idLists[Int(list)].append(id)
            return
        }
        idLists.append([id])
        if whole {
            nodes[node].whole = Int32(idLists.count - 1)
        } else {
            nodes[node].prefix = Int32(idLists.count - 1)
        }
    }

    /// Appends the ids that match `bytes` (read backwards when `reversed`): the whole
    /// word first, then its prefixes from the longest, so that specific entries win.
    func collect(_ bytes: UnsafeBufferPointer<UInt8>, reversed: Bool, into ids: inout [Int]) {
        // The prefix nodes passed, deepest last; rarely more than two.
        var prefixNodes: [Int32] = []
        let whole = walk(bytes, reversed: reversed) { prefixNodes.append($0) }
        if let whole { ids.append(contentsOf: idLists[Int(whole)]) }
        for prefixNode in prefixNodes.reversed() { ids.append(contentsOf: idLists[Int(nodes[Int(prefixNode)].prefix)]) }
    }

    /// Calls `body` with every id that matches `bytes` (read backwards when `reversed`), prefixes
    /// first; allocates nothing.
    func forEachID(matching bytes: UnsafeBufferPointer<UInt8>, reversed: Bool, _ body: (Int) -> Void) {
        let whole = walk(bytes, reversed: reversed) { prefixNode in
            for id in idLists[Int(nodes[Int(prefixNode)].prefix)] { body(id) }
        }
        if let whole { for id in idLists[Int(whole)] { body(id) } }
    }

    /// Follows `bytes` from the root, calling `passing` with every node passed that ends a prefix
    /// (shallowest first); the index into `idLists` of the whole word's ids, when there are any.
    private func walk(_ bytes: UnsafeBufferPointer<UInt8>, reversed: Bool, passing: (Int32) -> Void) -> Int32? {
        let count = bytes.count
        guard count > 0 else { return nil }
        var node = 0
        for step in 0..<count {
            let byte = reversed ? bytes[count - 1 - step] : bytes[step]
            guard let next = child(of: node, byte) else { return nil }
            node = next
            if nodes[node].prefix >= 0 { passing(Int32(node)) }
        }
        return nodes[node].whole >= 0 ? nodes[node].whole : nil
    }

    /// Renumbers the nodes breadth-first, each node's children next to each other, so that the
    /// few hundred nodes of the first bytes, which every lookup reads, share a few cache lines.
    mutating func compact() {
        var order: [Int32] = []
        order.reserveCapacity(nodes.count)
        for child in rootChildren where child >= 0 { order.append(child) }
        var next = 0
        while next < order.count {
            var child = nodes[Int(order[next])].firstChild
            while child >= 0 {
                order.append(child)
                child = nodes[Int(child)].nextSibling
            }
            next += 1
        }
        var renumbered = [Int32](repeating: -1, count: nodes.count)
        for (position, old) in order.enumerated() { renumbered[Int(old)] = Int32(position + 1) }
        func renumber(_ old: Int32) -> Int32 { old < 0 ? -1 : renumbered[Int(old)] }
        var compacted = [nodes[0]]
        compacted.reserveCapacity(nodes.count)
        for old in order {
            var node = nodes[Int(old)]
            node.firstChild = renumber(node.firstChild)
            node.nextSibling = renumber(node.nextSibling)
            compacted.append(node)
        }
        nodes = compacted
        rootChildren = rootChildren.map(renumber)
    }

    private func child(of node: Int, _ byte: UInt8) -> Int? {
        if node == 0 {
            let child = rootChildren[Int(byte)]
            return child < 0 ? nil : Int(child)
        }
        var child = nodes[node].firstChild
        while child >= 0 {
            if nodes[Int(child)].byte == byte { return Int(child) }
            child = nodes[Int(child)].nextSibling
        }
        return nil
    }
}
