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

    /// The UTF-8 of `range` in lower case (``LowerCase``).
    func lowercasedBytes(_ range: Range<Int>) -> [UInt8] {
        LowerCase.bytes(utf8[offsets[range.lowerBound]..<offsets[range.upperBound]])
    }

    /// Calls `body` with the UTF-8 of `range` as written, in place.
    func withUTF8<Result>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        utf8.withUnsafeBufferPointer { bytes in
            body(UnsafeBufferPointer(rebasing: bytes[offsets[range.lowerBound]..<offsets[range.upperBound]]))
        }
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
        while lower < upper, ScalarClass.isWhitespace(scalars[lower]) { lower += 1 }
        while upper > lower, ScalarClass.isWhitespace(scalars[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}
