import ArgumentParser
import Foundation
import StanceLogCore
import StanceLogIngest

extension StanceLog {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load an exported JSON Lines log into an empty database, after verifying it.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "A file written by `stancelog export`, or - for standard input.")
        var file: String

        @OptionGroup var quiet: QuietOption

        func run() async throws {
            let meter = quiet.meter("import: reading events")
            let count: Int
            if file == "-" {
                count = try await LogImporter.importData(
                    FileHandle.standardInput.readDataToEndOfFile(), named: "standard input",
                    into: { try await store.open(create: true) }, progress: { meter.update($0, of: $1) })
            } else {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw StanceLogError(.notFound, "cannot read \(file)", hint: "check the path")
                }
                count = try await LogImporter.importData(
                    data, named: file, into: { try await store.open(create: true) }, progress: { meter.update($0, of: $1) })
            }
            meter.finish()
            quiet.say("imported \(counted(count, "event")) from \(file == "-" ? "standard input" : file); hash chain verified")
        }
    }
}
