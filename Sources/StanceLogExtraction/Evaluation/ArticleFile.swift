public import Foundation
public import StanceLogCore

/// Reads an article file into normalised text.
public enum ArticleFile {
    /// Decodes `url` as UTF-8 (a BOM, CRLF and soft hyphens are normalised away).
    ///
    /// - Throws: ``StanceLogError`` `notFound` or `unreadableFile`, naming the file.
    public static func read(_ url: URL) throws -> NormalizedText {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw StanceLogError(.notFound, "article \(url.path) is missing or unreadable", hint: "check the path")
        }
        return try NormalizedText.decode([UInt8](data), source: url.path)
    }
}
