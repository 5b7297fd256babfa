import Foundation
import StanceLogTesting
import Testing

/// Helpers of the curation tests: another codebook version, and a sentence an analyst can quote.
extension CommandRunner {
    /// Writes the bundled codebook under another version into the working folder (``CodebookVersion``), for `--codebook`.
    func newCodebookVersion() throws -> String {
        try CodebookVersion.write(in: folder)
    }

    /// The first article of the log (or of `article`, an id or prefix): a 10-digit prefix of its id and a line of its text of more than 40 characters.
    func quotableSentence(of article: String? = nil) throws -> (article: String, sentence: String) {
        let selection = article.map { ["--article", $0] } ?? []
        let output = try run(["log", "--type", "ArticleIngested", "--format", "json"] + selection).output
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        let payload = try #require(objects.first?["payload"] as? [String: Any])
        let id = String(try #require(payload["articleId"] as? String).prefix(10))
        let text = try #require(payload["text"] as? String)
        return (id, try #require(text.split(separator: "\n").map(String.init).first { $0.count > 40 }))
    }
}
