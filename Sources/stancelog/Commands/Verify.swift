import ArgumentParser
import StanceLogCore
import StanceLogPostgres
import StanceLogSQLite

extension StanceLog {
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute the hash chain, sequence and stream versions; exit 1 at the first bad event.",
            discussion: """
                When the events are intact, each projection is then rebuilt from them in a scratch \
                database and its digest compared with the stored projection's; a projection that \
                differs is named and verify exits 1.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var quiet: QuietOption

        func run() async throws {
            let showing = !quiet.quiet && TerminalWidth.standardErrorIsTerminal
            if let url = try store.serverURL() {
                let server = try await PostgresEventStore.open(url, migrate: false)
                let report = try await ChainVerifier().verify(server)
                await server.close()
                if let problem = report.firstProblem {
                    printError("verify failed on the server at \(problem)")
                    printError("  \(counted(report.checkedEvents, "event")) before it \(report.checkedEvents == 1 ? "is" : "are") intact; the server's log was changed outside stancelog")
                    throw ExitCode(1)
                }
                quiet.say("ok: server: \(counted(report.checkedEvents, "event")), sequence gapless and hash chain intact")
            }
            let log = try await store.openLog()
            let report = try await ProgressMeter.timing("verify: checking the hash chain", enabled: showing) {
                try await ChainVerifier().verify(log.store)
            }
            if try store.serverURL() != nil { quiet.say("mirror: \(log.path)") }
            if let problem = report.firstProblem {
                printError("verify failed at \(problem)")
                printError("  \(counted(report.checkedEvents, "event")) before it \(report.checkedEvents == 1 ? "is" : "are") intact; the log was changed outside stancelog")
                throw ExitCode(1)
            }
            quiet.say("ok: \(counted(report.checkedEvents, "event")), sequence gapless and hash chain intact")
            let engine = try log.projections()
            let findings = try await ProgressMeter.timing("verify: rebuilding the projections to compare", enabled: showing) {
                try await ProjectionAudit(engine: engine).run()
            }
            let differing = findings.filter { !$0.matches }
            guard differing.isEmpty else {
                for finding in differing {
                    printError(
                        "verify failed: projection \(finding.projection) differs from a rebuild from the log "
                            + "through event \(finding.checkpoint) (digest \(finding.storedDigest.prefix(12)), "
                            + "rebuilt \(finding.rebuiltDigest.prefix(12)))")
                }
                let names = differing.map(\.projection)
                let command = names.count == 1 ? "stancelog replay --projection \(names[0])" : "stancelog replay"
                printError("  hint: the projection tables were changed outside stancelog; run `\(command)` to rebuild them from the log")
                throw ExitCode(1)
            }
            quiet.say("ok: projections \(findings.map(\.projection).joined(separator: ", ")) equal a rebuild from the log")
        }
    }
}
