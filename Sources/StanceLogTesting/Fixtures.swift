public import Foundation

/// Paths to the real inputs tests run on: the seeds in the repository and the development corpus beside it.
public enum Fixtures {
    /// The package root, found from this file's location.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `seeds/`: five articles, their gold files and `manifest.json`.
    public static var seedsDirectory: URL { packageRoot.appendingPathComponent("seeds") }

    /// `events/fixtures/seeds-v1.jsonl`: the seeds' log as a schema-version-1 stancelog exported it, kept unchanged.
    public static var seedsVersionOneLog: URL {
        packageRoot.appendingPathComponent("events/fixtures/seeds-v1.jsonl")
    }

    /// `../shared/corpus/`, when present (development only).
    public static var corpusDirectory: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The seed article files, sorted by name.
    public static func seedArticles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: seedsDirectory.path)
            .filter { $0.hasSuffix(".txt") }
            .sorted()
            .map { seedsDirectory.appendingPathComponent($0) }
    }

    /// A new empty folder under the system's temporary directory.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("stancelog-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
