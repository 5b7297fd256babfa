import ArgumentParser
import Foundation
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

        @Argument(help: "A file written by `stancelog export`, or - for standard input.")
        var file: String

        @Flag(
            name: .customLong("allow-missing-trailer"),
            help: "Accept a file without the trailer line, as stancelog wrote before it had one; a cut file then goes unnoticed.")
        var allowMissingTrailer = false

        @OptionGroup var quiet: QuietOption

        func run() async throws {
            let existing = try store.openExistingForImport()
            var opened: (any EventStore)?
            let open: () async throws -> any EventStore = {
                let log: any EventStore
                if let existing { log = existing } else { log = try await store.open(create: true) }
                opened = log
                return log
            }
            let meter = quiet.meter("import: reading events")
            let vocabulary = try codebook.vocabulary()
            let outcome: LogImporter.Outcome
            if file == "-" {
                outcome = try await LogImporter.importData(
                    FileHandle.standardInput.readDataToEndOfFile(), named: "standard input", vocabulary: vocabulary,
                    allowMissingTrailer: allowMissingTrailer, progress: { meter.update($0, of: $1) }, into: open)
            } else {
                outcome = try await LogImporter.importFile(
                    at: file, vocabulary: vocabulary, allowMissingTrailer: allowMissingTrailer,
                    progress: { meter.update($0, of: $1) }, into: open)
            }
            meter.finish()
            if let opened { try await store.catchUpProjections(of: opened) }
            quiet.say(
                "imported \(counted(outcome.events, "event")) from \(file == "-" ? "standard input" : file); "
                    + "hash chain and history verified" + (outcome.trailer.map { ", head \($0.events):\($0.hash)" } ?? ""))
        }
    }
}
