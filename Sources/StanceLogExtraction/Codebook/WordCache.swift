import Foundation
import Synchronization

/// The words one ``HeadLexicon`` has looked up, shared by every article extracted with its
/// codebook: a word that came before costs one hash of its bytes instead of lower-casing it and
/// walking the head tables (most words of an article stood in an article before).
///
/// Extractors on several threads (`ingest --jobs`) share it without waiting for each other: the
/// words sit in ``stripeCount`` tables, each behind its own lock, and a thread starts at the
/// table its thread id picks, passes over a table another thread holds, and looks a word up
/// anew when it finds them all held. One table behind one lock made two extracting threads
/// take turns (1 core busy of 2). Every table is bounded by ``capacity`` words, so memory stays
/// flat over any number of articles; a word beyond it is looked up anew each time, with the same
/// result.
final class WordCache: Sendable {
    /// The most words one table keeps (a few MB).
    static let capacity = 1 << 15
    /// Tables, so that threads rarely meet at one: twice the cores, at least 2 and at most 16.
    static let stripeCount = min(max(2 * ProcessInfo.processInfo.activeProcessorCount, 2), 16)

    /// One table and its lock (a `Mutex` cannot sit in an array by itself).
    private final class Stripe: Sendable {
        let table = Mutex(WordTable(capacity: WordCache.capacity))
    }

    private let stripes = (0..<WordCache.stripeCount).map { _ in Stripe() }

    /// The entry of the word `bytes`, made by `make` and kept when the word is new.
    func entry(_ bytes: UnsafeBufferPointer<UInt8>, orMake make: () -> WordTable.Entry) -> WordTable.Entry {
        let first = Self.threadStripe()
        for step in 0..<Self.stripeCount {
            let stripe = stripes[(first + step) % Self.stripeCount]
            let found: WordTable.Entry?? = stripe.table.withLockIfAvailable { $0.entry(bytes) }
            guard let found else { continue }
            if let found { return found }
            let made = make()
            _ = stripe.table.withLockIfAvailable { $0.insert(bytes, made) }
            return made
        }
        return make()
    }

    /// The table the calling thread starts at, the same for every call on that thread.
    private static func threadStripe() -> Int {
        #if canImport(Darwin)
        let id = UInt(bitPattern: Int(bitPattern: pthread_self()))
        #else
        let id = UInt(pthread_self())
        #endif
        return Int(truncatingIfNeeded: ((id >> 4) &* 0x9E37_79B9_7F4A_7C15) >> 33) % stripeCount
    }
}
