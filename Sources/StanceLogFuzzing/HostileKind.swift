/// The families of hostile article text the fuzz driver generates.
///
/// Each targets one way real or malicious input breaks text processing: bytes
/// that are not text, cut or mutated articles, sizes far beyond any article,
/// deep nesting, long runs the rules scan repeatedly, and exotic Unicode.
public enum HostileKind: String, CaseIterable, Sendable {
    /// Uniformly random bytes: mostly invalid UTF-8, sometimes with NUL.
    case randomBytes
    /// Random Unicode scalars from letters, digits, punctuation, quotes and line breaks.
    case randomText
    /// A seed article cut at a random byte, possibly inside a UTF-8 sequence.
    case truncatedSeed
    /// A seed article with random byte flips, insertions, deletions and repeated chunks.
    case mutatedSeed
    /// Pieces of several seed articles glued together.
    case splicedSeeds
    /// A dated line of several MB of stance vocabulary without a full stop.
    case hugeLine
    /// A file far over the article size limit: must be refused, not read.
    case oversizedFile
    /// „ “ » « " ' opened thousands deep around stance sentences.
    case nestedQuotes
    /// Thousands of party names in one sentence with a cue and a topic.
    case partyList
    /// Many topics, cues, speech verbs and pronouns packed into one long sentence.
    case cueStorm
    /// One real stance sentence repeated up to a hundred thousand times (as many bytes as the huge line).
    case repeatedStatement
    /// Megabytes of tiny sentences (`Ab. Kiew? A! …`): the cost per sentence, not per byte.
    case tinySentences
    /// Words of up to a megabyte, with and without inner periods (`a.b.c…`).
    case longWords
    /// Runs of digits, dates, ordinals and numbers with periods.
    case digitsAndDates
    /// Control characters, odd line and paragraph separators, carriage returns.
    case controlCharacters
    /// Right-to-left text, bidi overrides, long runs of combining marks, emoji sequences.
    case exoticScripts
    /// Sentences in which every word contains an `e`: bait for the cue phrases of ``HostileCodebook``.
    case gapBait
}
