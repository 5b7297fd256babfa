import ArgumentParser
import StanceLogIngest

extension StanceLog {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load an exported JSON Lines log into an empty database, after verifying it.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "A file written by `stancelog export`.")
        var file: String

        func run() async throws {
            let count = try await LogImporter.importFile(at: file) { try await store.open(create: true) }
            print("imported \(count) events from \(file); hash chain verified")
        }
    }
}
