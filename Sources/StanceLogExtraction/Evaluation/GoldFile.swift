public import Foundation
public import StanceLogCore

/// A gold annotation file (`X.gold.json`) as ANNOTATION.md defines it.
public struct GoldFile: Hashable, Sendable, Codable {
    /// One annotated position statement.
    public struct Statement: Hashable, Sendable, Codable {
        public let party: PartyID
        public let topic: TopicID
        public let stance: Stance
        public let attribution: Attribution
        public let speaker: String?
        public let evidence: String
        /// A borderline statement: neither rewarded nor punished in scoring.
        public let optional: Bool?
        /// The statement's own valid date, when the text dates it.
        public let date: PartialDate?
        public let note: String?

        public init(
            party: PartyID, topic: TopicID, stance: Stance, attribution: Attribution, speaker: String? = nil,
            evidence: String, optional: Bool? = nil, date: PartialDate? = nil, note: String? = nil
        ) {
            self.party = party
            self.topic = topic
            self.stance = stance
            self.attribution = attribution
            self.speaker = speaker
            self.evidence = evidence
            self.optional = optional
            self.date = date
            self.note = note
        }

        /// Whether the statement is marked optional.
        public var isOptional: Bool { optional ?? false }
    }

    public let article: String
    public let published: PartialDate?
    public let statements: [Statement]

    public init(article: String, published: PartialDate?, statements: [Statement]) {
        self.article = article
        self.published = published
        self.statements = statements
    }

    /// Reads a gold file.
    ///
    /// - Throws: ``StanceLogError`` `notFound` when the file is missing, `invalidInput` naming the
    ///   file and the failing key when it is malformed.
    public static func load(contentsOf url: URL) throws -> GoldFile {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw StanceLogError(
                .notFound, "gold file \(url.path) is missing or unreadable",
                hint: "every X.txt needs an X.gold.json beside it")
        }
        do {
            return try JSONDecoder().decode(GoldFile.self, from: data)
        } catch let error as DecodingError {
            throw StanceLogError(
                .invalidInput, "gold file \(url.path) is malformed: \(error.summary)",
                hint: "see the gold format in ANNOTATION.md")
        } catch {
            throw StanceLogError(.invalidInput, "gold file \(url.path) is not valid JSON: \(error)")
        }
    }
}
