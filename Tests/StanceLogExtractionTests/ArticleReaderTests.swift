import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

@Suite struct ArticleReaderTests {
    @Test(arguments: [
        ("000", "2023-11-04"), ("001", "2025-12-06"), ("002", nil), ("003", nil), ("004", "2025-02"),
    ] as [(String, String?)])
    func findsThePublicationDateOfEachSeed(seed: String, expected: String?) throws {
        let metadata = ArticleReader().metadata(of: try Fixtures.seed(seed))
        #expect(metadata.published?.description == expected)
    }

    @Test func ignoresTheDatesOfTeaserListsAtTheBottom() throws {
        let text = try Fixtures.seed("000")
        let metadata = ArticleReader().metadata(of: text)
        let evidence = try #require(metadata.publishedEvidence)
        let start = try #require(evidence.start)
        #expect(start < text.value.unicodeScalars.count / 2)
        #expect(evidence.text == "04.11.2023")
    }

    @Test func refinesAMonthMarkerWithADayFromTheText() throws {
        let text = try Fixtures.text("date 2024-11 Titel Stand: 30.11.2024 12:12 Uhr\n\nDer Text beginnt hier.")
        #expect(ArticleReader().metadata(of: text).published?.description == "2024-11-30")
    }

    @Test func ignoresDatesInRunningText() throws {
        let text = try Fixtures.text("Titel der Meldung hier\nDer Vorstoß vom 6. August 2024 war wichtig.")
        #expect(ArticleReader().metadata(of: text).published == nil)
    }

    @Test func findsTheHeadline() throws {
        let metadata = ArticleReader().metadata(of: try Fixtures.seed("000"))
        #expect(metadata.title == "US-Sender: Washington drängt Ukraine zu Gesprächen mit Russland")
    }

    @Test func dropsConsentNoticesPaywallScriptsAndTeasers() throws {
        for seed in ["000", "003"] {
            let text = try Fixtures.seed(seed)
            let scalars = Array(text.value.unicodeScalars)
            let body = ArticleReader().metadata(of: text).body.map { range in
                String(String.UnicodeScalarView(scalars[range]))
            }.joined(separator: "\n")
            #expect(!body.contains("Empfohlener redaktioneller Inhalt"))
            #expect(!body.contains("Ich bin damit einverstanden"))
            #expect(!body.contains("showPaywall"))
            #expect(!body.contains("Stellantis"))
            #expect(!body.contains("Foto:"))
            #expect(!body.contains("Lesezeit"))
        }
    }

    @Test func keepsOffsetsIntoTheNormalisedText() throws {
        let text = try Fixtures.seed("001")
        let scalars = Array(text.value.unicodeScalars)
        let body = ArticleReader().metadata(of: text).body
        let first = try #require(body.first)
        #expect(String(String.UnicodeScalarView(scalars[first])).hasPrefix("Nach neuen Ukraine-Gesprächen"))
    }

    @Test func readsTextWithByteOrderMarkCRLFAndSoftHyphens() throws {
        let raw = "\u{FEFF}Titel der Meldung hier\r\n\r\nMoskau lehnt einen Nato-Bei\u{00AD}tritt der Ukraine ab.\r\n"
        let text = try NormalizedText.decode(Array(raw.utf8), source: "test")
        let statements = try Fixtures.extractor().extract(from: text)
        #expect(statements.map(\.party) == ["RU"])
    }

    @Test func treatsNoBreakSpacesAsSpaces() throws {
        let text = try Fixtures.text("Moskau\u{00A0}lehnt einen Nato-Beitritt der Ukraine\u{00A0}ab.")
        #expect(try Fixtures.extractor().extract(from: text).map(\.party) == ["RU"])
    }
}
