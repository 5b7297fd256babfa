/// Words by their UTF-8 as written, each with its lower-case form, ``HeadMask`` and ``WordFlags``: an
/// open-addressed table whose keys sit in one byte array, so that a lookup hashes and compares
/// the word's bytes in place and allocates nothing.
struct WordTable: Sendable {
    /// What a word looks up to, the same every time.
    struct Entry: Sendable {
        let lower: String
        let heads: HeadMask
        let flags: WordFlags
    }

    /// The most words the table keeps; later words are looked up anew every time.
    let capacity: Int
    /// Per slot the index of its entry plus one; 0 for an empty slot. A power of two, under half full.
    private var slots = [Int32](repeating: 0, count: 1_024)
    private var hashes: [UInt64] = []
    /// Where each entry's key starts in `keys`, and where the last one ends.
    private var starts: [Int32] = [0]
    private var keys: [UInt8] = []
    private var entries: [Entry] = []

    init(capacity: Int) {
        self.capacity = capacity
    }

    var count: Int { entries.count }

    /// The entry of the word `bytes`, if the table has it.
    func entry(_ bytes: UnsafeBufferPointer<UInt8>) -> Entry? {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if hashes[index] == hash, keyEquals(index, bytes) { return entries[index] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Files `entry` under `bytes`, unless the table is full or has the word already.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, _ entry: Entry) {
        guard entries.count < capacity, self.entry(bytes) == nil else { return }
        if (entries.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(bytes)
        entries.append(entry)
        hashes.append(hash)
        keys.append(contentsOf: bytes)
        starts.append(Int32(keys.count))
        place(entries.count - 1, hash: hash)
    }

    private func keyEquals(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[index])
        guard Int(starts[index + 1]) - start == bytes.count else { return false }
        for offset in 0..<bytes.count where keys[start + offset] != bytes[offset] { return false }
        return true
    }

    private mutating func place(_ index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for index in entries.indices { place(index, hash: hashes[index]) }
    }

    /// FNV-1a over the bytes, its high bits folded down so that the low bits pick the slot.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash ^ (hash >> 29)
    }
}
