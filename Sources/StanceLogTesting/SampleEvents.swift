public import StanceLogCore

/// Small, valid events to build hand-made logs in tests.
public enum SampleEvents {
    /// A deterministic article id from a short name.
    public static func articleID(_ name: String) -> ArticleID {
        ArticleID(of: NormalizedText(name) ?? NormalizedText("article")!)
    }

    public static func article(_ name: String, published: String = "2025-02-12") -> ArticleIngested {
        ArticleIngested(
            articleID: articleID(name), title: name, outlet: nil, url: nil,
            published: PartialDate(published) ?? PartialDate(year: 2025)!, dateSource: .option, dateNote: nil,
            sourceName: "\(name).txt", extractor: nil, language: "de", text: name)
    }

    public static func statement(
        in name: String, party: PartyID = "US", topic: TopicID = "territory", stance: Int = 1,
        attribution: Attribution = .direct, date: String = "2025-02-12", evidence: String = "Evidence."
    ) -> PositionStated {
        let article = articleID(name)
        return PositionStated(
            statementID: StatementID.derived(from: [article.rawValue, party.rawValue, topic.rawValue, "\(stance)", date]),
            articleID: article, party: party, topic: topic, stance: Stance(stance) ?? Stance(0)!,
            attribution: attribution, speaker: nil, evidence: [EvidenceSpan(text: evidence)],
            validDate: PartialDate(date) ?? PartialDate(year: 2025)!, origin: .analyst, extractor: nil, confidence: nil)
    }

    /// The events of one article stream: the article and its statements.
    public static func stream(_ name: String, statements: [PositionStated] = []) -> StreamAppend {
        StreamAppend(
            stream: .article(articleID(name)), expectedVersion: .noStream,
            events: [.articleIngested(article(name))] + statements.map(DomainEvent.positionStated))
    }
}
