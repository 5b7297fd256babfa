import Foundation

/// Article text in the one form stancelog stores, hashes and points offsets into.
///
/// Normalising before hashing is what makes ingest idempotent: a BOM, CRLF or CR
/// line ends, soft hyphens, a different Unicode composition, or blank space at
/// either end do not make a different article.
public struct NormalizedText: Hashable, Sendable {
    /// The normalised text: NFC, `\n` line ends, no BOM or soft hyphens, trimmed at both ends.
    public let value: String

    /// Normalises `raw`; returns nil when nothing but whitespace is left.
    public init?(_ raw: String) {
        var text = raw
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        text = text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\u{00AD}", with: "")
            .precomposedStringWithCanonicalMapping
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        value = trimmed
    }

    /// Decodes and normalises the bytes of a file or of standard input.
    ///
    /// - Parameter source: how to name the input in an error (a path, or `standard input`).
    /// - Throws: ``StanceLogError`` with code `unreadableFile` for NUL bytes (a binary file),
    ///   invalid UTF-8, or a text that is empty or only whitespace.
    public static func decode(_ bytes: [UInt8], source: String) throws -> NormalizedText {
        if bytes.contains(0) {
            throw StanceLogError(
                .unreadableFile, "\(source) contains NUL bytes: it looks like a binary file, not an article",
                hint: "pass the article as a UTF-8 plain-text file")
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            throw StanceLogError(
                .unreadableFile, "\(source) is not valid UTF-8",
                hint: "convert it first, e.g. `iconv -f latin1 -t utf-8 \(source)`")
        }
        guard let text = NormalizedText(decoded) else {
            throw StanceLogError(
                .unreadableFile, "\(source) is empty or contains only whitespace",
                hint: "check that the file holds the article text")
        }
        return text
    }
}
