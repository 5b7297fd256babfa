import Foundation
import StanceLogCore
import StanceLogTesting
import Testing

/// The fast canonical writer must give exactly the bytes of `JSONEncoder` (the hash chain covers them).
@Suite struct CanonicalJSONWriterTests {
    static let awkwardStrings: [String] = [
        "", "plain", "„Zitat“ mit Anführungszeichen", "quote \" and backslash \\ and slash /",
        "tab\tnewline\nreturn\rformfeed\u{0C}backspace\u{08}", "nul\u{0}unit\u{1F}esc\u{1B}del\u{7F}",
        "line separator \u{2028} paragraph \u{2029}", "emoji 🇺🇦 and combining e\u{301}", "Ωmega ß ü é ø",
        String(repeating: "lang ", count: 400),
    ]

    static let confidences: [Double?] = [nil, 0, 1, 0.5, 0.85, 0.6, 0.95, 0.1 + 0.2, 1.0 / 3, 0.000_001, 0.000_1, 0.99]

    static func statement(text: String, confidence: Double?, speaker: String?, offsets: Bool, extractor: Bool) -> PositionStated {
        let base = SampleEvents.statement(in: "a", evidence: text)
        return PositionStated(
            statementID: base.statementID, articleID: base.articleID, party: PartyID(text.isEmpty ? "US" : "R\(text.count)"),
            topic: "territory", stance: base.stance, attribution: .reported, speaker: speaker,
            evidence: offsets
                ? [EvidenceSpan(text: text, start: 3, end: 3 + text.unicodeScalars.count), EvidenceSpan(text: "zwei", start: 0)]
                : [EvidenceSpan(text: text)],
            validDate: base.validDate, origin: extractor ? .extractor : .analyst,
            extractor: extractor ? ExtractorIdentity(name: "rules", version: "1.0.0", codebook: text) : nil,
            confidence: confidence)
    }

    @Test(arguments: awkwardStrings)
    func statementsEncodeLikeJSONEncoder(text: String) throws {
        for confidence in Self.confidences {
            for flags in 0..<8 {
                let event = DomainEvent.positionStated(
                    Self.statement(
                        text: text, confidence: confidence, speaker: flags & 1 == 0 ? nil : text,
                        offsets: flags & 2 != 0, extractor: flags & 4 != 0))
                #expect(try EventCodec.encode(event) == EventCodec.encodeWithFoundation(event))
            }
        }
    }

    @Test(arguments: awkwardStrings)
    func articlesEncodeLikeJSONEncoder(text: String) throws {
        let full = ArticleIngested(
            articleID: SampleEvents.articleID("a"), title: text, outlet: text, url: "https://example.org/a/b?c=\(text)",
            published: PartialDate(year: 2024, month: 2) ?? PartialDate(year: 2024)!, dateSource: .manifest,
            dateNote: text, sourceName: text, extractor: ExtractorIdentity(name: "n", version: "v", codebook: text),
            language: text, text: text)
        let sparse = SampleEvents.article(text.isEmpty ? "x" : text)
        for article in [full, sparse] {
            let event = DomainEvent.articleIngested(article)
            #expect(try EventCodec.encode(event) == EventCodec.encodeWithFoundation(event))
        }
    }
}
