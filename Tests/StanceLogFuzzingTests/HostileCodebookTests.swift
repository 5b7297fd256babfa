import Foundation
import StanceLogCore
import StanceLogExtraction
import StanceLogFuzzing
import StanceLogIngest
import Testing

/// Issue 14, finding 7: a cue phrase cannot make extraction exponential.
@Suite struct HostileCodebookTests {
    private func codebook(withStanceCue phrase: String) throws -> Data {
        var object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(try Codebook.bundled())) as? [String: Any])
        var cues = try #require(object["stanceCues"] as? [[String: Any]])
        cues.append(["phrase": phrase, "stance": -2, "kind": "predicate"])
        object["stanceCues"] = cues
        return try JSONSerialization.data(withJSONObject: object)
    }

    @Test(arguments: [4, 10])
    func aPhraseWithMoreThanThreeGapsIsRefusedNamingTheBound(gaps: Int) throws {
        let data = try codebook(withStanceCue: HostileCodebook.phrase(gaps: gaps))
        #expect {
            try Codebook.decode(data, source: "hostile.json")
        } throws: { error in
            let text = "\(error)"
            return (error as? StanceLogError)?.code == .invalidCodebook && text.contains("\(gaps) gaps")
                && text.contains("at most 3 gaps")
        }
    }

    @Test func aPhraseWithThreeGapsIsAccepted() throws {
        #expect(throws: Never.self) { try Codebook.decode(try codebook(withStanceCue: HostileCodebook.phrase(gaps: 3)), source: "ok.json") }
    }

    @Test func theWorstAcceptedCodebookReadsBaitTextInLinearTime() throws {
        let extractor = RuleBasedExtractor(codebook: try HostileCodebook.make(from: try Codebook.bundled()))
        let preparer = ArticlePreparer(extractor: extractor)
        let generator = HostileInputGenerator(seed: 3, seeds: [], sizes: .small)
        let limits = FuzzLimits(baseSeconds: 5, secondsPerMegabyte: 60, peakResidentBytes: 4 << 30)
        let runner = FuzzRunner(preparer: preparer, generator: generator, limits: limits)
        let report = runner.run(budgetSeconds: 0, kinds: [.gapBait, .cueStorm, .repeatedStatement])
        #expect(report.passed, "\(report.violations)")
        #expect(report.records.count == 3)
    }
}
