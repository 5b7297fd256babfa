import Foundation
import StanceLogCore
import StanceLogTimeline
import StanceLogReport
import Testing

@Suite struct HTMLReportTests {
    static let model: ReportModel = {
        let hostile = ReportStatement(
            date: PartialDate("2025-02")!, party: "US", stance: Stance(-1)!, attribution: .direct, speaker: "Hegseth",
            evidence: #"Die US-Regierung werde keine „Friedenstruppen" <script>alert('x')</script> & mehr schicken."#,
            articleTitle: "Hegseth in Brüssel", review: .lowConfidence)
        let friendly = ReportStatement(
            date: PartialDate("2025-12-06")!, party: "US", stance: Stance(1)!, attribution: .reported, speaker: "Witkoff",
            evidence: "Konkret habe man sich auf einen «Rahmen der Sicherheitsvereinbarungen» geeinigt.", articleTitle: nil)
        let ukraine = ReportStatement(
            date: PartialDate("2025")!, party: "UA", stance: Stance(2)!, attribution: .reported, speaker: nil,
            evidence: "Kiew fordert Sicherheitsgarantien.", articleTitle: nil, review: .analyst)
        return ReportModel(
            title: "Stances <test>", logPosition: 42, window: 20250101...20251231,
            parties: [ReportParty(id: "US", name: "United States"), ReportParty(id: "UA", name: "Ukraine")],
            topics: [
                ReportTopic(
                    id: "security_guarantees", question: "Should Ukraine get guarantees?",
                    series: [
                        ReportSeries(
                            party: "US", steps: [ReportStep(day: 20250228, stance: Stance(-1)!), ReportStep(day: 20251206, stance: Stance(1)!)],
                            statements: [hostile, friendly]),
                        ReportSeries(party: "UA", steps: [ReportStep(day: 20251231, stance: Stance(2)!)], statements: [ukraine]),
                    ]),
                ReportTopic(id: "territory", question: "Cede land?", series: []),
            ],
            diff: ReportDiff(
                from: PartialDate("2025-01-01")!, to: PartialDate("2025-12-31")!,
                rows: [
                    .init(
                        party: "US", topic: "security_guarantees",
                        from: ReportEvidence(stance: Stance(-1)!, date: PartialDate("2025-02")!, evidence: hostile.evidence),
                        to: ReportEvidence(stance: Stance(1)!, date: PartialDate("2025-12-06")!, evidence: friendly.evidence),
                        changes: [ReportEvidence(stance: Stance(1)!, date: PartialDate("2025-12-06")!, evidence: friendly.evidence)],
                        statementsBetween: 1)
                ]),
            state: ReportState(
                at: PartialDate("2025-12-31")!,
                cells: [.init(party: "US", topic: "security_guarantees", latest: ReportEvidence(stance: Stance(1)!, date: PartialDate("2025-12-06")!, evidence: friendly.evidence))]),
            articles: [
                CatalogArticle(
                    id: ArticleID(rawValue: String(repeating: "ab", count: 32))!, title: "Hegseth \"in\" Brüssel", published: PartialDate("2025-02")!,
                    outlet: nil, url: "https://example.org/a?x=1&y=2", statements: 3),
                CatalogArticle(
                    id: ArticleID(rawValue: String(repeating: "cd", count: 32))!, title: nil, published: PartialDate("2025-03")!,
                    outlet: "Evil", url: "javascript:alert(1)", statements: 1),
            ])
    }()

