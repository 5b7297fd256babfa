import Foundation
import StanceLogCore
import StanceLogExtraction
import Testing

/// Texts that once took time quadratic in their length, and the sentence-length
/// policy that keeps extraction linear. Bounds are for a debug build; the quadratic
/// versions took minutes on these sizes.
@Suite struct HostileTextTests {
    private func timed(_ text: String) throws -> ([ExtractedStatement], Double) {
        let extractor = try Fixtures.extractor()
        let normalized = try Fixtures.text(text)
        let start = ContinuousClock.now
        let statements = extractor.extract(from: normalized)
        let elapsed = ContinuousClock.now - start
        return (statements, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    @Test func aLongRunOfInitialsIsSplitInLinearTime() throws {
        let (_, seconds) = try timed("date 2025-02\nSelenskyj fordert " + String(repeating: "A.", count: 50_000) + " Garantien.")
        #expect(seconds < 15, "took \(seconds) s")
    }

    @Test func aHugeLineWithoutFullStopIsNotAnalysed() throws {
        let line = String(repeating: "Russland lehnt Sicherheitsgarantien ab, sagte Putin und ", count: 2_000)
        let (statements, seconds) = try timed("date 2025-02\n" + line)
        #expect(statements.isEmpty)
        #expect(seconds < 15, "took \(seconds) s")
    }

    @Test func aSentenceUpToTheLengthLimitIsAnalysedAndOneBeyondIsNot() throws {
        let sentence = "Russland lehnt einen Nato-Beitritt der Ukraine ab"
        let limit = RuleBasedExtractor.maximumSentenceLength
        let filler = { (count: Int) in String(repeating: "x", count: count) }
        let fits = sentence + " " + filler(limit - sentence.count - 2) + "."
        let tooLong = sentence + " " + filler(limit - sentence.count) + "."
        #expect(fits.unicodeScalars.count == limit)
        #expect(try !timed("date 2025-02\n" + fits).0.isEmpty)
        #expect(try timed("date 2025-02\n" + tooLong).0.isEmpty)
    }
}
