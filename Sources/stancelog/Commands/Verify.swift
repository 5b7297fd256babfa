import ArgumentParser
import StanceLogCore
import StanceLogPostgres
import StanceLogSQLite

extension StanceLog {
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute the hash chain, sequence and stream versions, check each event's meaning; exit 1 at the first bad event.",
            discussion: """
                Prints the head (`head SEQ:HASH`) to publish and compare later: with --expect-head SEQ:HASH \
                verify fails when the log is shorter than SEQ or its event SEQ has another hash, which \
                catches a cut tail or a rewrite that recomputed every later hash. When the events are \
                intact, each projection is then rebuilt from them in a scratch database and its digest \
                compared with the stored projection's; a projection that differs is named and verify exits 1.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var codebook: CodebookOptions
        @OptionGroup var quiet: QuietOption

        @Option(
            name: .customLong("expect-head"),
            help: ArgumentHelp("Fail unless the log still holds this event, as printed by `stancelog head`.", valueName: "seq:hash"))
        var expectHead: String?

        func validate() throws {
            if let expectHead, HeadAnchor(expectHead) == nil {
                throw StanceLogError(
                    .invalidInput, "--expect-head '\(expectHead)' is not SEQ:HASH",
                    hint: "write it as `stancelog head` prints it, e.g. --expect-head 25:\(String(repeating: "0", count: 64))")
            }
        }

        func run() async throws {
            let showing = !quiet.quiet && TerminalWidth.standardErrorIsTerminal
            let vocabulary = try codebook.vocabulary()
            if let url = try store.serverURL() {
                let server = try await PostgresEventStore.open(url, migrate: false)
                let report = try await ChainVerifier(vocabulary: vocabulary).verify(server)
                await server.close()
                if let problem = report.firstProblem {
                    printError("verify failed on the server at \(problem)")
                    printError(
                        "  \(counted(report.checkedEvents, "event")) before it \(report.checkedEvents == 1 ? "is" : "are") intact; "
                            + "the server's log was changed outside stancelog")
                    throw ExitCode(1)
                }
                quiet.say("ok: server: \(counted(report.checkedEvents, "event")), sequence gapless and hash chain intact")
            }
            let log = try await store.openForReading()
            let report = try await ProgressMeter.timing("verify: checking the hash chain", enabled: showing) {
                try await ChainVerifier(vocabulary: vocabulary).verify(log.store)
            }
            if try store.serverURL() != nil { quiet.say("mirror: \(log.path)") }
            if let problem = report.firstProblem {
                printError("verify failed at \(problem)")
                printError(
                    "  \(counted(report.checkedEvents, "event")) before it \(report.checkedEvents == 1 ? "is" : "are") intact; "
                        + "the log was changed outside stancelog. "
                        + "Keep this file as evidence: export it and compare with a copy you trust")
                throw ExitCode(1)
            }
            let last = try await log.store.read(EventQuery(fromSequence: max(report.checkedEvents, 1), limit: 1)).first
            let head = ExportTrailer(last: last)
            quiet.say("ok: \(counted(report.checkedEvents, "event")), sequence gapless and hash chain intact")
            quiet.say("ok: every event makes sense where it stands (articles first, amended statements exist, codebook ids, record times)")
            quiet.say("head \(head.events):\(head.hash)")
            if let anchor = expectHead.flatMap(HeadAnchor.init) {
                let stored = anchor.sequence <= report.checkedEvents
                    ? try await log.store.read(EventQuery(fromSequence: anchor.sequence, limit: 1)).first?.hash : nil
                if let mismatch = anchor.mismatch(storedHash: stored, lastSequence: report.checkedEvents) {
                    printError("verify failed: \(mismatch)")
                    printError("  hint: keep this file as evidence and compare it with a copy holding head \(anchor)")
                    throw ExitCode(1)
                }
                quiet.say("ok: event \(anchor.sequence) is the expected head \(anchor.hash.prefix(12))…")
            }
            let engine = try log.projections()
            let findings = try await ProgressMeter.timing("verify: rebuilding the projections to compare", enabled: showing) {
                try await ProjectionAudit(engine: engine).run()
            }
            let differing = findings.filter { !$0.matches }
            guard differing.isEmpty else {
                for finding in differing {
                    if finding.checkpoint > report.checkedEvents {
                        printError(
                            "verify failed: projection \(finding.projection) has folded events up to \(finding.checkpoint), "
                                + "but the log ends at event \(report.checkedEvents): events were removed from the log")
                    } else {
                        printError(
                            "verify failed: projection \(finding.projection) differs from a rebuild from the log "
                                + "through event \(finding.checkpoint) (digest \(finding.storedDigest.prefix(12)), "
                                + "rebuilt \(finding.rebuiltDigest.prefix(12))): its tables, or events before its "
                                + "checkpoint, were changed outside stancelog")
                    }
                }
                let names = differing.map(\.projection)
                let command = names.count == 1 ? "stancelog replay --projection \(names[0])" : "stancelog replay"
                printError(
                    "  hint: the projections may be the only trace of changed or removed events: copy this file as "
                        + "evidence and compare its head with a published one (`verify --expect-head SEQ:HASH`) "
                        + "before running `\(command)`, which rebuilds them from the log as it is now")
                throw ExitCode(1)
            }
            quiet.say("ok: projections \(findings.map(\.projection).joined(separator: ", ")) equal a rebuild from the log")
        }
    }
}
