import StanceLogCore

/// One article's gold statements as the tuples scoring compares (ANNOTATION.md): required
/// ones, each with its statements, and optional ones, which are neither rewarded nor punished.
struct GoldTuples {
    /// Whether a predicted statement matches a required gold one, only an optional one, or none.
    enum Label: String, Sendable, Codable {
        case truePositive, optional, falsePositive
    }

    let article: String
    private(set) var required: [ScoreTuple: [GoldFile.Statement]] = [:]
    private(set) var optional: Set<ScoreTuple> = []

    init(article: String, gold: GoldFile) {
        self.article = article
        for statement in gold.statements {
            let key = tuple(statement.party, statement.topic, statement.stance)
            if statement.isOptional {
                optional.insert(key)
            } else {
                required[key, default: []].append(statement)
            }
        }
    }

    func tuple(_ party: PartyID, _ topic: TopicID, _ stance: Stance) -> ScoreTuple {
        ScoreTuple(article: article, party: party, topic: topic, sign: stance.sign)
    }

    func label(of statement: ExtractedStatement) -> Label {
        let key = tuple(statement.party, statement.topic, statement.stance)
        if required[key] != nil { return .truePositive }
        return optional.contains(key) ? .optional : .falsePositive
    }
}
