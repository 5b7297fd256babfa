public import StanceLogCore
public import StanceLogTimeline

/// A small stance history held in memory, for tests of what is built on the queries (report, command line).
///
/// US on security guarantees: +1 on 2023-11-04, −1 in 2025-02 (corrected by an analyst
/// from −2, at event 5), +1 on 2025-12-06; UA on NATO membership: +2 in 2025.
public enum SampleTimeline {
    public static let dwn = SampleEvents.articleID("dwn")
    public static let hegseth = SampleEvents.articleID("hegseth")
    public static let blick = SampleEvents.articleID("blick")

    public static var queries: InMemoryStanceQueries {
        InMemoryStanceQueries(
            versions: [
                version("st-dwn", dwn, "US", "security_guarantees", 1, "2023-11-04", "Überlegungen.", from: 2),
                version("st-hegseth", hegseth, "US", "security_guarantees", -2, "2025-02", "Keine Truppen.", from: 4, to: 5),
                version(
                    "st-hegseth", hegseth, "US", "security_guarantees", -1, "2025-02", "Keine Truppen.", from: 5,
                    reviewed: true, speaker: "Hegseth"),
                version("st-blick", blick, "US", "security_guarantees", 1, "2025-12-06", "Rahmen.", from: 7),
                version("st-nato", blick, "UA", "nato_membership", 2, "2025", "Kiew will in die NATO.", from: 8),
            ],
            articles: [
                .init(id: dwn, title: "DW news", published: PartialDate(year: 2023, month: 11, day: 4)!, sequence: 1),
                .init(id: hegseth, title: "Hegseth in Brüssel", published: PartialDate(year: 2025, month: 2)!, sequence: 3),
                .init(id: blick, title: "Blick", published: PartialDate(year: 2025, month: 12, day: 6)!, sequence: 6),
            ])
    }

    private static func version(
        _ id: String, _ article: ArticleID, _ party: PartyID, _ topic: TopicID, _ stance: Int, _ date: String,
        _ evidence: String, from: Int64, to: Int64? = nil, reviewed: Bool = false, speaker: String? = nil
    ) -> InMemoryStanceQueries.Version {
        InMemoryStanceQueries.Version(
            statementID: StatementID(rawValue: id), article: article, party: party, topic: topic,
            stance: Stance(stance)!, reviewed: reviewed, date: PartialDate(date)!, speaker: speaker,
            evidence: evidence, fromSeq: from, toSeq: to)
    }
}
