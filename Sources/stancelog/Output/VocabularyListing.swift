import Foundation
import StanceLogCore
import StanceLogTimeline

/// The shared body of `parties` and `topics`: ids from the codebook and the log, with counts.
enum VocabularyListing {
    /// One party or topic.
    struct Entry {
        let id: String
        let name: String?
        /// How many topics (for a party) or parties (for a topic) the log knows a stance of.
        let count: Int
        /// `codebook`, `log` or `codebook+log`.
        let source: String
    }

    /// The (party, topic) cells with a known stance; none when there is no log at the path.
    static func knownCells(_ store: StoreOptions) async throws -> [StateCell] {
        guard FileManager.default.fileExists(atPath: store.path) else { return [] }
        guard let end = PartialDate(year: 9999, month: 12, day: 31) else { return [] }
        return try await store.caughtUpQueries().state(at: end).filter { $0.reading.stance != nil }
    }

    /// The codebook's ids in its order, then the log's others sorted; `inLog` pairs an id with what it is counted against.
    static func entries(codebook: [String], names: [String: String], inLog: [(String, String)]) -> [Entry] {
        let counts = Dictionary(grouping: inLog, by: \.0).mapValues { Set($0.map(\.1)).count }
        let extra = Set(counts.keys).subtracting(codebook).sorted()
        return (codebook + extra).map { id in
            let inBook = codebook.contains(id)
            let known = counts[id] != nil
            return Entry(
                id: id, name: names[id], count: counts[id] ?? 0,
                source: inBook && known ? "codebook+log" : inBook ? "codebook" : "log")
        }
    }

    /// The entries in the chosen format; `counting` names the count column (`topics` or `parties`).
    static func render(_ entries: [Entry], counting: String, format: QueryFormat, layout: TextLayout) throws -> String {
        switch format {
        case .json:
            return try QueryOutput.json(entries.map { EntryOutput(entry: $0, counting: counting) })
        case .csv:
            return QueryOutput.csv(["id", "name", counting, "source"], entries.map { [$0.id, $0.name ?? "", String($0.count), $0.source] })
        case .table, .markdown:
            return QueryOutput.render(
                [.init("ID"), .init(counting.uppercased()), .init("SOURCE", optional: 1), .init("NAME", flexible: true)],
                entries.map { [$0.id, String($0.count), $0.source, $0.name ?? ""] }, markdown: format == .markdown,
                layout: layout)
        }
    }
}

/// An entry in JSON, its count under the key `topics` or `parties`.
private struct EntryOutput: Encodable {
    let entry: VocabularyListing.Entry
    let counting: String

    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(entry.id, forKey: Key("id"))
        try container.encode(entry.name, forKey: Key("name"))
        try container.encode(entry.count, forKey: Key(counting))
        try container.encode(entry.source, forKey: Key("source"))
    }
}
