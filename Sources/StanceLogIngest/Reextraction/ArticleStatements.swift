package import StanceLogCore
package import StanceLogTimeline

/// The statements of one article stream as the analyst sees them: which count, which are curated.
///
/// Folded from the stream alone with the rules of ``StatementCounting`` and
/// ``CurationCarryOver``, so a re-extraction can say what it changes before it writes.
package struct ArticleStatements {
    /// One statement, with its values after corrections.
    package struct Statement {
        package let stated: PositionStated
        package var party: PartyID
        package var topic: TopicID
        package var stance: Stance
        package var attribution: Attribution
        package var speaker: String?
        package var evidence: [String]
        package var validDate: PartialDate
        package var corrected = false
        package var retracted = false
        /// The extractor key; nil for an analyst's statement.
        package var extraction: String? { stated.extractor?.key }
        var extractedClaim: Claim {
            Claim(party: stated.party.rawValue, topic: stated.topic.rawValue, evidence: stated.evidence.map(\.text))
        }
        var curation: CuratedClaim {
            CuratedClaim(
                statementID: stated.statementID.rawValue, retracted: retracted, extracted: extractedClaim,
                party: party.rawValue, topic: topic.rawValue)
        }
    }

    package private(set) var statements: [StatementID: Statement] = [:]
    package private(set) var order: [StatementID] = []
    /// Whether an analyst withdrew the article (and did not restore it since).
    package private(set) var withdrawn = false
    /// The article's current extraction key.
    package private(set) var currentExtraction: String?

    package init(stream: [RecordedEvent]) throws {
        for recorded in stream {
            switch try recorded.decoded() {
            case .articleIngested(let article): currentExtraction = article.extractor?.key
            case .positionStated(let stated):
                guard statements[stated.statementID] == nil else { continue }
                statements[stated.statementID] = Statement(
                    stated: stated, party: stated.party, topic: stated.topic, stance: stated.stance,
                    attribution: stated.attribution, speaker: stated.speaker, evidence: stated.evidence.map(\.text),
                    validDate: stated.validDate)
                order.append(stated.statementID)
            case .statementCorrected(let correction):
                guard var statement = statements[correction.statementID] else { continue }
                statement.party = correction.party ?? statement.party
                statement.topic = correction.topic ?? statement.topic
                statement.stance = correction.stance ?? statement.stance
                statement.attribution = correction.attribution ?? statement.attribution
                statement.speaker = correction.speaker ?? statement.speaker
                statement.evidence = correction.evidence?.map(\.text) ?? statement.evidence
                statement.validDate = correction.validDate ?? statement.validDate
                statement.corrected = true
                statements[correction.statementID] = statement
            case .statementRetracted(let retraction):
                statements[retraction.statementID]?.retracted = true
            case .extractionSuperseded(let supersession): currentExtraction = supersession.current.key
            case .articleWithdrawn: withdrawn = true
            case .articleRestored: withdrawn = false
            }
        }
    }

    /// The retracted and corrected extracted statements, in the order they were stated.
    var curated: [Statement] {
        order.compactMap { statements[$0] }.filter { $0.extraction != nil && ($0.corrected || $0.retracted) }
    }

    /// The retracted or corrected statement whose curation covers the uncurated extracted `statement`, if any.
    func absorber(of statement: Statement) -> Statement? {
        guard statement.extraction != nil, !statement.corrected, !statement.retracted else { return nil }
        let candidates = curated.filter { $0.stated.statementID != statement.stated.statementID }
        guard let found = CurationCarryOver.absorber(of: statement.extractedClaim, among: candidates.map(\.curation))
        else { return nil }
        return statements[StatementID(rawValue: found.statementID)]
    }

    /// The extracted, uncurated statements of the current extraction that count.
    var countingExtracted: [Statement] {
        let curations = curated.map(\.curation)
        return order.compactMap { statements[$0] }.filter {
            $0.extraction != nil && $0.extraction == currentExtraction && !$0.corrected && !$0.retracted
                && CurationCarryOver.absorber(of: $0.extractedClaim, among: curations) == nil
        }
    }
}
