import ArgumentParser
import Foundation
import StanceLogCore
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

extension CodebookOptions {
    /// The codebooks a log's parties and topics are checked against: the bundled one and `--codebook`'s.
    ///
    /// - Throws: ``StanceLogError`` `invalidCodebook` when `--codebook` names a malformed file.
    func vocabulary() throws -> LogVocabulary {
        var codebooks = [try Codebook.bundled()]
        if codebook != nil { codebooks.append(try load()) }
        return LogVocabulary(
            codebooks: Dictionary(
                codebooks.map { ($0.identity, LogVocabulary.Entry(parties: Set($0.parties.map(\.id)), topics: Set($0.topics.map(\.id)))) },
                uniquingKeysWith: { _, given in given }))
    }
}
