import ArgumentParser
import Foundation
import StanceLogExtraction

/// `--codebook FILE`: the parties, topics and cues to work with instead of the bundled Ukraine codebook.
struct CodebookOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A codebook JSON file replacing the bundled one.", valueName: "file"))
    var codebook: String?

    func load() throws -> Codebook {
        guard let codebook else { return try Codebook.bundled() }
        return try Codebook.load(contentsOf: URL(fileURLWithPath: codebook))
    }
}
