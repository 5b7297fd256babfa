import StanceLogCore
import StanceLogTesting

/// Writes a deterministic synthetic corpus of German news articles about the codebook's parties and topics.
///
/// Article `i` depends only on the seed and `i`, so the 1,000-article corpus is
/// the first thousand articles of the 100,000-article one. Each article has a
/// date spread over 2022–2026 (day, month or year precision), 4 to 16
/// statements (10 on average: 100,000 articles give about 1,000,000 statements)
/// in direct, reported or inferred form, some dated in the text, between
/// 12 and 40 sentences of noise (other news, people named without a stance,
/// topics named without a holder) and web boilerplate; about 5 KB of UTF-8,
/// like the seed articles.
public struct CorpusGenerator: Sendable {
    public let vocabulary: CorpusVocabulary
    public let seed: UInt64

    public static let defaultSeed: UInt64 = 0x5354_414E_4345_4C47

    public init(vocabulary: CorpusVocabulary, seed: UInt64 = CorpusGenerator.defaultSeed) {
        self.vocabulary = vocabulary
        self.seed = seed
    }

    /// Article number `index` of the corpus.
    ///
    /// - Parameter late: publish it in the first quarter of 2022, before almost all
    ///   of the corpus: an old report that arrives late.
    public func article(_ index: Int, late: Bool = false) -> SyntheticArticle {
        var random = SplitMix64(seed: seed, index: index)
        var writer = TextWriter()
        var published = random.draw(Self.date)
        if late {
            published = random.draw { PartialDate(year: 2022, month: $0.uniform(in: 1...3), day: $0.uniform(in: 1...28)) }
        }
        let outlet = random.pick(GermanText.outlets)
        let pairs = statementPairs(&random)
        let firstTopic = vocabulary.topics[pairs.first?.topic ?? 0]
        let firstParty = vocabulary.parties[pairs.first?.party ?? 0]
        let title =
            "\(random.pick(firstParty.speakers)): \(random.pick(GermanText.headlineVerbs)) \(random.pick(firstTopic.phrases))"

        if random.chance(50) { writer.line("date \(published.description)") }
        writer.line(random.pick(GermanText.sections))
        writer.blank()
        writer.line(title)
        writer.blank()
        writer.line(GermanText.dateline(published, outlet: outlet, random: &random))
        writer.line("Lesezeit: \(random.uniform(in: 2...9)) min")
        writer.blank()

        var statements: [SyntheticArticle.Statement] = []
        var fillerLeft = random.uniform(in: 12...40)
        var statementsLeft = pairs[...]
        while !statementsLeft.isEmpty || fillerLeft > 0 {
            let sentences = random.uniform(in: 2...5)
            for _ in 0..<sentences {
                let takeStatement =
                    !statementsLeft.isEmpty && (fillerLeft == 0 || random.uniform(statementsLeft.count + fillerLeft) < statementsLeft.count)
                if takeStatement, let pair = statementsLeft.popFirst() {
                    statements.append(statement(pair, published: published, writer: &writer, random: &random))
                } else if fillerLeft > 0 {
                    fillerLeft -= 1
                    writer.sentence(noise(&random))
                }
            }
            writer.paragraphEnd()
            if random.chance(15) {
                writer.line(random.pick(GermanText.boilerplate))
                writer.blank()
            }
        }
        writer.line(random.pick(GermanText.footers))
        return SyntheticArticle(
            index: index, text: writer.finished, title: title, outlet: outlet, published: published,
            statements: statements)
    }

    /// The (party, topic) index pairs of an article's statements: 4 to 16 distinct pairs.
    private func statementPairs(_ random: inout SplitMix64) -> [(party: Int, topic: Int)] {
        var grid: [(party: Int, topic: Int)] = []
        for party in vocabulary.parties.indices {
            for topic in vocabulary.topics.indices { grid.append((party, topic)) }
        }
        let count = min(grid.count, random.uniform(in: 4...16))
        for position in 0..<count {
            grid.swapAt(position, position + random.uniform(grid.count - position))
        }
        return Array(grid.prefix(count))
    }

    private func statement(
        _ pair: (party: Int, topic: Int), published: PartialDate, writer: inout TextWriter, random: inout SplitMix64
    ) -> SyntheticArticle.Statement {
        let party = vocabulary.parties[pair.party]
        let topic = vocabulary.topics[pair.topic]
        let stance = random.draw { Stance($0.uniform(in: Stance.range)) }
        let attribution = random.pick(Attribution.allCases)
        let speaker = random.pick(party.speakers)
        let phrase = random.pick(topic.phrases)
        let subject = attribution == .inferred ? GermanText.capitalized(random.pick(party.names)) : speaker
        var sentence = GermanText.stanceClause(stance, subject: subject, topic: phrase, random: &random)
        var date: PartialDate?
        if random.chance(10), let earlier = Self.monthBefore(published, random: &random) {
            date = earlier
            sentence = "\(subject) erklärte im \(GermanText.months[(earlier.month ?? 1) - 1]) \(earlier.year), "
                + GermanText.reportedClause(stance, topic: phrase, random: &random)
        }
        switch attribution {
        case .direct: sentence = "„\(sentence)“, sagte \(speaker) \(random.pick(GermanText.occasions))."
        case .reported: sentence += ", berichtete \(random.pick(GermanText.sources))."
        case .inferred: sentence += "."
        }
        let span = writer.sentence(sentence)
        return SyntheticArticle.Statement(
            party: party.id, topic: topic.id, stance: stance, attribution: attribution,
            speaker: attribution == .inferred ? nil : speaker, evidence: span, date: date)
    }

    private func noise(_ random: inout SplitMix64) -> String {
        switch random.uniform(10) {
        case 0, 1:
            let party = random.pick(vocabulary.parties)
            return "\(random.pick(party.speakers)) \(random.pick(GermanText.neutralActions))."
        case 2:
            return "Über \(random.pick(random.pick(vocabulary.topics).phrases)) wird seit Monaten gesprochen."
        default:
            return random.pick(GermanText.filler)
        }
    }

    /// A publication date from 2022-01-01 to 2026-12-31: 80 % to the day, 15 % to the month, 5 % to the year.
    static func date(_ random: inout SplitMix64) -> PartialDate? {
        let year = random.uniform(in: 2022...2026)
        let month = random.uniform(in: 1...12)
        let day = random.uniform(in: 1...PartialDate.daysIn(month: month, year: year))
        let precision = random.uniform(100)
        return precision < 80
            ? PartialDate(year: year, month: month, day: day)
            : precision < 95 ? PartialDate(year: year, month: month) : PartialDate(year: year)
    }

    /// A month 1 to 18 months before `date`, or nil before 2022-02.
    static func monthBefore(_ date: PartialDate, random: inout SplitMix64) -> PartialDate? {
        let months = date.year * 12 + (date.month ?? 1) - 1 - random.uniform(in: 1...18)
        guard months >= 2022 * 12 else { return nil }
        return PartialDate(year: months / 12, month: months % 12 + 1)
    }
}

extension SplitMix64 {
    /// Draws until `make` gives a value; with valid ranges the first draw always does.
    mutating func draw<T>(_ make: (inout SplitMix64) -> T?) -> T {
        while true {
            if let value = make(&self) { return value }
        }
    }
}
