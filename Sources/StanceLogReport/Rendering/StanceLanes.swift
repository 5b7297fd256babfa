import StanceLogCore

/// Draws one topic as small multiples: a lane per party, its stance (−2…+2) over valid time.
///
/// Six parties at the same stance stay six readable lines, each with its party and
/// current stance beside it. A lane is an inline SVG step line in the party's colour
/// and dash pattern, with every statement as a mark whose `<title>` tooltip names
/// date, party, speaker, stance, attribution, evidence and source: a circle for a
/// day, a bar over the period for a month or year, a diamond outline for a
/// statement an analyst recorded or corrected, a hollow mark for low extractor
/// confidence. Each mark links where ``ReportLinks`` says: its statement's page in the live
/// view, its article's sources row in a report file. Labels and the time axis are HTML, so
/// they stay legible on a phone.
struct StanceLanes {
    let topic: ReportTopic
    let window: ClosedRange<Int>
    let palette: PartyPalette
    let partyNames: [PartyID: String]
    /// Where a mark links: its statement's page, or its article.
    let links: ReportLinks
    /// The articles the report's sources table lists.
    let listed: Set<ArticleID>

    private let width = 640.0
    private let height = 64.0
    private let inset = 7.0

    func render() -> String {
        var html = "<div class=\"lanes\" id=\"lanes-\(HTMLText.escape(topic.id.rawValue))\">\n"
        for series in topic.series {
            html += lane(series)
        }
        html += axis()
        return html + "</div>\n"
    }

    private var firstDay: Int64 { CalendarDay.daysSinceEpoch(yyyymmdd: window.lowerBound) }
    private var lastDay: Int64 { CalendarDay.daysSinceEpoch(yyyymmdd: window.upperBound) }

    /// The share of the plot's width at day `yyyymmdd` (0 at the window's start, 1 at its end).
    private func fraction(_ yyyymmdd: Int) -> Double {
        let span = Double(max(lastDay - firstDay, 1))
        let clamped = min(max(yyyymmdd, window.lowerBound), window.upperBound)
        return Double(CalendarDay.daysSinceEpoch(yyyymmdd: clamped) - firstDay) / span
    }

    private func x(_ yyyymmdd: Int) -> Double { inset + fraction(yyyymmdd) * (width - 2 * inset) }

    private func y(_ stance: Int) -> Double { inset + Double(2 - stance) * (height - 2 * inset) / 4 }

    private func lane(_ series: ReportSeries) -> String {
        let party = HTMLText.escape(series.party.rawValue)
        let colour = palette.colour(series.party)
        let name = partyNames[series.party].map { "<span class=\"name\">\(HTMLText.escape($0))</span>" } ?? ""
        let now = series.steps.last.map { stance in
            "<span class=\"now\" style=\"background:\(StanceScale.fill(stance.stance));color:\(StanceScale.ink(stance.stance))\">"
                + "\(stance.stance) \(stance.stance.label)</span>"
        } ?? ""
        var out = "<div class=\"lane\" data-party=\"\(party)\">"
        out += "<div class=\"who\"><strong style=\"color:\(colour)\">\(party)</strong>\(name)\(now)</div>"
        out += "<svg class=\"chart\" viewBox=\"0 0 \(format(width)) \(format(height))\" role=\"img\" "
            + "aria-label=\"\(HTMLText.escape("\(series.party) on \(topic.id): stance over time"))\" "
            + "xmlns=\"http://www.w3.org/2000/svg\">"
        out += grid()
        out += line(series, colour: colour)
        out += marks(series, colour: colour)
        return out + "</svg></div>\n"
    }

    private func grid() -> String {
        var out = "<g class=\"grid\">"
        for stance in Stance.range {
            out += "<line class=\"\(stance == 0 ? "zero" : "level")\" x1=\"\(format(inset))\" x2=\"\(format(width - inset))\" "
                + "y1=\"\(format(y(stance)))\" y2=\"\(format(y(stance)))\"/>"
        }
        for tick in ticks() where tick.major {
            let position = format(x(tick.day))
            out += "<line class=\"tick\" x1=\"\(position)\" x2=\"\(position)\" y1=\"\(format(inset))\" y2=\"\(format(height - inset))\"/>"
        }
        return out + "</g>"
    }

    private func line(_ series: ReportSeries, colour: String) -> String {
        guard let first = series.steps.first else { return "" }
        var path = "M\(format(x(first.day))),\(format(y(first.stance.value)))"
        for next in series.steps.dropFirst() {
            path += " H\(format(x(next.day))) V\(format(y(next.stance.value)))"
        }
        path += " H\(format(width - inset))"
        let dash = palette.dash(series.party)
        var out = "<g class=\"series\" data-party=\"\(HTMLText.escape(series.party.rawValue))\">"
        if series.carried {
            out += "<title>\(HTMLText.escape("\(first.stance) \(first.stance.label) before the window, carried to its start"))</title>"
        }
        out += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.5\" stroke-linejoin=\"round\""
            + (dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"") + "/>"
        if series.carried {
            let start = format(x(first.day))
            let level = y(first.stance.value)
            out += "<path class=\"carried\" d=\"M\(start),\(format(level - 5)) l-6,5 l6,5\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
        }
        return out + "</g>"
    }

