/// The heads of every phrase index of a compiled codebook in one ``HeadTable``, so that the
/// tokenizer looks each word up once and every index then passes over the words at which none
/// of its phrases can start, instead of walking its own tries at every word.
///
/// A token's ``HeadMask`` is only meaningful to the indexes registered here: tokens and indexes
/// of one compiled codebook go together.
struct HeadLexicon: Sendable {
    private var table = HeadTable()
    private var slotCount = 0
    /// The words looked up so far; a fresh one whenever an index is registered, whose heads the
    /// masks kept would lack.
    private var cache = WordCache()

    /// `index` with the next free slot, its heads filed under that slot; beyond ``HeadMask/slots``
    /// the index keeps no slot and is walked at every word.
    mutating func registered<Payload>(_ index: PhraseIndex<Payload>) -> PhraseIndex<Payload> {
        guard slotCount < HeadMask.slots else { return index }
        let slot = slotCount
        slotCount += 1
        cache = WordCache()
        for head in index.heads { table.insert(head, id: slot) }
        var result = index
        result.register(slot: slot)
        return result
    }

    /// Lays the table out for lookups (``ByteTrie/compact()``), once every index is registered.
    mutating func compact() {
        table.compact()
    }

    /// The lower-case form of the word whose UTF-8 as written is `bytes`, with its ``heads(of:)`` and ``WordFlags``;
    /// a word looked up before is read from the ``WordCache``.
    func word(_ bytes: UnsafeBufferPointer<UInt8>) -> WordTable.Entry {
        cache.entry(bytes) {
            let lower = LowerCase.bytes(bytes)
            let word = String(decoding: lower, as: UTF8.self)
            return WordTable.Entry(lower: word, heads: heads(of: lower), flags: WordFlags(lower: word))
        }
    }

    /// The slots of the indexes with a phrase whose first pattern matches the lower-case word `bytes`.
    func heads(of bytes: [UInt8]) -> HeadMask {
        var mask = HeadMask.none
        bytes.withUnsafeBufferPointer { buffer in
            table.forEachID(matching: buffer) { mask.insert($0) }
        }
        return mask
    }
}
