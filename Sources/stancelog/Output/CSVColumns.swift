import StanceLogAPI
import StanceLogCore
import StanceLogTimeline

/// The CSV columns shared by `state`, `timeline` and `diff`: the JSON keys, as columns.
enum CSVColumns {
    /// One reading (a state cell, or one end of a diff row).
    static let reading = [
        "stance", "label", "date", "validEnd", "evidence", "article", "title", "outlet", "url", "statementId", "speaker",
        "attribution", "statements", "origin", "confidence",
    ]

    /// The fields of ``reading``; empty where unknown.
    static func values(_ reading: StanceReading, sources: ArticleSources) -> [String] {
        let article = sources[reading.article]
        return [
            reading.stance.map { String($0.value) } ?? "", reading.stance?.label ?? "",
            reading.date?.description ?? "", reading.date.map { QueryOutput.day($0.endDay) } ?? "",
            reading.evidence ?? "", reading.article?.rawValue ?? "", article?.title ?? "", article?.outlet ?? "",
            article?.url ?? "", reading.statementID?.rawValue ?? "", reading.speaker ?? "",
            reading.attribution?.rawValue ?? "", String(reading.statements), reading.origin?.rawValue ?? "",
            reading.confidence.map { String($0) } ?? "",
        ]
    }

    /// One timeline point.
    static let point = [
        "party", "topic", "date", "validEnd", "stance", "previous", "label", "evidence", "article", "title", "outlet",
        "url", "statementId", "speaker", "attribution", "statements", "origin", "confidence",
    ]

    /// The fields of ``point``.
    static func values(_ point: TimelinePoint, sources: ArticleSources) -> [String] {
        let article = sources[point.article]
        return [
            point.party.rawValue, point.topic.rawValue, point.date.description, QueryOutput.day(point.date.endDay),
            String(point.stance.value), point.previous.map { String($0.value) } ?? "", point.stance.label,
            point.evidence, point.article.rawValue, article?.title ?? "", article?.outlet ?? "", article?.url ?? "",
            point.statementID.rawValue, point.speaker ?? "", point.attribution.rawValue, String(point.statements),
            point.origin?.rawValue ?? "", point.confidence.map { String($0) } ?? "",
        ]
    }
}
