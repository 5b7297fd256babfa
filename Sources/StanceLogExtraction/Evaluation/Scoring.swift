import StanceLogCore

/// Accumulates scored tuples over articles and builds the report.
struct Scoring {
    private var truePositives: Set<ScoreTuple> = []
    private var falsePositives: [ScoreTuple: ScoredItem] = [:]
    private var falseNegatives: [ScoreTuple: ScoredItem] = [:]
    private var distances: [Int] = []

    mutating func add(article: String, predicted: [ExtractedStatement], gold: GoldFile) {
        let tuples = GoldTuples(article: article, gold: gold)
        let required = tuples.required
        let optional = tuples.optional
        let tuple = tuples.tuple
        var predictedTuples: [ScoreTuple: [ExtractedStatement]] = [:]
        for statement in predicted {
            predictedTuples[tuple(statement.party, statement.topic, statement.stance), default: []].append(statement)
        }
        for (key, statements) in predictedTuples {
            if let golds = required[key] {
                truePositives.insert(key)
                let distance = statements.flatMap { predicted in
                    golds.map { abs(predicted.stance.value - $0.stance.value) }
                }.min()
                if let distance { distances.append(distance) }
            } else if !optional.contains(key), let first = statements.first {
                falsePositives[key] = ScoredItem(
                    article: article, party: key.party.rawValue, topic: key.topic.rawValue,
                    stance: first.stance.value, sentence: first.evidence.first?.text ?? "")
            }
        }
        for (key, golds) in required where predictedTuples[key] == nil {
            if let first = golds.first {
                falseNegatives[key] = ScoredItem(
                    article: article, party: key.party.rawValue, topic: key.topic.rawValue,
                    stance: first.stance.value, sentence: first.evidence)
            }
        }
    }

    func report(extractor: String, articles: Int) -> EvaluationReport {
        let all = truePositives.union(falsePositives.keys).union(falseNegatives.keys)
        let topics = Set(all.map(\.topic.rawValue))
        let parties = Set(all.map(\.party.rawValue))
        return EvaluationReport(
            extractor: extractor, articles: articles, overall: score { _ in true },
            perTopic: Dictionary(uniqueKeysWithValues: topics.map { topic in (topic, score { $0.topic.rawValue == topic }) }),
            perParty: Dictionary(uniqueKeysWithValues: parties.map { party in (party, score { $0.party.rawValue == party }) }),
            meanStanceDistance: distances.isEmpty ? nil : Double(distances.reduce(0, +)) / Double(distances.count),
            falsePositives: falsePositives.sorted { $0.key < $1.key }.map(\.value),
            falseNegatives: falseNegatives.sorted { $0.key < $1.key }.map(\.value))
    }

    private func score(_ include: (ScoreTuple) -> Bool) -> Score {
        Score(
            truePositives: truePositives.filter(include).count,
            falsePositives: falsePositives.keys.filter(include).count,
            falseNegatives: falseNegatives.keys.filter(include).count)
    }
}
