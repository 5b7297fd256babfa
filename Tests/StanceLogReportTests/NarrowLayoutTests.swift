import StanceLogReport
import Testing

/// On a narrow screen (400 px) the diff table becomes one card per row, each value under its column's name,
/// instead of a table wider than the screen whose evidence lies off to the right.
@Suite struct NarrowLayoutTests {
    @Test func everyDiffCellCarriesItsColumnNameForTheCardLayout() {
        let html = HTMLReport(model: HTMLReportTests.model).render()
        #expect(html.contains("<table class=\"cards\">"))
        for label in ["Party", "Topic", "Move", "At 2025-01-01", "At 2025-12-31", "Changes between", "Statements between"] {
            #expect(html.contains("<td data-label=\"\(label)\">"), "\(label)")
        }
        #expect(html.contains("@media (max-width: 640px)"))
        #expect(html.contains("table.cards td::before { content: attr(data-label)"))
    }
}
