public import Foundation
public import StanceLogExtraction

/// The worst codebook the validator accepts, and text that baits its phrases.
///
/// A cue phrase with gaps (`…`, up to four words each) was matched by plain
/// backtracking: k gaps cost about 5^k steps per token, and a phrase with ten
/// gaps took 82 s on a 1.9 KB article. The validator now refuses more than
/// three gaps or sixteen parts, and the matcher remembers what it tried. This
/// codebook adds, to a real one, stance and topic cues at exactly those bounds
/// whose patterns match almost every word and whose last word never occurs, so
/// every token starts the longest search the bounds allow.
public enum HostileCodebook {
    /// A phrase at the bounds: three gaps, sixteen parts, every pattern `*e*` but the last.
    public static let worstPhrase = "*e* … *e* … *e* … *e* *e* *e* *e* *e* *e* *e* *e* *e* zzqx"

    /// A phrase with `gaps` gaps, which the validator must refuse when `gaps` is over the bound.
    public static func phrase(gaps: Int) -> String {
        (Array(repeating: "*e* …", count: gaps) + ["zzqx"]).joined(separator: " ")
    }

    /// `base` with 8 stance cues and one topic cue per topic at the bounds, round-tripped through the validator.
    ///
    /// - Throws: ``StanceLogError`` `invalidCodebook` if the validator refuses it (then the bound changed).
    public static func make(from base: Codebook) throws -> Codebook {
        let stanceCues = (0..<8).map { index in
            Codebook.StanceCue(phrase: worstPhrase.replacingOccurrences(of: "zzqx", with: "zzqx\(index)"), stance: index % 5 - 2)
        }
        let topics = base.topics.map { topic in
            Codebook.Topic(
                id: topic.id, question: topic.question, about: topic.about,
                cues: topic.cues + [Codebook.TopicCue(phrase: worstPhrase)])
        }
        let hostile = Codebook(
            name: base.name, version: base.version + "-hostile", parties: base.parties, topics: topics,
            stanceCues: base.stanceCues + stanceCues, negators: base.negators, roles: base.roles, nonParties: base.nonParties,
            attribution: base.attribution, negotiation: base.negotiation)
        return try Codebook.decode(try JSONEncoder().encode(hostile), source: "the hostile fuzz codebook")
    }

    /// The sizes of the fuzz run's hostile-codebook phase: inputs of up to 1 MB.
    public static let sizes = HostileSizes(
        hugeLine: 1_000_000, oversizedFile: 0, repetitions: 2_000, longWord: 100_000, randomText: 200_000)

    /// The bounds of that phase: 0.5 s plus 12 s per MB, four times the normal budget per megabyte.
    ///
    /// Every word of a German sentence contains an `e`, so each cue of this codebook
    /// starts the longest search its bounds allow at nearly every token: linear, but
    /// with a constant several times that of a real codebook. An exponential matcher
    /// would not finish at all (5^10 paths per token for ten gaps).
    public static let limits = FuzzLimits(baseSeconds: 0.5, secondsPerMegabyte: 12, peakResidentBytes: 1 << 30)

    /// About `bytes` bytes of German sentences in which every word contains an `e`, dated, as an article.
    public static func baitText(bytes: Int) -> [UInt8] {
        let sentence = "Der Redner der Regierung erklärte jenen Leuten wieder, eine Einigung werde eher später kommen. "
        let count = max(1, bytes / sentence.utf8.count)
        return Array(("12.02.2025\n\n" + String(repeating: sentence, count: count)).utf8)
    }
}
