import ArgumentParser
import Foundation
import StanceLogCore
import StanceLogSQLite

extension StanceLog {
    struct Replay: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Drop a projection and rebuild it from sequence 1; print its speed and digest.",
            discussion: """
                The digest is the SHA-256 of the projection's canonical content (64 hex digits). It is \
                compared with the digest of the incrementally maintained projection before the rebuild: \
                they must be equal.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var quiet: QuietOption

        @Option(help: "Only this projection (default: all; known: \(ProjectionEngine.standardNames.joined(separator: ", "))).")
        var projection: String?

        func run() async throws {
            printText(try await output())
        }

        func output() async throws -> String {
            let engine = try await store.openLog().projections()
            let selected = try projection.map { [try engine.projection(named: $0)] } ?? engine.projections
            try await engine.catchUp()
            var lines: [String] = []
            for projection in selected {
                let incremental = try await engine.digest(of: projection)
                let progress = try await ProgressMeter.timing(
                    "replay: rebuilding \(projection.name)", enabled: !quiet.quiet && TerminalWidth.standardErrorIsTerminal
                ) { try await engine.rebuild(projection) }
                let digest = progress.digest ?? ""
                if quiet.quiet {
                    lines.append("digest \(digest)")
                    continue
                }
                lines.append(
                    "replayed \(progress.projection): \(counted(progress.events, "event")) in "
                        + "\(String(format: "%.3f", progress.seconds)) s (\(Int(progress.eventsPerSecond)) events/s)")
                lines.append("digest \(digest)")
                lines.append(
                    incremental == digest
                        ? "the incrementally maintained projection had the same digest"
                        : "warning: the incrementally maintained projection had digest \(incremental); it is now replaced")
            }
            return lines.joined(separator: "\n")
        }
    }
}
