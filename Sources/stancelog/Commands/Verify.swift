import ArgumentParser
import StanceLogCore

extension StanceLog {
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute the hash chain, sequence and stream versions; exit 1 at the first bad event.")

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let report = try await ChainVerifier().verify(try store.open())
            if let problem = report.firstProblem {
                printError("verify failed at \(problem)")
                printError("  \(report.checkedEvents) events before it are intact; the log was changed outside stancelog")
                throw ExitCode(1)
            }
            print("ok: \(report.checkedEvents) events, sequence gapless and hash chain intact")
        }
    }
}
