public import Foundation
public import StanceLogCore

/// The definitions an extractor works from: parties, topics and the cue words for each.
///
/// Shipped as `codebook.json` and replaceable with `--codebook FILE`, so that a
/// user tracking another conflict writes data, not code.
public struct Codebook: Hashable, Sendable, Codable {
    /// A party the codebook knows.
    public struct Party: Hashable, Sendable, Codable {
        public let id: PartyID
        public let name: String
    }

    /// A topic (a polar question) the codebook knows.
    public struct Topic: Hashable, Sendable, Codable {
        public let id: TopicID
        public let question: String
    }

    public let name: String
    public let version: String
    public let parties: [Party]
    public let topics: [Topic]

    /// The Ukraine codebook shipped with stancelog.
    public static func bundled() throws -> Codebook {
        guard let url = Bundle.module.url(forResource: "codebook", withExtension: "json") else {
            throw StanceLogError(.invalidCodebook, "the bundled codebook.json is missing from the installation")
        }
        return try load(contentsOf: url)
    }

    /// Reads a codebook file.
    ///
    /// - Throws: ``StanceLogError`` `invalidCodebook` naming the file and the failing key.
    public static func load(contentsOf url: URL) throws -> Codebook {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw StanceLogError(
                .invalidCodebook, "cannot read codebook \(url.path)", hint: "check the path given to --codebook")
        }
        do {
            return try JSONDecoder().decode(Codebook.self, from: data)
        } catch let error as DecodingError {
            throw StanceLogError(
                .invalidCodebook, "codebook \(url.path) is malformed: \(error.summary)",
                hint: "compare it with the bundled codebook.json")
        } catch {
            throw StanceLogError(.invalidCodebook, "codebook \(url.path) is not valid JSON: \(error)")
        }
    }

    /// `name@version`, recorded with every extracted statement.
    public var identity: String { "\(name)@\(version)" }

    public func knows(party id: PartyID) -> Bool { parties.contains { $0.id == id } }

    public func knows(topic id: TopicID) -> Bool { topics.contains { $0.id == id } }
}
