import StanceLogCore

/// Normalised article text as an array of Unicode scalars, so that offsets are scalar
/// offsets, with the UTF-8 bytes beside it so that slices become strings cheaply.
struct ScalarText: Sendable {
    let scalars: [Unicode.Scalar]
    private let utf8: [UInt8]
    /// The UTF-8 offset of every scalar, and of the end.
    private let offsets: [Int]

    init(_ text: NormalizedText) {
        self.init(text.value)
    }

    init(_ string: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(string.utf8.count)
        offsets.reserveCapacity(string.utf8.count + 1)
        var offset = 0
        for scalar in string.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.offsets = offsets
        utf8 = Array(string.utf8)
    }

    var count: Int { scalars.count }

    func string(_ range: Range<Int>) -> String {
        String(decoding: utf8[offsets[range.lowerBound]..<offsets[range.upperBound]], as: UTF8.self)
    }

    /// The text of `range` in lower case, with a fast path for ASCII.
    func lowercased(_ range: Range<Int>) -> String {
        let bytes = utf8[offsets[range.lowerBound]..<offsets[range.upperBound]]
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
        return String(decoding: bytes.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    /// The ranges of the lines, without their line breaks.
    func lines() -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in scalars.indices where scalars[index] == "\n" {
            result.append(start..<index)
            start = index + 1
        }
        result.append(start..<scalars.count)
        return result
    }

    /// `range` without white space at either end.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        return lower..<upper
    }
}
