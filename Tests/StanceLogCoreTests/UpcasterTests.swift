import Foundation
import StanceLogCore
import StanceLogTesting
import Testing

/// Old payloads are read through the upcaster chain; their stored bytes never change.
@Suite struct UpcasterTests {
    /// The lines of the committed version-1 seed log.
    static func versionOneLines() throws -> [String] {
        try String(contentsOf: Fixtures.seedsVersionOneLog, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    /// A step that records itself in the payload, to see the order steps run in.
    struct Step: Upcaster {
        let type: EventType
        let fromVersion: Int

        func upcast(_ payload: [String: JSONValue]) throws -> [String: JSONValue] {
            var payload = payload
            let trail = if case .string(let text) = payload["trail"] { text } else { "" }
            payload["trail"] = .string(trail + "\(fromVersion)>")
            return payload
        }
    }

    @Test(arguments: [
        #"{"a":1,"b":0,"c":true,"d":0.85,"e":null,"f":[1,"x/y",false],"g":{"h":-2,"i":"„Zitat“ \\ \"q\""}}"#,
        #"{"confidence":1,"evidence":[{"end":12,"start":0,"text":"Moskau lehnt ab."}],"stance":-2}"#,
    ])
    func aParsedPayloadReencodesToItsCanonicalBytes(json: String) throws {
        let parsed = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
        #expect(String(decoding: try EventCodec.canonicalBytes(of: parsed), as: UTF8.self) == json)
    }

    @Test func everyTypeCanBeReadFromVersionOne() {
        for type in EventType.allCases {
            for version in 1..<type.currentSchemaVersion {
                #expect(UpcasterChain.standard.upcaster(for: type, from: version) != nil, "\(type) \(version)")
            }
        }
    }

    @Test func theChainRunsEveryStepInOrderUpToTheTarget() throws {
        let chain = UpcasterChain([Step(type: .positionStated, fromVersion: 2), Step(type: .positionStated, fromVersion: 1)])
        let upcast = try chain.upcast(["a": .integer(1)], type: .positionStated, from: 1, to: 3)
        #expect(upcast == ["a": .integer(1), "trail": .string("1>2>")])
    }

    @Test func aMissingStepIsAnErrorNotASkip() throws {
        let chain = UpcasterChain([Step(type: .positionStated, fromVersion: 1)])
        let error = try #require(throws: StanceLogError.self) {
            try chain.upcast([:], type: .positionStated, from: 1, to: 3)
        }
        #expect(error.message.contains("PositionStated schema version 2 cannot be read"))
    }

    @Test func aVersionOneArticleDecodesAsGermanWithEveryOtherFieldKept() throws {
        let v1 = #"{"articleId":"8849afd2a948e32007b9eb0657141f0baea0d77cbe15308ec62c1b2127a45772","dateSource":"manifest","published":"2023-11","text":"Moskau lehnt ab.","title":"T"}"#
        let decoded = try EventCodec.decode(type: .articleIngested, schemaVersion: 1, payload: Array(v1.utf8))
        guard case .articleIngested(let article) = decoded else {
            Issue.record("decoded \(decoded.type)")
            return
        }
        #expect(article.language == "de")
        #expect(article.title == "T")
        #expect(article.published.description == "2023-11")
        #expect(article.text == "Moskau lehnt ab.")
        #expect(article.extractor == nil)
    }

    @Test func aCurrentArticleRecordsItsLanguageInTheCanonicalBytes() throws {
        let bytes = try EventCodec.encode(.articleIngested(SampleEvents.article("a")))
        #expect(String(decoding: bytes, as: UTF8.self).contains(#""language":"de""#))
    }

    @Test func everyVersionOneLineImportsAsStoredAndExportsByteForByte() throws {
        let lines = try Self.versionOneLines()
        #expect(lines.count == 25)
        for (offset, line) in lines.enumerated() {
            let event = try JSONLinesExchange.event(fromLine: line, lineNumber: offset + 1)
            #expect(event.schemaVersion == 1)
            #expect(event.recomputedHash == event.hash, "line \(offset + 1)")
            #expect(JSONLinesExchange.line(for: event) == line, "line \(offset + 1)")
            if case .articleIngested(let article) = try event.decoded() {
                #expect(article.language == "de")
                #expect(!String(decoding: event.payload, as: UTF8.self).contains("language"))
            }
        }
    }

    @Test func anExportedLineFromANewerStancelogIsRefusedNamingTheLine() throws {
        let line = try #require(try Self.versionOneLines().first)
            .replacingOccurrences(of: #""schemaVersion":1"#, with: #""schemaVersion":3"#)
        let error = try #require(throws: StanceLogError.self) { try JSONLinesExchange.event(fromLine: line, lineNumber: 7) }
        #expect(error.code == .newerVersion)
        #expect(error.message.hasPrefix("line 7: ArticleIngested schema version 3 was written by a newer stancelog"))
    }

    @Test func aVersionOneArticleThatDoesNotDecodeIsRefusedNamingTheLine() throws {
        let line = try #require(try Self.versionOneLines().first)
            .replacingOccurrences(of: #""dateSource":"manifest""#, with: #""dateSource":"guess""#)
        let error = try #require(throws: StanceLogError.self) { try JSONLinesExchange.event(fromLine: line, lineNumber: 1) }
        #expect(error.code == .invalidInput)
        #expect(error.message.hasPrefix("line 1: ArticleIngested payload does not decode"))
    }
}
