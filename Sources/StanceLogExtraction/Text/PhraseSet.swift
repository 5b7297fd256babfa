/// A fixed set of lower-case phrases, searched for anywhere in a line's UTF-8 bytes in one pass.
///
/// The phrases are bucketed by their first byte, so each position of the line costs one table
/// look-up instead of one comparison per phrase.
struct PhraseSet: Sendable {
    private let byFirstByte: [[[UInt8]]]

    init(_ phrases: [String]) {
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        for phrase in phrases where !phrase.isEmpty {
            let bytes = Array(phrase.utf8)
            buckets[Int(bytes[0])].append(bytes)
        }
        byFirstByte = buckets
    }

    /// Whether any phrase occurs in `haystack`.
    func occurs(in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { text in
            for start in text.indices {
                for phrase in byFirstByte[Int(text[start])] where phrase.count <= text.count - start {
                    var offset = 1
                    while offset < phrase.count, text[start + offset] == phrase[offset] { offset += 1 }
                    if offset == phrase.count { return true }
                }
            }
            return false
        }
    }
}
