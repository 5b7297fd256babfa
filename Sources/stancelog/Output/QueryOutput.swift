import Foundation
import StanceLogAPI
import StanceLogCore
import StanceLogTimeline

/// Shared pieces of the query commands' output.
enum QueryOutput {
    /// Pretty, key-sorted JSON for scripts.
    static func json(_ value: some Encodable) throws -> String {
        try QueryJSON.encode(value)
    }

    /// `+1 open`, or `–` when unknown.
    static func stance(_ stance: Stance?) -> String {
        stance.map { "\($0) \($0.label)" } ?? "–"
    }

    /// `-1 → +1`, with `none` for a first statement.
    static func change(from previous: Stance?, to stance: Stance) -> String {
        "\(previous.map(\.description) ?? "none") → \(stance)"
    }

    /// The evidence quoted, clipped to `limit` characters (whole with `--wide`).
    static func quote(_ evidence: String?, limit: Int = 100, layout: TextLayout = .piped) -> String {
        guard let evidence, !evidence.isEmpty else { return "" }
        return "«\(evidence.clipped(to: layout.evidenceLimit(limit)))»"
    }

    /// `ext 0.90`, `analyst` or `corrected`: whether the evidence was extracted (with the
    /// extractor's confidence), recorded by an analyst or corrected by one; empty when unknown.
    static func origin(_ origin: StatementOrigin?, confidence: Double?) -> String {
        switch origin {
        case .extracted: "ext" + (confidence.map { " " + String(format: "%.2f", $0) } ?? "")
        case .analyst: "analyst"
        case .corrected: "corrected"
        case nil: ""
        }
    }

    /// `[ext 0.90] `: ``origin(_:confidence:)`` in brackets, as evidence lines begin; empty when unknown.
    static func originTag(_ origin: StatementOrigin?, confidence: Double?) -> String {
        let text = self.origin(origin, confidence: confidence)
        return text.isEmpty ? "" : "[\(text)] "
    }

    /// `2025-02, 6ed1e420b973, Hegseth`: where a reading comes from.
    static func source(_ reading: StanceReading) -> String {
        guard let date = reading.date, let article = reading.article else { return "" }
        return [date.description, article.short, reading.speaker].compactMap { $0 }.joined(separator: ", ")
    }

    /// A table fitted to the layout, or a Markdown table.
    static func render(_ columns: [TextTable.Column], _ rows: [[String]], markdown: Bool, layout: TextLayout) -> String {
        var table = TextTable(columns: columns)
        rows.forEach { table.append($0) }
        return markdown ? table.renderMarkdown() : layout.render(table)
    }

    /// An RFC 4180 table.
    static func csv(_ header: [String], _ rows: [[String]]) -> String {
        var table = CSVTable(header)
        rows.forEach { table.append($0) }
        return table.render()
    }

    /// `2025-02-28`: a day number (yyyymmdd) as a date.
    static func day(_ value: Int) -> String {
        QueryJSON.day(value)
    }
}
