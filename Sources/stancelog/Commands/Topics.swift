import ArgumentParser
import StanceLogCore
import StanceLogExtraction
import StanceLogTimeline

extension StanceLog {
    struct Topics: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the topics: the codebook's and those the log holds statements on.",
            discussion: """
                Each with its question, how many parties the log knows a stance of, and where it comes from \
                (codebook, log, or both). Works without a log: then only the codebook's. --format json \
                prints an array of {id, name, parties, source} (name is the question); --format csv the same.
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
            let names = Dictionary(codebook.topics.map { ($0.id.rawValue, $0.question) }, uniquingKeysWith: { first, _ in first })
            let entries = VocabularyListing.entries(
                codebook: codebook.topics.map(\.id.rawValue), names: names,
                inLog: cells.map { ($0.topic.rawValue, $0.party.rawValue) })
            return try VocabularyListing.render(entries, counting: "parties", format: format, layout: display.layout)
        }
    }
}
