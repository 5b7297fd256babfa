import ArgumentParser
import StanceLogCore
import StanceLogExtraction
import StanceLogTimeline

extension StanceLog {
    struct Parties: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the parties: the codebook's and those the log holds statements of.",
            discussion: """
                Each with its name, on how many topics the log knows its stance, and where it comes from \
                (codebook, log, or both). Works without a log: then only the codebook's. --format json \
                prints an array of {id, name, topics, source}; --format csv the same columns.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var codebook: CodebookOptions

        @Option(help: "table, json, markdown or csv.")
        var format: QueryFormat = .table

        @OptionGroup var display: DisplayOptions

        func run() async throws {
            let text = try await output()
            format.isData ? printData(text) : printText(text)
        }

        func output() async throws -> String {
            let codebook = try self.codebook.load()
            let cells = try await VocabularyListing.knownCells(store)
            let names = Dictionary(codebook.parties.map { ($0.id.rawValue, $0.name) }, uniquingKeysWith: { first, _ in first })
            let entries = VocabularyListing.entries(
                codebook: codebook.parties.map(\.id.rawValue), names: names,
                inLog: cells.map { ($0.party.rawValue, $0.topic.rawValue) })
            return try VocabularyListing.render(entries, counting: "topics", format: format, layout: display.layout)
        }
    }
}
