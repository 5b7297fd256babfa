import Foundation
import StanceLogTesting

/// Short, distinct articles for kill tests: each paragraph of the seeds and the corpus, numbered.
enum GeneratedArticles {
    /// Writes `count` articles into `articles/` under `folder` and returns that folder.
    static func write(_ count: Int, in folder: URL) throws -> URL {
        var sources = [Fixtures.seedsDirectory]
        if let corpus = Fixtures.corpusDirectory { sources.append(corpus) }
        let paragraphs = try sources.flatMap { source in
            try FileManager.default.contentsOfDirectory(atPath: source.path).filter { $0.hasSuffix(".txt") }.sorted()
                .flatMap { name in
                    try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
                        .components(separatedBy: "\n\n")
                        .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                        .filter { $0.count > 80 }
                }
        }
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for index in 0..<count {
            let text = paragraphs[index % paragraphs.count] + "\n\nArchivnummer \(index).\n"
            try Data(text.utf8).write(to: articles.appendingPathComponent(String(format: "a%04d.txt", index)))
        }
        return articles
    }
}
