import ArgumentParser
import Foundation
import StanceLogCore

extension StanceLog {
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the whole log as JSON Lines, one event per line, then a trailer line.",
            discussion: """
                The trailer `{"trailer":"stancelog-export","events":N,"hash":"…"}` holds the number of events and \
                the hash of the last one; `import` refuses a file without it, so a cut file cannot pass as a whole log. \
                The file is written to a temporary file beside --out and renamed when complete.
                """)

        @OptionGroup var store: StoreOptions

        @Option(help: "Write to this file instead of standard output.")
        var out: String?

        func run() async throws {
            let sink = try OutputSink(path: out, protecting: store.path)
            let log = try await store.openEventsForReading()
            var next: Int64 = 1
            var count = 0
            var last: RecordedEvent?
            while true {
                let page = try await log.read(EventQuery(fromSequence: next, limit: 2_000))
                guard let lastOfPage = page.last else { break }
                try sink.write(page.map { JSONLinesExchange.line(for: $0) + "\n" }.joined())
                count += page.count
                next = lastOfPage.sequence + 1
                last = lastOfPage
            }
            try sink.write(ExportTrailer(last: last).line + "\n")
            try sink.close()
            if let out { printError("exported \(counted(count, "event")) to \(out)") }
        }
    }
}
