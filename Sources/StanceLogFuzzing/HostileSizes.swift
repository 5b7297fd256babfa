/// How large the generated inputs get: megabytes for the release fuzz run,
/// kilobytes for the debug test suite.
public struct HostileSizes: Sendable {
    /// Bytes of the line without a full stop.
    public var hugeLine: Int
    /// Bytes of the file that must be refused as too large.
    public var oversizedFile: Int
    /// Nesting depth, party names per sentence, repeated sentences.
    public var repetitions: Int
    /// Bytes of the longest word.
    public var longWord: Int
    /// Bytes of random text or random bytes.
    public var randomText: Int

    public init(hugeLine: Int, oversizedFile: Int, repetitions: Int, longWord: Int, randomText: Int) {
        self.hugeLine = hugeLine
        self.oversizedFile = oversizedFile
        self.repetitions = repetitions
        self.longWord = longWord
        self.randomText = randomText
    }

    /// The sizes of `Scripts/fuzz`: a 5 MB line, a 50 MB file, 5,000-deep nesting, a 1 MB word.
    public static let full = HostileSizes(
        hugeLine: 5_000_000, oversizedFile: 50_000_000, repetitions: 5_000, longWord: 1_000_000, randomText: 200_000)

    /// Sizes a debug build handles in well under a second per input.
    public static let small = HostileSizes(
        hugeLine: 60_000, oversizedFile: 0, repetitions: 300, longWord: 20_000, randomText: 5_000)
}
