/// Phrase heads filed by the lower-case UTF-8 of the words they match: exact words and
/// prefixes in a byte trie read forwards, suffixes in one read backwards, infixes in one read
/// forwards from every byte of the word.
struct HeadTable: Sendable {
    private var forward = ByteTrie()
    private var backward = ByteTrie()
    private var inner = ByteTrie()

    mutating func insert(_ head: TokenPattern, id: Int) {
        switch head {
        case .exact(let word): forward.insert(Array(word.utf8), id: id, whole: true)
        case .prefix(let start): forward.insert(Array(start.utf8), id: id, whole: false)
        case .suffix(let end): backward.insert(Array(end.utf8).reversed(), id: id, whole: false)
        case .infix(let part): inner.insert(Array(part.utf8), id: id, whole: false)
        }
    }

    /// Lays the tries out for lookups (``ByteTrie/compact()``); later inserts still work.
    mutating func compact() {
        forward.compact()
        backward.compact()
        inner.compact()
    }

    /// Appends the ids whose head matches `bytes`: the exact word, the prefixes from the longest,
    /// the suffixes from the longest, then the infixes in the order of their ids, each once.
    func collect(_ bytes: UnsafeBufferPointer<UInt8>, into ids: inout [Int]) {
        forward.collect(bytes, reversed: false, into: &ids)
        backward.collect(bytes, reversed: true, into: &ids)
        var infixes: [Int] = []
        forEachInfixID(in: bytes) { infixes.append($0) }
        guard !infixes.isEmpty else { return }
        infixes.sort()
        for (offset, id) in infixes.enumerated() where offset == 0 || infixes[offset - 1] != id { ids.append(id) }
    }

    /// Calls `body` with every id whose head matches `bytes`, in no particular order.
    func forEachID(matching bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        forward.forEachID(matching: bytes, reversed: false, body)
        backward.forEachID(matching: bytes, reversed: true, body)
        forEachInfixID(in: bytes, body)
    }

    /// Calls `body` with the id of every infix at each place it occurs in `bytes`.
    private func forEachInfixID(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        for start in bytes.indices {
            inner.forEachID(matching: UnsafeBufferPointer(rebasing: bytes[start...]), reversed: false, body)
        }
    }
}
