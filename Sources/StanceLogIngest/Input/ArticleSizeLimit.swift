import StanceLogCore

/// The largest article stancelog reads: 8 MB (8,000,000 bytes) of text.
///
/// News articles are 2–100 kB. A file far beyond that is the wrong file (a dump,
/// a log, a whole book) or an attack; reading it would take seconds per megabyte
/// and about 30 bytes of memory per byte of text before saying anything. Ingest
/// and extract refuse it up front, naming the file and its size, and read at most
/// this much (plus one byte) from standard input.
public enum ArticleSizeLimit {
    /// The largest accepted input, in bytes.
    public static let maximumBytes = 8_000_000

    /// - Throws: ``StanceLogError`` `invalidInput` naming the input and its size when
    ///   `byteCount` is over ``maximumBytes``.
    public static func check(byteCount: Int, of displayName: String) throws {
        guard byteCount > maximumBytes else { return }
        // One byte over is all a bounded read of a stream sees: its size is unknown.
        let size = byteCount == maximumBytes + 1 ? "larger" : "\(megabytes(byteCount)) (\(byteCount) bytes), more"
        throw StanceLogError(
            .invalidInput, "\(displayName) is \(size) than the \(maximumBytes / 1_000_000) MB an article may have",
            hint: "pass one article per .txt file; split longer texts into their articles")
    }

    /// `52.4 MB`: bytes in megabytes (10⁶ bytes), to one decimal, rounded down.
    static func megabytes(_ bytes: Int) -> String {
        "\(bytes / 1_000_000).\(bytes / 100_000 % 10) MB"
    }
}
