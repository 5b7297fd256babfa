public import StanceLogCore

/// One generated news article and the statements it was written to contain.
public struct SyntheticArticle: Sendable {
    /// A statement the generator wrote into the text (the gold answer for an extractor).
    public struct Statement: Sendable {
        public let party: PartyID
        public let topic: TopicID
        public let stance: Stance
        public let attribution: Attribution
        public let speaker: String?
        /// The sentence, with offsets in Unicode scalars of ``SyntheticArticle/text``.
        public let evidence: EvidenceSpan
        /// Set when the text dates the statement itself (month precision, before publication).
        public let date: PartialDate?
    }

    /// Position in the corpus, from 0.
    public let index: Int
    /// Already normalised: NFC literals, `\n` line ends, no surrounding whitespace.
    public let text: String
    public let title: String
    public let outlet: String
    public let published: PartialDate
    public let statements: [Statement]

    /// UTF-8 size of ``text``.
    public var byteCount: Int { text.utf8.count }

    /// The file name it would have on disk.
    public var fileName: String {
        let digits = String(index)
        return "synthetic-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits + ".txt"
    }
}
