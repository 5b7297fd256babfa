public import Foundation
public import StanceLogCore

/// The definitions an extractor works from: parties, topics and the cue words for each.
///
/// Shipped as `codebook.json` and replaceable with `--codebook FILE`, so that a
/// user tracking another conflict writes data, not code. Every cue is a phrase of
/// token patterns (see ``CuePhrase``): `nato-beitritt*`, `lehn* … ab`, `*bereitschaft`.
public struct Codebook: Hashable, Sendable, Codable {
    public let name: String
    public let version: String
    public let parties: [Party]
    public let topics: [Topic]
    /// Words and phrases that take a stance, with direction and strength.
    public let stanceCues: [StanceCue]
    /// Words that negate a stance cue in the same clause (`nicht`, `kein*`).
    public let negators: [String]
    /// Role nouns (`Präsident`, `Regierung`, `Sprecher`) that make "russische Präsident"
    /// or "Selenskyjs Berater" a mention of a party.
    public let roles: [String]
    /// Actors that are not parties (journalists, experts, think tanks): a stance they hold is dropped.
    public let nonParties: [String]
    /// Words that tell how directly a stance is attributed.
    public let attribution: AttributionCues
    /// Words that tie an impersonal agreement to the parties of the talks.
    public let negotiation: Negotiation

    public init(
        name: String, version: String, parties: [Party], topics: [Topic], stanceCues: [StanceCue] = [],
        negators: [String] = [], roles: [String] = [], nonParties: [String] = [],
        attribution: AttributionCues = AttributionCues(), negotiation: Negotiation = Negotiation()
    ) {
        self.name = name
        self.version = version
        self.parties = parties
        self.topics = topics
        self.stanceCues = stanceCues
        self.negators = negators
        self.roles = roles
        self.nonParties = nonParties
        self.attribution = attribution
        self.negotiation = negotiation
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        version = try container.decode(String.self, forKey: .version)
        parties = try container.decode([Party].self, forKey: .parties)
        topics = try container.decode([Topic].self, forKey: .topics)
        stanceCues = try container.decodeIfPresent([StanceCue].self, forKey: .stanceCues) ?? []
        negators = try container.decodeIfPresent([String].self, forKey: .negators) ?? []
        roles = try container.decodeIfPresent([String].self, forKey: .roles) ?? []
        nonParties = try container.decodeIfPresent([String].self, forKey: .nonParties) ?? []
        attribution = try container.decodeIfPresent(AttributionCues.self, forKey: .attribution) ?? AttributionCues()
        negotiation = try container.decodeIfPresent(Negotiation.self, forKey: .negotiation) ?? Negotiation()
    }

    /// The Ukraine codebook shipped with stancelog.
    ///
    /// - Throws: ``StanceLogError`` `invalidCodebook` when the resource is missing or broken.
    public static func bundled() throws -> Codebook {
        guard let url = Bundle.module.url(forResource: "codebook", withExtension: "json") else {
            throw StanceLogError(.invalidCodebook, "the bundled codebook.json is missing from the installation")
        }
        return try load(contentsOf: url)
    }

    /// Reads and validates a codebook file.
    ///
    /// - Throws: ``StanceLogError`` `invalidCodebook` naming the file and the failing line or key.
    public static func load(contentsOf url: URL) throws -> Codebook {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw StanceLogError(
                .invalidCodebook, "cannot read codebook \(url.path)", hint: "check the path given to --codebook")
        }
        return try decode(data, source: url.path)
    }

    /// Decodes and validates codebook JSON.
    ///
    /// - Parameter source: how to name the input in an error message.
    /// - Throws: ``StanceLogError`` `invalidCodebook` naming the line (syntax errors) or key (content errors).
    public static func decode(_ data: Data, source: String) throws -> Codebook {
        let codebook: Codebook
        do {
            codebook = try JSONDecoder().decode(Codebook.self, from: data)
        } catch let error as DecodingError {
            throw StanceLogError(
                .invalidCodebook, "codebook \(source) is malformed: \(CodebookSyntax.describe(error, in: data))",
                hint: "compare it with the bundled codebook.json")
        } catch {
            throw StanceLogError(.invalidCodebook, "codebook \(source) is not valid JSON: \(error)")
        }
        if let problem = CodebookValidator(codebook: codebook).firstProblem() {
            throw StanceLogError(
                .invalidCodebook, "codebook \(source) is invalid: \(problem)",
                hint: "compare it with the bundled codebook.json")
        }
        return codebook
    }

    /// `name@version`, recorded with every extracted statement.
    public var identity: String { "\(name)@\(version)" }

    public func knows(party id: PartyID) -> Bool { parties.contains { $0.id == id } }

    public func knows(topic id: TopicID) -> Bool { topics.contains { $0.id == id } }
}
