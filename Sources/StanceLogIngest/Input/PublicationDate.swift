public import StanceLogCore

/// An article's publication date and where it came from: `--date`, else the manifest, else the text.
///
/// The one place that orders the three sources, used by `ingest` (which needs a
/// date) and `extract` (which prints statements without one). A manifest date
/// that is not a date is refused by both rather than passed over for the text's.
public struct PublicationDate: Hashable, Sendable {
    public let date: PartialDate
    public let source: DateSource
    /// How the manifest says the date was established (`date_source; date_note`); nil otherwise.
    public let note: String?

    public init(date: PartialDate, source: DateSource, note: String?) {
        self.date = date
        self.source = source
        self.note = note
    }

    /// The date of `input` by precedence: `option`, else its manifest entry, else `found` in its text.
    ///
    /// - Parameters:
    ///   - input: the article, with its manifest entry.
    ///   - option: the date given on the command line for every input.
    ///   - found: the date the article reader found in the text; asked only when needed.
    /// - Returns: nil when none of the three gives a date.
    /// - Throws: ``StanceLogError`` `invalidInput` naming the input when its manifest date is malformed.
    public static func of(_ input: ArticleInput, option: PartialDate?, found: () -> PartialDate?) throws
        -> PublicationDate?
    {
        if let option { return PublicationDate(date: option, source: .option, note: nil) }
        if let text = input.manifest?.published {
            guard let date = PartialDate(text) else {
                throw StanceLogError(
                    .invalidInput, "manifest.json gives \(input.displayName) the date '\(text)', which is not a date",
                    hint: "write it as YYYY, YYYY-MM or YYYY-MM-DD")
            }
            let note = [input.manifest?.dateSource, input.manifest?.dateNote].compactMap { $0 }.joined(separator: "; ")
            return PublicationDate(date: date, source: .manifest, note: note.isEmpty ? nil : note)
        }
        return found().map { PublicationDate(date: $0, source: .text, note: nil) }
    }
}
