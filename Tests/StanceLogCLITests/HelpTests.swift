import Foundation
import Testing

/// Every option of every command says what it is for.
@Suite struct HelpTests {
    @Test func everyArgumentOfEveryCommandHasAHelpLine() throws {
        let cli = try CommandRunner()
        let result = try cli.run(["--experimental-dump-help"])
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        var missing: [String] = []
        var commands = 0
        func visit(_ command: [String: Any], path: String) {
            commands += 1
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
                let name = names.first ?? (argument["valueName"] as? String ?? "?")
                guard !["help", "version"].contains(name) else { continue }
                if (argument["abstract"] as? String ?? "").isEmpty { missing.append("\(path) \(name)") }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] where sub["commandName"] as? String != "help" {
                visit(sub, path: path + " " + (sub["commandName"] as? String ?? "?"))
            }
        }
        visit(try #require(root["command"] as? [String: Any]), path: "stancelog")
        #expect(commands > 20)
        #expect(missing.isEmpty, "no help line: \(missing)")
    }

    @Test func completionScriptsNameTheSubcommands() throws {
        let cli = try CommandRunner()
        for shell in ["bash", "zsh", "fish"] {
            let result = try cli.run(["--generate-completion-script", shell])
            #expect(result.status == 0)
            #expect(result.output.contains("timeline") && result.output.contains("search"), "\(shell)")
        }
    }
}
