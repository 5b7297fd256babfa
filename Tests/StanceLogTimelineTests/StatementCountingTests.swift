import StanceLogTimeline
import Testing

@Suite struct StatementCountingTests {
    @Test(arguments: [
        // extraction, corrected, retracted, article's key, counts
        (nil, false, false, "rules@2", true),
        ("rules@1", false, false, "rules@1", true),
        ("rules@1", false, false, "rules@2", false),
        ("rules@1", true, false, "rules@2", true),
        ("rules@1", false, false, nil, true),
        ("rules@1", true, true, "rules@1", false),
        (nil, false, true, nil, false),
    ] as [(String?, Bool, Bool, String?, Bool)])
    func aStatementCountsUnlessRetractedOrSupersededWithoutCorrection(
        extraction: String?, corrected: Bool, retracted: Bool, article: String?, counts: Bool
    ) {
        #expect(
            StatementCounting.counts(
                extraction: extraction, corrected: corrected, retracted: retracted, articleExtraction: article)
                == counts)
    }

    @Test func analystAndCorrectedStatementsAreReviewed() {
        #expect(StatementCounting.isReviewed(extraction: nil, corrected: false))
        #expect(StatementCounting.isReviewed(extraction: "rules@1", corrected: true))
        #expect(!StatementCounting.isReviewed(extraction: "rules@1", corrected: false))
    }
}
