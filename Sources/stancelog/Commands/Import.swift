import ArgumentParser
import Foundation
import StanceLogCore

extension StanceLog {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load an exported JSON Lines log into an empty database, after verifying it.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "A file written by `stancelog export`.")
        var file: String

        func run() async throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw StanceLogError(.notFound, "cannot read \(file)", hint: "check the path")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw StanceLogError(.unreadableFile, "\(file) is not UTF-8 text", hint: "import a file written by `stancelog export`")
            }
            var events: [RecordedEvent] = []
            for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.allSatisfy(\.isWhitespace) {
                do {
                    events.append(try JSONLinesExchange.event(fromLine: line, lineNumber: offset + 1))
                } catch let error as StanceLogError {
                    throw StanceLogError(error.code, "\(file): \(error.message)", hint: error.hint)
                }
            }
            let staging = InMemoryEventStore()
            try await staging.importRecorded(events)
            let report = try await ChainVerifier().verify(staging)
            if let problem = report.firstProblem {
                throw StanceLogError(
                    .chainBroken, "\(file) does not verify at \(problem); nothing was imported",
                    hint: "the file was changed after export; export it again from the original log")
            }
            try await store.open(create: true).importRecorded(events)
            print("imported \(events.count) events from \(file); hash chain verified")
        }
    }
}
