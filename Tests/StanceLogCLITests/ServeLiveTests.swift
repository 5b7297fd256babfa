import Foundation
import StanceLogTesting
import Testing

/// `stancelog serve` as a team uses it: the built binary on a free loopback port, driven with `curl`.
@Suite(.serialized) struct ServeLiveTests {
    static let token = "live-test-token-0123456789abcdef"

    /// The server's port, read from its `listening on http://127.0.0.1:PORT/` line (at most 60 s).
    private func port(of server: ChildProcess, in folder: URL) throws -> Int {
        let errors = folder.appendingPathComponent("serve.err")
        for _ in 0..<600 {
            let text = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("stancelog serve: listening on http://127.0.0.1:") }),
                let port = Int(line.split(separator: ":").last?.filter(\.isNumber) ?? "")
            {
                return port
            }
            guard server.process.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw StanceLogTestFailure("the server did not say where it listens: \((try? String(contentsOf: errors, encoding: .utf8)) ?? "")")
    }

    /// Runs a shell command (curl loops), returning its status and output.
    private func shell(_ script: String, in folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }

    private func curl(_ url: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["curl", "-sS", "--max-time", "60", url]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func answersEqualTheCLIsJSONWhileOneProcessIngestsThroughTheAPIAndAnotherReads() throws {
        let cli = try CommandRunner()
        #expect(try cli.run(["ingest", Fixtures.seedsDirectory.path, "--quiet"]).status == 0)
        let tokens = cli.folder.appendingPathComponent("tokens")
        try "carol \(Self.token)\n".write(to: tokens, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: tokens.path)
        let articles = try Fixtures.seedArticles()
        for (index, article) in articles.enumerated() {
            let text = try String(contentsOf: article, encoding: .utf8) + "\nNachtrag \(index) der Redaktion.\n"
            try text.write(to: cli.folder.appendingPathComponent("extra-\(index).txt"), atomically: true, encoding: .utf8)
        }

        let server = try ChildProcess.start(
            ["serve", "--db", cli.database, "--listen", "127.0.0.1:0", "--tokens", tokens.path], in: cli.folder, label: "serve")
        defer { server.kill() }
        let base = "http://127.0.0.1:\(try port(of: server, in: cli.folder))"

        let writer = try shell(
            (0..<articles.count).map { index in
                "curl -sSf --max-time 60 -H 'Authorization: Bearer \(Self.token)' --data-binary @extra-\(index).txt "
                    + "'\(base)/api/v1/articles?date=2025-06-0\(index + 1)&outlet=Live&name=extra-\(index).txt' >> writes.json"
            }.joined(separator: " && "), in: cli.folder)
        let reader = try shell(
            "for i in $(seq 30); do curl -sSf --max-time 60 '\(base)/api/v1/state?at=2025-12-31' > /dev/null || exit 1; "
                + "curl -sSf --max-time 60 '\(base)/api/v1/timeline' > /dev/null || exit 1; done", in: cli.folder)
        writer.waitUntilExit()
        reader.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        #expect(reader.terminationStatus == 0)
        let writes = try String(contentsOf: cli.folder.appendingPathComponent("writes.json"), encoding: .utf8)
        #expect(writes.components(separatedBy: "\"outcome\" : \"added\"").count - 1 == articles.count)

        let pairs: [(api: String, cli: [String])] = [
            ("state?at=2025-12-31", ["state", "--at", "2025-12-31"]),
            ("state?at=2025-03&party=us", ["state", "--at", "2025-03", "--party", "us"]),
            ("timeline", ["timeline"]),
            ("timeline?every_point=true&from=2025&topic=territory", ["timeline", "--every-point", "--from", "2025", "--topic", "territory"]),
            ("diff?from=2025-01&to=2025-12&changed_only=true", ["diff", "2025-01", "2025-12", "--changed-only"]),
            ("articles", ["articles"]),
            ("articles?as_of=10", ["articles", "--as-of", "10"]),
            ("events?from_seq=3&limit=7", ["log", "--from-seq", "3", "--limit", "7"]),
        ]
        for pair in pairs {
            let answer = try curl("\(base)/api/v1/\(pair.api)")
            let expected = try cli.run(pair.cli + ["--db", cli.database, "--format", "json"])
            #expect(expected.status == 0, "\(pair.cli): \(expected.error)")
            #expect(answer == expected.output, "GET /api/v1/\(pair.api) differs from stancelog \(pair.cli.joined(separator: " "))")
        }
        let head = try #require(try JSONSerialization.jsonObject(with: Data(try curl("\(base)/api/v1/head").utf8)) as? [String: Any])
        let cliHead = try cli.run(["head", "--db", cli.database]).output.trimmingCharacters(in: .newlines)
        #expect("\(head["sequence"] ?? ""):\(head["hash"] ?? "")" == cliHead)

        _ = kill(server.process.processIdentifier, SIGTERM)
        let result = try server.wait()
        #expect(result.status == 0, "\(result.error)")
        #expect(!result.error.contains(Self.token))
        #expect(result.error.contains("write by carol: ingest extra-0.txt"))
    }
}

/// A failure of the test's own machinery (the server did not start), with what it printed.
struct StanceLogTestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
