import Synchronization

/// The words one ``HeadLexicon`` has looked up, shared by every article extracted with its
/// codebook: a word that came before costs one hash of its bytes instead of lower-casing it and
/// walking the head tables (most words of an article stood in an article before).
///
/// Bounded by ``capacity`` words, so memory stays flat over any number of articles; a word beyond
/// it is looked up anew each time, with the same result. A lock guards the table: extractors on
/// several threads share it.
final class WordCache: Sendable {
    /// The most words kept (a few MB).
    static let capacity = 1 << 16

    private let table = Mutex(WordTable(capacity: WordCache.capacity))

    /// The entry of the word `bytes`, made by `make` and kept when the word is new.
    func entry(_ bytes: UnsafeBufferPointer<UInt8>, orMake make: () -> WordTable.Entry) -> WordTable.Entry {
        if let known = table.withLock({ $0.entry(bytes) }) { return known }
        let made = make()
        table.withLock { $0.insert(bytes, made) }
        return made
    }
}
