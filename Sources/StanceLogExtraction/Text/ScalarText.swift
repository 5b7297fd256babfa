import StanceLogCore

/// Normalised article text as an array of Unicode scalars, so that offsets are scalar offsets.
struct ScalarText: Sendable {
    let scalars: [Unicode.Scalar]

    init(_ text: NormalizedText) {
        scalars = Array(text.value.unicodeScalars)
    }

    init(_ string: String) {
        scalars = Array(string.unicodeScalars)
    }

    var count: Int { scalars.count }

    func string(_ range: Range<Int>) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[range])
        return String(result)
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
