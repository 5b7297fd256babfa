import ArgumentParser
import StanceLogCore

extension StanceLog {
    struct Head: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the chain head, SEQ:HASH, to publish (in a commit, a report) and check later with `verify --expect-head`.",
            discussion: """
                The head is the last event's sequence number and hash. Anyone holding it can tell whether \
                a log was cut or rewritten since: `stancelog verify --expect-head SEQ:HASH`. An empty log's \
                head is 0 and the genesis hash (64 zeros).
                """)

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let log = try await store.openEventsForReading()
            let position = try await log.lastPosition()
            let last = position > 0 ? try await log.read(EventQuery(fromSequence: position, limit: 1)).first : nil
            let head = ExportTrailer(last: last)
            print("\(head.events):\(head.hash)")
        }
    }
}
