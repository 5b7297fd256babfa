import Foundation
import StanceLogCore
import StanceLogReport
import StanceLogTimeline
import Testing

/// The source list shows a title for every article: the stored one (manifest or headline), else the lead's
/// first sentence read from the text when the report is written, marked as such.
@Suite struct SourceTitleTests {
    private static let untitled = HTMLReportTests.model.articles[1].id

    @Test func theLeadsFirstSentenceIsTheTitleWithoutTheDateLine() {
        let text = "date 2025-12-06 Nach den Gesprächen in Genf sagte Selenskyj, man sei weiter. Danach folgte mehr.\n\nZweiter Absatz."
        #expect(LeadTitle.derive(from: text) == "Nach den Gesprächen in Genf sagte Selenskyj, man sei weiter")
    }

    @Test func aLongLeadIsCutAtAWordWithAnEllipsis() throws {
        let lead = Array(repeating: "Verhandlungen", count: 20).joined(separator: " ") + "."
        let title = try #require(LeadTitle.derive(from: lead))
        #expect(title.count <= LeadTitle.limit)
        #expect(title.hasSuffix("Verhandlungen…"))
    }

    @Test func aTextWithoutALineOfSixWordsGivesNoTitle() {
        #expect(LeadTitle.derive(from: "Kurz.\nNoch kürzer.") == nil)
        #expect(LeadTitle.derive(from: "") == nil)
    }

    @Test func anArticleWithoutATitleShowsTheTextsTitleMarkedAsSuch() {
        var model = HTMLReportTests.model
        model.textTitles = [Self.untitled: "Kiew <fordert> Garantien"]
        let html = HTMLReport(model: model).render()
        #expect(html.contains("<em>Kiew &lt;fordert&gt; Garantien</em> <small>(from the text)</small>"))
        #expect(!html.contains("no title found in the text"))
    }

    @Test func aStoredTitleWinsOverTheTexts() {
        var model = HTMLReportTests.model
        model.textTitles = [model.articles[0].id: "Aus dem Text"]
        let html = HTMLReport(model: model).render()
        #expect(!html.contains("Aus dem Text"))
        #expect(html.contains("no title found in the text"))
    }
}
