/// The payload fields that SQL reads itself (`json_extract`), instead of decoding the event in Swift.
///
/// They keep JSON decoding off the replay and query paths. Each expression reads a
/// key of the canonical payload that ``StanceLogCore/EventCodec`` writes; the
/// upcasters of older schema versions never change these keys, and
/// `PayloadReadTests` pins every expression to the Swift decoding over the current
/// seeds log and the version-1 fixture (`events/fixtures/seeds-v1.jsonl`).
package enum PayloadReads {
    /// The `ArticleIngested` extractor's key (``StanceLogCore/ExtractorIdentity/key``, built by the
    /// Swift rule through ``RuleFunctions``); NULL when the article records no extractor.
    package static let extractorKey = """
        stancelog_extractor_key(json_extract(payload, '$.extractor.name'), \
        json_extract(payload, '$.extractor.version'), json_extract(payload, '$.extractor.codebook'))
        """

    /// The `ArticleIngested` title, outlet and URL, in that order.
    package static let catalogFields =
        "json_extract(payload, '$.title'), json_extract(payload, '$.outlet'), json_extract(payload, '$.url')"

    /// Of a `PositionStated` or `StatementCorrected`: whether it sets the speaker, the speaker, whether it
    /// sets the evidence, and the evidence sentences joined by ` … ` in span order.
    package static let evidenceFields = """
        json_type(payload, '$.speaker') IS NOT NULL, json_extract(payload, '$.speaker'),
        json_type(payload, '$.evidence') IS NOT NULL,
        (SELECT group_concat(text, ' … ') FROM (
            SELECT json_extract(value, '$.text') AS text FROM json_each(payload, '$.evidence') ORDER BY key)),
        type, json_extract(payload, '$.confidence'), json_extract(payload, '$.origin')
        """
}

extension PayloadReads {
    /// The separator ``evidenceSentences`` joins sentences with (ASCII unit separator, never in article text).
    package static let sentenceSeparator: Character = "\u{1F}"

    /// Of a `PositionStated`: its evidence sentences in span order, joined by ``sentenceSeparator``.
    package static let evidenceSentences = """
        (SELECT group_concat(text, char(31)) FROM (
            SELECT json_extract(value, '$.text') AS text FROM json_each(payload, '$.evidence') ORDER BY key))
        """
}
