public import StanceLogCore
import StanceLogIngest

extension SyntheticArticle {
    /// The events `stancelog ingest` would append for this article if the extractor found every statement.
    ///
    /// - Throws: ``BenchmarkError`` if the text's digest is not an article id (it always is).
    public func events(extractor: ExtractorIdentity) throws -> StreamAppend {
        guard let articleID = ArticleID(rawValue: SHA256Digest.hex(of: text.utf8)) else {
            throw BenchmarkError("article \(index): its digest is not an article id")
        }
        let ingested = ArticleIngested(
            articleID: articleID, title: title, outlet: outlet, url: nil, published: published, dateSource: .text,
            dateNote: nil, sourceName: fileName, extractor: extractor, language: "de", text: text)
        var events: [DomainEvent] = [.articleIngested(ingested)]
        for statement in statements {
            let found = ExtractedStatement(
                party: statement.party, topic: statement.topic, stance: statement.stance,
                attribution: statement.attribution, speaker: statement.speaker, evidence: [statement.evidence],
                date: statement.date, confidence: Double(60 + (index * 7 + events.count * 13) % 36) / 100)
            events.append(
                .positionStated(
                    PositionStated.extracted(found, article: articleID, published: published, extractor: extractor)))
        }
        return StreamAppend(stream: .article(articleID), expectedVersion: .noStream, events: events)
    }
}