    private func marks(_ series: ReportSeries, colour: String) -> String {
        var out = ""
        for statement in series.statements
        where statement.date.endDay >= window.lowerBound && statement.date.startDay <= window.upperBound {
            let level = y(statement.stance.value)
            let fill = statement.review == .lowConfidence ? "#ffffff" : colour
            let href = links.mark(statement: statement.statement, article: statement.article, listed: listed)
            if let href { out += "<a href=\"\(HTMLText.escape(href))\">" }
            out += "<g class=\"statement \(Self.markClass(statement.review))\"><title>\(HTMLText.escape(tooltipText(statement)))</title>"
            if statement.date.precision == .day {
                let cx = x(statement.date.endDay)
                if statement.review.isReviewed {
                    out += "<path d=\"M\(format(cx)),\(format(level - 6)) l6,6 l-6,6 l-6,-6 z\" fill=\"\(fill)\" "
                        + "stroke=\"#1b1f23\" stroke-width=\"1.5\"/>"
                } else {
                    out += "<circle cx=\"\(format(cx))\" cy=\"\(format(level))\" r=\"4.5\" fill=\"\(fill)\" "
                        + "stroke=\"\(statement.review == .lowConfidence ? colour : "#ffffff")\" stroke-width=\"1.5\"/>"
                }
            } else {
                let start = x(statement.date.startDay)
                let end = x(statement.date.endDay)
                let stroke = statement.review.isReviewed ? "#1b1f23" : colour
                out += "<rect x=\"\(format(start))\" y=\"\(format(level - 3.5))\" width=\"\(format(max(end - start, 3)))\" "
                    + "height=\"7\" rx=\"3\" fill=\"\(fill)\" fill-opacity=\"\(statement.review == .lowConfidence ? "1" : "0.55")\" "
                    + "stroke=\"\(stroke)\" stroke-width=\"\(statement.review.isReviewed ? "1.5" : "1")\"/>"
            }
            out += "</g>" + (href == nil ? "" : "</a>")
        }
        return out
    }

    static func markClass(_ review: ReportReview) -> String {
        switch review {
        case .extracted: "extracted"
        case .lowConfidence: "uncertain"
        case .analyst, .corrected: "reviewed"
        }
    }

    /// The time axis under the lanes, as HTML labels placed at their share of the width.
    private func axis() -> String {
        var out = "<div class=\"lane axis\" aria-hidden=\"true\"><div class=\"who\"></div><div class=\"ticks\">"
        let labelled = ticks()
        let majors = labelled.filter(\.major)
        for tick in labelled where tick.major || majors.count < 3 {
            let percent = (x(tick.day) / width * 1000).rounded() / 10
            out += "<span style=\"left:\(format(percent))%\">\(tick.label)</span>"
        }
        return out + "</div></div>\n"
    }

    /// Year starts (and month starts when the window is under 16 months), inside the window.
    private func ticks() -> [(day: Int, label: String, major: Bool)] {
        let showMonths = lastDay - firstDay < 490
        var result: [(day: Int, label: String, major: Bool)] = []
        for year in (window.lowerBound / 10_000)...(window.upperBound / 10_000) {
            for month in showMonths ? Array(1...12) : [1] {
                let day = year * 10_000 + month * 100 + 1
                guard window.contains(day) else { continue }
                let major = month == 1 || !showMonths
                result.append((day, month == 1 ? String(year) : "\(year)-\(month < 10 ? "0" : "")\(month)", major || showMonths && month % 3 == 1))
            }
        }
        if result.isEmpty { result.append((window.lowerBound, Self.dayText(window.lowerBound), true)) }
        return result
    }

    static func dayText(_ yyyymmdd: Int) -> String {
        let text = String(yyyymmdd)
        guard text.count == 8 else { return text }
        return "\(text.prefix(4))-\(text.dropFirst(4).prefix(2))-\(text.suffix(2))"
    }

    private func tooltipText(_ statement: ReportStatement) -> String {
        let party = partyNames[statement.party].map { "\(statement.party.rawValue) (\($0))" } ?? statement.party.rawValue
        var lines = [
            "\(statement.date) · \(party)" + (statement.speaker.map { " · \($0)" } ?? ""),
            "stance \(statement.stance) \(statement.stance.label) · \(statement.attribution.rawValue)"
                + (statement.review == .extracted ? "" : " · \(statement.review.rawValue)"),
            "«\(statement.evidence)»",
        ]
        if let title = statement.articleTitle { lines.append("— \(title)") }
        return lines.joined(separator: "\n")
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
