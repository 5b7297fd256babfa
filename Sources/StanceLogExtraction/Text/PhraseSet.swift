/// A fixed set of lower-case phrases, searched for anywhere in a line's UTF-8 bytes in one pass.
///
/// The phrases are bucketed by their first byte, so each position of the line costs one table
/// look-up instead of one comparison per phrase, and a bit per pair of first two bytes passes over
/// most positions before the bucket is read.
struct PhraseSet: Sendable {
    private let byFirstByte: [[[UInt8]]]
    /// Bit `first << 8 | second` is set when a phrase starts with those two bytes, or is `first` alone.
    private let pairs: [UInt64]

    init(_ phrases: [String]) {
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        var pairs = [UInt64](repeating: 0, count: 65_536 / 64)
        for phrase in phrases where !phrase.isEmpty {
            let bytes = Array(phrase.utf8)
            buckets[Int(bytes[0])].append(bytes)
            let seconds = bytes.count > 1 ? Int(bytes[1])...Int(bytes[1]) : 0...255
            for second in seconds {
                let pair = Int(bytes[0]) << 8 | second
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        byFirstByte = buckets
        self.pairs = pairs
    }

    /// Whether any phrase occurs in `haystack`.
    func occurs(in haystack: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { text in
            for start in text.indices {
                if start + 1 < text.count {
                    let pair = Int(text[start]) << 8 | Int(text[start + 1])
                    if pairs[pair >> 6] & (1 << UInt64(pair & 63)) == 0 { continue }
                }
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
