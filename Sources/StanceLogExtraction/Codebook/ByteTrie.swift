/// A trie over bytes whose nodes hold the ids of phrases ending there, as whole
/// words or as prefixes.
struct ByteTrie: Sendable {
    private struct Node: Sendable {
        /// The bytes leading to the children and, at the same index, the children: nodes have few
        /// children, and a short linear scan beats hashing one byte.
        var childBytes: [UInt8] = []
        var childNodes: [Int32] = []
        var whole: [Int] = []
        var prefix: [Int] = []

        func child(_ byte: UInt8) -> Int32? {
            childBytes.firstIndex(of: byte).map { childNodes[$0] }
        }
    }

    private var nodes: [Node] = [Node()]

    mutating func insert(_ bytes: some Sequence<UInt8>, id: Int, whole: Bool) {
        var node = 0
        for byte in bytes {
            if let next = nodes[node].child(byte) {
                node = Int(next)
            } else {
                nodes.append(Node())
                nodes[node].childBytes.append(byte)
                nodes[node].childNodes.append(Int32(nodes.count - 1))
                node = nodes.count - 1
            }
        }
        if whole {
            nodes[node].whole.append(id)
        } else {
            nodes[node].prefix.append(id)
        }
    }

    /// Appends the ids that match `bytes` (read backwards when `reversed`): the whole
    /// word first, then its prefixes from the longest, so that specific entries win.
    func collect(_ bytes: UnsafeBufferPointer<UInt8>, reversed: Bool, into ids: inout [Int]) {
        var node = 0
        var prefixes: [Int] = []
        let count = bytes.count
        var complete = true
        for step in 0..<count {
            let byte = reversed ? bytes[count - 1 - step] : bytes[step]
            guard let next = nodes[node].child(byte) else {
                complete = false
                break
            }
            node = Int(next)
            if !nodes[node].prefix.isEmpty { prefixes.insert(contentsOf: nodes[node].prefix, at: 0) }
        }
        if complete { ids.append(contentsOf: nodes[node].whole) }
        ids.append(contentsOf: prefixes)
    }
}
