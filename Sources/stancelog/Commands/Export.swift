import ArgumentParser
import Foundation
import StanceLogCore

extension StanceLog {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the whole log as JSON Lines, one event per line.")

        @OptionGroup var store: StoreOptions

        @Option(help: "Write to this file instead of standard output.")
        var out: String?

        func run() async throws {
            let log = try await store.open()
            let sink = try OutputSink(path: out)
            var next: Int64 = 1
            var count = 0
            while true {
                let page = try await log.read(EventQuery(fromSequence: next, limit: 2_000))
                guard let last = page.last else { break }
                sink.write(page.map { JSONLinesExchange.line(for: $0) + "\n" }.joined())
                count += page.count
                next = last.sequence + 1
            }
            try sink.close()
            if let out { printError("exported \(counted(count, "event")) to \(out)") }
        }
    }
}
