import Foundation
import StanceLogCore
import StanceLogExtraction

/// Paths to the seeds and the development corpus, relative to this file.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = packageRoot.appendingPathComponent("seeds")
    static let corpus = packageRoot.appendingPathComponent("../shared/corpus").standardizedFileURL

    static var hasCorpus: Bool { FileManager.default.fileExists(atPath: corpus.path) }
    /// The held-out validation set: scored only, never read for rules (see issue 11).
    static let validation = packageRoot.appendingPathComponent("../shared/validation").standardizedFileURL

    static var hasValidation: Bool { FileManager.default.fileExists(atPath: validation.path) }

    static func seed(_ prefix: String) throws -> NormalizedText {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path)
        guard let name = names.first(where: { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") }) else {
            throw StanceLogError(.notFound, "no seed \(prefix)")
        }
        return try ArticleFile.read(seeds.appendingPathComponent(name))
    }

    static func text(_ raw: String) throws -> NormalizedText {
        guard let text = NormalizedText(raw) else { throw StanceLogError(.invalidInput, "empty text") }
        return text
    }

    /// The error `Codebook.decode` throws for `json`, or nil when the codebook loads.
    static func codebookFailure(_ json: String) -> StanceLogError? {
        do {
            _ = try Codebook.decode(Data(json.utf8), source: "test.json")
            return nil
        } catch let error as StanceLogError {
            return error
        } catch {
            return nil
        }
    }

    static func extractor() throws -> RuleBasedExtractor {
        RuleBasedExtractor(codebook: try Codebook.bundled())
    }

    /// The statements extracted from `raw` as "party topic sign" ("RU nato_membership -"): what
    /// the construction tests compare, the sign being what scoring counts.
    static func signTuples(_ raw: String) throws -> Set<String> {
        Set(try extractor().extract(from: try text(raw)).map { statement in
            "\(statement.party) \(statement.topic) \(["-", "0", "+"][statement.stance.sign + 1])"
        })
    }
}
