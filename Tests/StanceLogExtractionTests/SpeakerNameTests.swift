import Foundation
import StanceLogCore
import Testing

@testable import StanceLogExtraction

/// Speakers are reported in the nominative, as annotators write them (ANNOTATION.md, issue 11).
@Suite struct SpeakerNameTests {
    private func speakers(_ raw: String) throws -> [String] {
        try Fixtures.extractor().extract(from: try Fixtures.text(raw)).compactMap(\.speaker)
    }

    @Test(arguments: [
        ("Selenskyjs Forderung nach Sicherheitsgarantien ist bekannt.", "Selenskyj"),
        ("Die Ablehnung des russischen Präsidenten Putin gilt jedem Nato-Beitritt der Ukraine.", "russische Präsident"),
        ("Die Bereitschaft des amerikanischen Außenministers zu Sicherheitsgarantien wuchs.", "amerikanische Außenminister"),
        ("Die Kernforderung Kiews sind Sicherheitsgarantien.", "Kiew"),
    ])
    func theSpeakerIsInTheNominative(sentence: String, speaker: String) throws {
        #expect(try speakers(sentence) == [speaker])
    }

    @Test func aNameEndingInSIsKept() throws {
        #expect(SpeakerName(codebook: try Codebook.bundled()).nominative("Kallas") == "Kallas")
    }
}
