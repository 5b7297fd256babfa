public import Foundation
public import StanceLogCore

/// Scores an extractor against gold annotations, as ANNOTATION.md defines.
public enum Evaluator {
    /// An article with its gold annotation.
    public struct Pair: Sendable {
        public let name: String
        public let text: NormalizedText
        public let gold: GoldFile

        public init(name: String, text: NormalizedText, gold: GoldFile) {
            self.name = name
            self.text = text
            self.gold = gold
        }
    }

    /// Pairs every `X.txt` in `directory` with `X.gold.json` and scores `extractor` on them.
    ///
    /// - Throws: ``StanceLogError`` naming the file: `notFound` for a missing directory or gold
    ///   file, `invalidInput` for a malformed gold file, `unreadableFile` for an unreadable article.
    public static func evaluate(directory: URL, extractor: some StatementExtractor) throws -> EvaluationReport {
        evaluate(try pairs(in: directory), extractor: extractor)
    }

    /// The article/gold pairs of `directory`, sorted by file name.
    ///
    /// - Throws: ``StanceLogError`` as ``evaluate(directory:extractor:)``.
    public static func pairs(in directory: URL) throws -> [Pair] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw StanceLogError(.notFound, "cannot list directory \(directory.path)", hint: "check the path")
        }
        let articles = names.filter { $0.hasSuffix(".txt") }.sorted()
        if articles.isEmpty {
            throw StanceLogError(
                .notFound, "no .txt articles in \(directory.path)", hint: "pass a directory of X.txt and X.gold.json")
        }
        return try articles.map { name in
            let base = String(name.dropLast(4))
            let text = try ArticleFile.read(directory.appendingPathComponent(name))
            let gold = try GoldFile.load(contentsOf: directory.appendingPathComponent(base + ".gold.json"))
            return Pair(name: name, text: text, gold: gold)
        }
    }

    /// Scores `extractor` on `pairs`.
    public static func evaluate(_ pairs: [Pair], extractor: some StatementExtractor) -> EvaluationReport {
        var scoring = Scoring()
        for pair in pairs {
            scoring.add(article: pair.name, predicted: extractor.extract(from: pair.text), gold: pair.gold)
        }
        return scoring.report(extractor: extractor.identity.key, articles: pairs.count)
    }
}
