public import Foundation
public import StanceLogCore
import StanceLogExtraction

/// The words the synthetic corpus is assembled from.
///
/// Parties, topics and speakers come from the codebook JSON (its `parties[].id`,
/// `topics[].id` and, when the codebook has them, `parties[].people`); the German
/// phrases that carry a topic or a stance are written here with the cue words the
/// rule extractor's codebook lists (`Sicherheitsgarantien`, `NATO-Beitritt`,
/// `lehnt … ab`, `fordert`, …), so that a real extractor finds most statements.
public struct CorpusVocabulary: Sendable {
    /// A party with the names the text can call it by.
    public struct Party: Sendable {
        public let id: PartyID
        /// Institutions and places (`Moskau`, `die Bundesregierung`).
        public let names: [String]
        /// Persons who speak for it (`Putin`).
        public let speakers: [String]
    }

    /// A topic with noun phrases naming what the statement is about.
    public struct Topic: Sendable {
        public let id: TopicID
        public let phrases: [String]
    }

    public let parties: [Party]
    public let topics: [Topic]

    /// Reads the vocabulary from a codebook file's JSON.
    ///
    /// - Throws: ``BenchmarkError`` when the JSON has no parties or no topics.
    public init(codebookJSON data: Data) throws {
        let object = try? JSONSerialization.jsonObject(with: data)
        guard let root = object as? [String: Any],
            let parties = root["parties"] as? [[String: Any]], let topics = root["topics"] as? [[String: Any]],
            !parties.isEmpty, !topics.isEmpty
        else {
            throw BenchmarkError("the codebook JSON has no parties or no topics")
        }
        self.parties = parties.compactMap { party in
            guard let id = party["id"] as? String else { return nil }
            let people = (party["people"] as? [String] ?? []).compactMap(Self.properName)
            let builtIn = Self.builtInParties[id]
            let name = party["name"] as? String ?? id
            return Party(
                id: PartyID(id), names: builtIn?.names ?? ["die Regierung von \(name)", name],
                speakers: Self.merged(builtIn?.speakers ?? [], people, fallback: "ein Sprecher von \(name)"))
        }
        self.topics = topics.compactMap { topic in
            guard let id = topic["id"] as? String else { return nil }
            let question = topic["question"] as? String ?? id
            return Topic(id: TopicID(id), phrases: Self.builtInTopics[id] ?? ["die Frage „\(question)“"])
        }
    }

    /// The vocabulary of the codebook bundled with stancelog's extractor (parties and topics only:
    /// the bundled ``Codebook`` type keeps no people; pass the JSON file to use them).
    public static func bundled() throws -> CorpusVocabulary {
        try CorpusVocabulary(codebookJSON: try JSONEncoder().encode(try Codebook.bundled()))
    }

    /// A one-word person name written as a codebook entry (`putin`), capitalised; nil for patterns and titles.
    static func properName(_ entry: String) -> String? {
        guard !entry.isEmpty, entry.unicodeScalars.allSatisfy({ CharacterSet.lowercaseLetters.contains($0) }),
            let first = entry.first
        else { return nil }
        return first.uppercased() + entry.dropFirst()
    }

    private static func merged(_ first: [String], _ second: [String], fallback: String) -> [String] {
        var seen = Set<String>()
        let all = (first + second).filter { seen.insert($0).inserted }
        return all.isEmpty ? [fallback] : all
    }

    private static let builtInParties: [String: (names: [String], speakers: [String])] = [
        "US": (["Washington", "die US-Regierung", "das Weiße Haus"], ["Trump", "Rubio", "Witkoff", "Vance"]),
        "RU": (["Moskau", "der Kreml", "Russland"], ["Putin", "Lawrow", "Peskow", "Uschakow"]),
        "UA": (["Kiew", "die Ukraine", "die ukrainische Regierung"], ["Selenskyj", "Umjerow", "Sybiha", "Jermak"]),
        "EU": (["Brüssel", "die EU-Kommission", "die Europäische Union"], ["Kallas", "Costa"]),
        "DE": (["Berlin", "die Bundesregierung"], ["Merz", "Pistorius", "Wadephul", "Scholz"]),
        "FR": (["Paris", "der Élysée-Palast", "Frankreich"], ["Macron", "Barrot"]),
        "GB": (["London", "Downing Street", "Großbritannien"], ["Starmer", "Lammy", "Healey"]),
        "NATO": (["die NATO", "das Bündnis"], ["Rutte", "Stoltenberg"]),
    ]

    private static let builtInTopics: [String: [String]] = [
        "nato_membership": [
            "einen NATO-Beitritt der Ukraine", "die NATO-Mitgliedschaft der Ukraine",
            "eine Einladung der Ukraine in die NATO", "die Aufnahme der Ukraine in das Bündnis",
        ],
        "territory": [
            "Gebietsabtretungen der Ukraine", "territoriale Zugeständnisse Kiews",
            "einen Gebietstausch im Donbass", "die Abtretung der besetzten Gebiete an Russland",
        ],
        "security_guarantees": [
            "Sicherheitsgarantien für die Ukraine", "eine europäische Friedenstruppe",
            "verbindliche Sicherheitszusagen an Kiew", "eine Schutztruppe nach einem Waffenstillstand",
        ],
    ]
}
