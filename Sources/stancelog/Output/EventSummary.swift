import Foundation
import StanceLogCore

/// One line describing an event's payload, for `log --format table`.
enum EventSummary {
    static func describe(_ event: RecordedEvent) -> String {
        let decoded: DomainEvent
        do {
            decoded = try event.decoded()
        } catch let error as StanceLogError where error.code == .newerVersion {
            return "(\(error.message))"
        } catch {
            return "(payload does not decode; run `stancelog verify`)"
        }
        switch decoded {
        case .articleIngested(let article):
            let title = article.title ?? article.sourceName ?? ""
            return "\(article.published) (\(article.dateSource.rawValue))  \(title)"
        case .positionStated(let statement):
            let evidence = statement.evidence.first?.text ?? ""
            let origin =
                statement.origin == .analyst
                ? "analyst" + (statement.by.map { " by \($0)" } ?? "") : "extracted" + (statement.confidence.map { " " + String(format: "%.2f", $0) } ?? "")
            return "\(statement.statementID) [\(origin)] \(statement.party) \(statement.topic) \(statement.stance) "
                + "\(statement.attribution.rawValue) \(statement.validDate)  «\(evidence)»"
        case .statementCorrected(let correction):
            let changes = [
                correction.party.map { "party=\($0)" }, correction.topic.map { "topic=\($0)" },
                correction.stance.map { "stance=\($0)" }, correction.attribution.map { "attribution=\($0.rawValue)" },
                correction.speaker.map { "speaker=\($0)" }, correction.validDate.map { "date=\($0)" },
                correction.evidence.map { _ in "evidence" },
            ].compactMap { $0 }
            return "\(correction.statementID) \(changes.joined(separator: " "))  reason: \(correction.reason)"
                + (correction.by.map { "  by \($0)" } ?? "")
        case .statementRetracted(let retraction):
            return "\(retraction.statementID)  reason: \(retraction.reason)" + (retraction.by.map { "  by \($0)" } ?? "")
        case .extractionSuperseded(let supersession):
            return "\(supersession.previous.key) → \(supersession.current.key), \(supersession.statementCount) statements"
        case .articleWithdrawn(let withdrawal):
            return "article withdrawn  reason: \(withdrawal.reason)" + (withdrawal.by.map { "  by \($0)" } ?? "")
        case .articleRestored(let restoration):
            return "article restored  reason: \(restoration.reason)" + (restoration.by.map { "  by \($0)" } ?? "")
        }
    }
}
