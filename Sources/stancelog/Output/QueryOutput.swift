import Foundation
import StanceLogCore
import StanceLogTimeline

/// Shared pieces of the query commands' output.
enum QueryOutput {
    /// Pretty, key-sorted JSON for scripts.
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// `+1 open`, or `–` when unknown.
    static func stance(_ stance: Stance?) -> String {
        stance.map { "\($0) \($0.label)" } ?? "–"
    }

    /// `-1 → +1`, with `none` for a first statement.
    static func change(from previous: Stance?, to stance: Stance) -> String {
        "\(previous.map(\.description) ?? "none") → \(stance)"
    }

    /// The evidence quoted, clipped for a table.
    static func quote(_ evidence: String?, limit: Int = 100) -> String {
        guard let evidence, !evidence.isEmpty else { return "" }
        return "«\(evidence.clipped(to: limit))»"
    }

    /// `2025-02, 6ed1e420b973, Hegseth`: where a reading comes from.
    static func source(_ reading: StanceReading) -> String {
        guard let date = reading.date, let article = reading.article else { return "" }
        return [date.description, article.short, reading.speaker].compactMap { $0 }.joined(separator: ", ")
    }

    /// A table or Markdown table, by format.
    static func render(_ header: [String], _ rows: [[String]], markdown: Bool) -> String {
        var table = TextTable(header)
        rows.forEach { table.append($0) }
        return markdown ? table.renderMarkdown() : table.render()
    }
}
