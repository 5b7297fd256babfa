import Foundation
public import StanceLogCore

/// One statement as `stancelog extract --format json` prints it: the gold files' keys
/// (`party`, `topic`, `stance`, `attribution`, `speaker`, `evidence`) plus offsets,
/// confidence, date and extractor.
///
/// `start`/`end` are Unicode scalar offsets of the first evidence sentence in the
/// normalised text; `date` is the statement's own date, else the article's
/// publication date, `null` when neither is known.
public struct ExtractedStatementView: Hashable, Sendable, Codable {
    public let party: String
    public let topic: String
    public let stance: Int
    public let attribution: String
    public let speaker: String?
    public let evidence: String
    public let start: Int?
    public let end: Int?
    /// Every evidence sentence, when there are several.
    public let evidenceSpans: [EvidenceSpan]
    public let confidence: Double
    public let date: String?
    public let extractor: String

    /// Builds the view of `statement` found in an article published on `published`.
    public init(_ statement: ExtractedStatement, published: PartialDate?, extractor identity: ExtractorIdentity) {
        party = statement.party.rawValue
        topic = statement.topic.rawValue
        stance = statement.stance.value
        attribution = statement.attribution.rawValue
        speaker = statement.speaker
        evidence = statement.evidence.first?.text ?? ""
        start = statement.evidence.first?.start
        end = statement.evidence.first?.end
        evidenceSpans = statement.evidence
        confidence = (statement.confidence * 100).rounded() / 100
        date = (statement.date ?? published)?.description
        extractor = identity.key
    }

    private enum CodingKeys: String, CodingKey {
        case party, topic, stance, attribution, speaker, evidence, start, end, evidenceSpans, confidence, date, extractor
    }

    /// Encodes every key, with `null` for a missing speaker, offset or date.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(party, forKey: .party)
        try container.encode(topic, forKey: .topic)
        try container.encode(stance, forKey: .stance)
        try container.encode(attribution, forKey: .attribution)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        try container.encode(evidenceSpans, forKey: .evidenceSpans)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(date, forKey: .date)
        try container.encode(extractor, forKey: .extractor)
    }

    /// The statements of one article, extracted and viewed.
    public static func views(
        of text: NormalizedText, extractor: some StatementExtractor, published: PartialDate? = nil
    ) -> [ExtractedStatementView] {
        let date = published ?? ArticleReader().metadata(of: text).published
        return extractor.extract(from: text).map { ExtractedStatementView($0, published: date, extractor: extractor.identity) }
    }
}
