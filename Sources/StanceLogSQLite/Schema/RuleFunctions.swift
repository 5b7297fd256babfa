import GRDB
import StanceLogCore
import StanceLogTimeline

/// The Swift rules that the projections' SQL calls, registered as SQL functions so that no rule is written in SQL too.
///
/// - `stancelog_extractor_key(name, version, codebook)`: ``ExtractorIdentity/key``; NULL when a part is NULL.
/// - `stancelog_counts(extraction, corrected, retracted, article_extraction)`:
///   ``StatementCounting/counts(extraction:corrected:retracted:articleExtraction:)``.
/// - `stancelog_reviewed(extraction, corrected)`: ``StatementCounting/isReviewed(extraction:corrected:)``.
enum RuleFunctions {
    static let extractorKey = DatabaseFunction("stancelog_extractor_key", argumentCount: 3, pure: true) { values in
        guard let name = String.fromDatabaseValue(values[0]), let version = String.fromDatabaseValue(values[1]),
            let codebook = String.fromDatabaseValue(values[2])
        else { return nil }
        return ExtractorIdentity(name: name, version: version, codebook: codebook).key
    }

    static let counts = DatabaseFunction("stancelog_counts", argumentCount: 4, pure: true) { values in
        StatementCounting.counts(
            extraction: String.fromDatabaseValue(values[0]), corrected: Bool.fromDatabaseValue(values[1]) ?? false,
            retracted: Bool.fromDatabaseValue(values[2]) ?? false, articleExtraction: String.fromDatabaseValue(values[3]))
    }

    static let reviewed = DatabaseFunction("stancelog_reviewed", argumentCount: 2, pure: true) { values in
        StatementCounting.isReviewed(
            extraction: String.fromDatabaseValue(values[0]), corrected: Bool.fromDatabaseValue(values[1]) ?? false)
    }

    /// Registers every rule function on the connection `db`.
    static func install(in db: Database) {
        db.add(function: extractorKey)
        db.add(function: counts)
        db.add(function: reviewed)
    }
}
