import ArgumentParser
import Foundation
import StanceLogCore

extension StanceLog {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load an exported JSON Lines log into an empty database, after verifying it.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "A file written by `stancelog export`, or - for standard input.")
        var file: String

        @OptionGroup var quiet: QuietOption

        func run() async throws {
            let name = file == "-" ? "standard input" : file
            guard let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file) else {
                throw StanceLogError(.notFound, "cannot read \(file)", hint: "check the path")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw StanceLogError(.unreadableFile, "\(name) is not UTF-8 text", hint: "import a file written by `stancelog export`")
            }
            var events: [RecordedEvent] = []
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let meter = quiet.meter("import: reading events", total: lines.count)
            for (offset, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) {
                do {
                    events.append(try JSONLinesExchange.event(fromLine: line, lineNumber: offset + 1))
                } catch let error as StanceLogError {
                    throw StanceLogError(error.code, "\(name): \(error.message)", hint: error.hint)
                }
                meter.update(offset + 1)
            }
            meter.finish()
            let staging = InMemoryEventStore()
            try await staging.importRecorded(events)
            let report = try await ChainVerifier().verify(staging)
            if let problem = report.firstProblem {
                throw StanceLogError(
                    .chainBroken, "\(name) does not verify at \(problem); nothing was imported",
                    hint: "the file was changed after export; export it again from the original log")
            }
            try await store.open(create: true).importRecorded(events)
            quiet.say("imported \(counted(events.count, "event")) from \(name); hash chain verified")
        }
    }
}
