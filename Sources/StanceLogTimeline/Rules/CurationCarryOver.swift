/// The rule by which retractions and corrections outlive re-extraction.
///
/// When an extracted statement would start counting (its extraction became the
/// article's current one, or a re-extraction recorded it), and a retracted or
/// corrected statement of the same article covers its claim (``CuratedClaim/covers(_:)``),
/// the new statement is **absorbed**: it never counts. A retraction thus keeps the
/// claim out of every timeline; a correction keeps counting through the corrected
/// statement (``StatementCounting``: a corrected statement counts whatever
/// re-extraction does), and its re-extracted twin does not count a second time,
/// neither under the old party or topic nor under the corrected ones.
///
/// The same holds the other way round: curating a statement absorbs every other
/// counting extracted statement of its article that its claim covers, so curating
/// a superseded statement does not leave its live twin counting.
public enum CurationCarryOver {
    /// The curation that absorbs a statement making `claim`, if any; the earliest-listed wins.
    ///
    /// - Parameters:
    ///   - claim: what the statement says.
    ///   - curated: the retracted and corrected extracted statements of its article.
    public static func absorber(of claim: Claim, among curated: [CuratedClaim]) -> CuratedClaim? {
        curated.first { $0.covers(claim) }
    }
}
