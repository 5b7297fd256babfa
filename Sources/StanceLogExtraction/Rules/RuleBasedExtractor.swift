public import StanceLogCore

/// The default extractor: deterministic rules driven by the codebook.
///
/// Reads the article (dropping boilerplate), splits sentences, finds in each the
/// topics, the stance cues and the party that holds each cue, and merges repeated
/// (party, topic, stance) of one article into one statement with several evidence
/// spans. The same text always gives the same statements.
///
/// A sentence longer than ``maximumSentenceLength`` is not analysed: no German
/// sentence in the seeds or the corpus comes near it (the longest has under 800
/// characters), such runs are tables, lists or broken scrapes, and skipping them
/// keeps the time per article linear in its length.
public struct RuleBasedExtractor: StatementExtractor {
    public static let name = "rules"
    public static let version = "1.1.0"
    /// The longest sentence the rules analyse, in Unicode scalars.
    public static let maximumSentenceLength = 2_000

    public let codebook: Codebook
    private let compiled: CompiledCodebook

    public init(codebook: Codebook) {
        self.codebook = codebook
        compiled = CompiledCodebook(codebook)
    }

    public var identity: ExtractorIdentity {
        ExtractorIdentity(name: Self.name, version: Self.version, codebook: codebook.identity)
    }

    public func extract(from text: NormalizedText) -> [ExtractedStatement] {
        let scalars = ScalarText(text)
        let metadata = ArticleReader().read(scalars)
        let sentences = SentenceSplitter().sentences(in: scalars, blocks: metadata.body)
        let analyzer = SentenceAnalyzer(codebook: compiled)
        let rules = StanceRules(codebook: compiled)
        var candidates: [Candidate] = []
        var antecedent: Antecedent?
        var context: [[Token]] = []
        var earlier: [SentenceAnalysis] = []
        let window = codebook.negotiation.window
        for sentence in sentences where sentence.range.count <= Self.maximumSentenceLength {
            let analysis = analyzer.analyze(sentence, in: scalars, context: context.flatMap { $0 })
            context = Array((context + [analysis.tokens]).suffix(2))
            if !analysis.topics.isEmpty, !analysis.cues.isEmpty {
                candidates += rules.candidates(in: analysis, antecedent: antecedent, earlier: earlier)
            }
            if window > 0 {
                if earlier.count == window { earlier.removeFirst() }
                earlier.append(analysis)
            }
            if let last = analysis.actors.last(where: { $0.party != nil && ($0.form == .person || $0.form == .role) }) {
                antecedent = Antecedent(mention: last, text: analysis.text(of: last.start, last.end))
            }
        }
        return StatementMerger().merge(candidates)
    }
}
