import StanceLogCore
import StanceLogIngest

/// The per-article summary `reextract` prints, for a real run and a dry run alike.
enum ReextractionSummary {
    /// The heading line of one article, then one line per added, dropped or changed statement and per curation.
    static func lines(
        for outcome: Reextractor.Outcome, from previous: ExtractorIdentity, to current: ExtractorIdentity,
        dryRun: Bool
    ) -> String {
        let change = outcome.change
        var lines = [
            "\(dryRun ? "would re-extract" : "re-extracted") article \(outcome.article.short): "
                + "\(previous.key) → \(current.key), \(counted(outcome.statements, "statement")): "
                + "\(change.added.count) added, \(change.dropped.count) dropped, \(change.changed.count) changed"
        ]
        lines += change.added.map { "  + \(describe($0))" }
        lines += change.dropped.map { "  - \(describe($0))" }
        lines += change.changed.map {
            "  ~ \($0.after.statementID) \($0.after.party) \($0.after.topic) \($0.before.stance) → \($0.after.stance) "
                + "(was \($0.before.statementID)): \(quote($0.after.evidence))"
        }
        for carried in change.carried {
            let kind = carried.retracted ? "retraction" : "correction"
            if let new = carried.newStatement {
                lines.append("  \(kind) of \(carried.curated) carries over to \(new)")
            } else if carried.retracted {
                lines.append(
                    "  retraction of \(carried.curated): no new statement says the same; it stays recorded")
            } else {
                lines.append("  correction of \(carried.curated) stands; no new statement says the same")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ line: ReextractionChange.Line) -> String {
        "\(line.statementID) \(line.party) \(line.topic) \(line.stance): \(quote(line.evidence))"
    }

    private static func quote(_ evidence: String) -> String {
        let short = evidence.count > 100 ? String(evidence.prefix(99)) + "…" : evidence
        return "\u{201E}\(short)\u{201C}"
    }
}
