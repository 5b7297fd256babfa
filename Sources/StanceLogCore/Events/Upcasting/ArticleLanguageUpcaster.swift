/// ``ArticleIngested`` 1 → 2: adds `language`, which is `"de"` for every version-1 article.
///
/// Version 1 had no language because stancelog read German articles only (its
/// reader's date patterns, boilerplate and title rules are German); version 2
/// records the language so that a log can hold articles in other languages
/// and a reader of the log need not assume.
public struct ArticleLanguageUpcaster: Upcaster {
    /// The language of every article a version-1 stancelog ingested, as a BCP-47 tag.
    public static let versionOneLanguage = "de"

    public var type: EventType { .articleIngested }
    public var fromVersion: Int { 1 }

    public init() {}

    public func upcast(_ payload: [String: JSONValue]) throws -> [String: JSONValue] {
        var payload = payload
        payload["language"] = .string(Self.versionOneLanguage)
        return payload
    }
}
