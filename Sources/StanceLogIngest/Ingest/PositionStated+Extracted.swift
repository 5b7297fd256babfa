public import StanceLogCore

extension PositionStated {
    /// The event for a statement an extractor found in an article.
    ///
    /// The id is derived from the article, the extractor identity and the
    /// (party, topic, stance), so the same extraction always yields the same ids
    /// and a new extractor identity yields new ones.
    public static func extracted(
        _ found: ExtractedStatement, article: ArticleID, published: PartialDate, extractor: ExtractorIdentity
    ) -> PositionStated {
        PositionStated(
            statementID: StatementID.derived(from: [
                article.rawValue, extractor.key, found.party.rawValue, found.topic.rawValue, String(found.stance.value),
            ]),
            articleID: article, party: found.party, topic: found.topic, stance: found.stance,
            attribution: found.attribution, speaker: found.speaker, evidence: found.evidence,
            validDate: found.date ?? published, origin: .extractor, extractor: extractor,
            confidence: found.confidence)
    }
}