    @Test func thePageIsSelfContained() {
        let html = HTMLReport(model: Self.model).render()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\"http"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("@import"))
    }

    @Test func evidenceIsEscapedEverywhere() {
        let html = HTMLReport(model: Self.model).render()
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; mehr"))
        #expect(html.contains("„Friedenstruppen&quot;"))
        #expect(html.contains("<title>Stances &lt;test&gt;</title>"))
        #expect(html.contains("href=\"https://example.org/a?x=1&amp;y=2\""))
        #expect(html.contains("Hegseth &quot;in&quot; Brüssel"))
    }

    @Test func eachTopicHasALanePerPartyWithItsLabelAndStance() {
        let html = HTMLReport(model: Self.model).render()
        #expect(html.components(separatedBy: "<div class=\"lanes\"").count == 2)
        #expect(html.contains("No statements on this topic in the selection."))
        #expect(html.components(separatedBy: "<div class=\"lane\" data-party=\"US\">").count == 2)
        #expect(html.components(separatedBy: "<div class=\"lane\" data-party=\"UA\">").count == 2)
        #expect(html.contains("<strong style=\"color:#0072B2\">US</strong><span class=\"name\">United States</span>"))
        #expect(html.contains(">+1 open</span></div>"))
        #expect(html.components(separatedBy: "<g class=\"statement ").count == 4)
    }

    @Test func analystAndCorrectedStatementsAreMarked() {
        let html = HTMLReport(model: Self.model).render()
        #expect(html.components(separatedBy: "<g class=\"statement reviewed\">").count == 2)
        #expect(html.contains("stance +2 demands · reported · analyst"))
        #expect(html.components(separatedBy: "<g class=\"statement uncertain\">").count == 2)
        #expect(html.contains("stance -1 reluctant · direct · low confidence"))
        #expect(html.contains("fill=\"#ffffff\" fill-opacity=\"1\""))
        #expect(html.contains("</svg>analyst or corrected"))
    }

    @Test func theSummaryAtTheTopNamesEachMove() throws {
        let html = HTMLReport(model: Self.model).render()
        let summary = try #require(html.range(of: "<section id=\"summary\">"))
        let charts = try #require(html.range(of: "<section id=\"charts\">"))
        #expect(summary.lowerBound < charts.lowerBound)
        #expect(html.contains("<span class=\"move reversed\">reversed</span> <strong>1</strong>: <span class=\"pair\">US security_guarantees -1 → +1</span>"))
    }

    @Test func stateCellsUseTheDivergingScaleWithALegend() {
        let html = HTMLReport(model: Self.model).render()
        #expect(html.contains("<ul class=\"scale\""))
        #expect(html.contains("<li style=\"background:#542788;color:#ffffff\">+2 demands</li>"))
        #expect(html.contains("<td class=\"s1\" style=\"background:#998ec3;"))
        #expect(!html.contains("#1a7f37") && !html.contains("#b42318"))
    }

    @Test func onlyHTTPLinksAreClickableAndThePageForbidsScripts() {
        let html = HTMLReport(model: Self.model).render()
        #expect(!html.contains("javascript:"))
        #expect(html.contains("<em>no title found in the text</em>"))
        #expect(
            HTMLReport.slugTitle("https://www.tt.com/artikel/18646867/kreml-sieht-in-neutralitaet-fuer-ukraine-moeglichen-kompromiss")
                == "Kreml sieht in neutralitaet fuer ukraine moeglichen kompromiss")
        #expect(HTMLReport.slugTitle("https://example.org/a?x=1&y=2") == nil)
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'"))
    }

    @Test func tooltipsCarryDatePartySpeakerStanceAttributionAndEvidence() {
        let html = HTMLReport(model: Self.model).render()
        #expect(html.contains("<title>2025-12-06 · US (United States) · Witkoff\nstance +1 open · reported\n«Konkret habe man sich"))
    }

    @Test func monthAndYearStatementsAreSpansAndDayStatementsArePoints() {
        let html = HTMLReport(model: Self.model).render()
        let marks = html.components(separatedBy: "<g class=\"statement ").dropFirst()
        #expect(marks.filter { $0.contains("<rect") }.count == 2)
        #expect(marks.filter { $0.contains("<circle") }.count == 1)
    }

    @Test func theSameModelRendersTheSameBytes() {
        #expect(HTMLReport(model: Self.model).render() == HTMLReport(model: Self.model).render())
    }

    @Test func theDiffStateAndSourcesSectionsArePresent() {
        let html = HTMLReport(model: Self.model).render()
        #expect(html.contains("<h2>What changed from 2025-01-01 to 2025-12-31</h2>"))
        #expect(html.contains("<h2>Each stance from 2025-01-01 to 2025-12-31</h2>"))
        #expect(html.contains("<td data-label=\"Move\"><span class=\"move reversed\">reversed</span></td>"))
        #expect(html.contains(">2025-12-06: +1 open</span>"))
        #expect(html.contains("<h2>Where each party stood at 2025-12-31</h2>"))
        #expect(html.contains("<td class=\"s1\""))
        #expect(html.contains("<code>abababababab</code>"))
    }
}
