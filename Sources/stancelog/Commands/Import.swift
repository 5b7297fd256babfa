import ArgumentParser
import StanceLogCore
import StanceLogIngest

extension StanceLog {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load an exported JSON Lines log into an empty database, after verifying it.",
            discussion: """
                The file must end with the trailer `export` writes (event count and head hash), so a file \
                cut short is refused. Every event must verify and make sense where it stands (as `verify` \
                checks); otherwise nothing is written.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var codebook: CodebookOptions

        @Argument(help: "A file written by `stancelog export`.")
        var file: String

        @Flag(
            name: .customLong("allow-missing-trailer"),
            help: "Accept a file without the trailer line, as stancelog wrote before it had one; a cut file then goes unnoticed.")
        var allowMissingTrailer = false

        func run() async throws {
            let existing = try store.openExistingForImport()
            let outcome = try await LogImporter.importFile(
                at: file, vocabulary: try codebook.vocabulary(), allowMissingTrailer: allowMissingTrailer
            ) { try existing ?? store.open(create: true) }
            print("imported \(outcome.events) events from \(file); hash chain and history verified"
                + (outcome.trailer.map { ", head \($0.events):\($0.hash)" } ?? ""))
        }
    }
}
