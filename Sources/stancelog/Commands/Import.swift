import ArgumentParser
import Foundation
import StanceLogCore

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
            let text = try ImportFile.read(file)
            let target = try store.openExistingForImport()
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .filter { !$0.element.allSatisfy(\.isWhitespace) }
            let trailer = lines.last.flatMap { ExportTrailer(line: $0.element) }
            if trailer != nil { lines.removeLast() }
            var events: [RecordedEvent] = []
            for (offset, line) in lines {
                if ExportTrailer(line: line) != nil {
                    throw StanceLogError(
                        .chainBroken, "\(file): line \(offset + 1) is an export trailer, but more lines follow; nothing was imported",
                        hint: "import one exported log per database")
                }
                do {
                    events.append(try JSONLinesExchange.event(fromLine: line, lineNumber: offset + 1))
                } catch let error as StanceLogError {
                    throw StanceLogError(error.code, "\(file): \(error.message)", hint: error.hint)
                }
            }
            if trailer == nil && !allowMissingTrailer {
                throw StanceLogError(
                    .chainBroken, "\(file) does not end with an export trailer: it may have been cut; nothing was imported",
                    hint: "export it again with `stancelog export`; a file from a stancelog without trailers needs "
                        + "--allow-missing-trailer")
            }
            do {
                try trailer?.check(against: events)
            } catch let error as StanceLogError {
                throw StanceLogError(
                    error.code, "\(file): \(error.message); nothing was imported", hint: "export it again from the original log")
            }
            let staging = InMemoryEventStore()
            try await staging.importRecorded(events)
            let report = try await ChainVerifier(vocabulary: try codebook.vocabulary()).verify(staging)
            if let problem = report.firstProblem {
                throw StanceLogError(
                    .chainBroken, "\(file) does not verify at \(problem); nothing was imported",
                    hint: "the file was changed after export or not written by stancelog; export it again from the original log")
            }
            try await (target ?? store.open(create: true)).importRecorded(events)
            print("imported \(events.count) events from \(file); hash chain and history verified"
                + (trailer.map { ", head \($0.events):\($0.hash)" } ?? ""))
        }
    }
}
