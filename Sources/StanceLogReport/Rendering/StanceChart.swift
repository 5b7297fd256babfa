import StanceLogCore

/// Draws one topic as an inline SVG step chart: stance (−2…+2) over valid time, one line per party.
///
/// Each statement is a mark whose `<title>` tooltip names date, party, speaker,
/// stance, attribution and evidence; a month- or year-precise statement is drawn
/// as a bar over its whole period rather than at an invented day.
struct StanceChart {
    let topic: ReportTopic
    let window: ClosedRange<Int>
    let palette: PartyPalette
    let partyNames: [PartyID: String]

    private let width = 860.0
    private let height = 250.0
    private let left = 92.0
    private let right = 48.0
    private let top = 14.0
    private let bottom = 34.0

    func render() -> String {
        var svg = """
            <svg class="chart" viewBox="0 0 \(format(width)) \(format(height))" role="img" \
            aria-labelledby="chart-\(topic.id.rawValue)-title" xmlns="http://www.w3.org/2000/svg">
            <title id="chart-\(topic.id.rawValue)-title">\(HTMLText.escape("Stance on \(topic.id.rawValue) over time, per party"))</title>

            """
        svg += axes()
        let labels = labelPositions()
        for series in topic.series {
            svg += line(series, labelY: labels[series.party] ?? 0)
        }
        for series in topic.series {
            svg += marks(series)
        }
        svg += "</svg>\n"
        return svg
    }

    private var firstDay: Int64 { CalendarDay.daysSinceEpoch(yyyymmdd: window.lowerBound) }
    private var lastDay: Int64 { CalendarDay.daysSinceEpoch(yyyymmdd: window.upperBound) }

    private func x(_ yyyymmdd: Int) -> Double {
        let span = Double(max(lastDay - firstDay, 1))
        let day = Double(CalendarDay.daysSinceEpoch(yyyymmdd: clamp(yyyymmdd)) - firstDay)
        return left + day / span * (width - left - right)
    }

    private func y(_ stance: Int, party: PartyID? = nil) -> Double {
        let base = top + Double(2 - stance) * (height - top - bottom) / 4
        return base + (party.map(palette.offset) ?? 0)
    }

    private func clamp(_ yyyymmdd: Int) -> Int {
        min(max(yyyymmdd, window.lowerBound), window.upperBound)
    }

    private func axes() -> String {
        var out = "<g class=\"axes\">\n"
        for stance in Stance.range.reversed() {
            let label = Stance(stance).map { "\($0) \($0.label)" } ?? ""
            out += "<line class=\"grid\" x1=\"\(format(left))\" x2=\"\(format(width - right))\" "
                + "y1=\"\(format(y(stance)))\" y2=\"\(format(y(stance)))\"/>"
            out += "<text class=\"ylabel\" x=\"\(format(left - 6))\" y=\"\(format(y(stance) + 4))\">\(label)</text>\n"
        }
        let firstYear = window.lowerBound / 10_000
        let lastYear = window.upperBound / 10_000
        let showMonths = lastDay - firstDay < 500
        for year in firstYear...lastYear {
            for month in showMonths ? Array(1...12) : [1] {
                let day = year * 10_000 + month * 100 + 1
                guard window.contains(day) else { continue }
                let position = format(x(day))
                let major = month == 1
                out += "<line class=\"\(major ? "tick major" : "tick")\" x1=\"\(position)\" x2=\"\(position)\" "
                    + "y1=\"\(format(top))\" y2=\"\(format(height - bottom + 4))\"/>"
                if major || showMonths {
                    let label = major ? String(year) : String(format2(month))
                    out += "<text class=\"xlabel\" x=\"\(position)\" y=\"\(format(height - bottom + 18))\">\(label)</text>"
                }
                out += "\n"
            }
        }
        return out + "</g>\n"
    }

    /// The y of each party's end label: at its last stance, pushed apart so that no two overlap.
    private func labelPositions() -> [PartyID: Double] {
        let wanted = topic.series.compactMap { series in
            series.steps.last.map { (series.party, y($0.stance.value, party: series.party) + 4) }
        }.sorted { $0.1 < $1.1 }
        var placed: [PartyID: Double] = [:]
        var previous = -Double.infinity
        for (party, target) in wanted {
            let position = max(target, previous + 11)
            placed[party] = position
            previous = position
        }
        return placed
    }

    private func line(_ series: ReportSeries, labelY: Double) -> String {
        guard let first = series.steps.first else { return "" }
        var path = "M\(format(x(first.day))),\(format(y(first.stance.value, party: series.party)))"
        for next in series.steps.dropFirst() {
            path += " H\(format(x(next.day))) V\(format(y(next.stance.value, party: series.party)))"
        }
        path += " H\(format(width - right))"
        let colour = palette.colour(series.party)
        let dash = palette.dash(series.party)
        return "<g class=\"series\" data-party=\"\(HTMLText.escape(series.party.rawValue))\">"
            + "<path d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.5\""
            + (dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"") + "/>"
            + "<text class=\"endlabel\" x=\"\(format(width - right + 4))\" "
            + "y=\"\(format(labelY))\" fill=\"\(colour)\">"
            + "\(HTMLText.escape(series.party.rawValue))</text></g>\n"
    }

    private func marks(_ series: ReportSeries) -> String {
        let colour = palette.colour(series.party)
        var out = ""
        for statement in series.statements where statement.date.endDay >= window.lowerBound && statement.date.startDay <= window.upperBound {
            let tooltip = HTMLText.escape(tooltipText(statement))
            let yPosition = y(statement.stance.value, party: series.party)
            out += "<g class=\"statement\(statement.reviewed ? " reviewed" : "")\"><title>\(tooltip)</title>"
            if statement.date.precision == .day {
                out += "<circle cx=\"\(format(x(statement.date.endDay)))\" cy=\"\(format(yPosition))\" r=\"4.5\" "
                    + "fill=\"\(colour)\" stroke=\"\(statement.reviewed ? "#000" : "#fff")\" "
                    + "stroke-width=\"\(statement.reviewed ? "2" : "1")\"/>"
            } else {
                let start = x(statement.date.startDay)
                let end = x(statement.date.endDay)
                out += "<rect x=\"\(format(start))\" y=\"\(format(yPosition - 3.5))\" width=\"\(format(max(end - start, 3)))\" "
                    + "height=\"7\" rx=\"3\" fill=\"\(colour)\" fill-opacity=\"0.55\" stroke=\"\(colour)\"/>"
            }
            out += "</g>\n"
        }
        return out
    }

    private func tooltipText(_ statement: ReportStatement) -> String {
        let party = partyNames[statement.party].map { "\(statement.party.rawValue) (\($0))" } ?? statement.party.rawValue
        var lines = [
            "\(statement.date) · \(party)" + (statement.speaker.map { " · \($0)" } ?? ""),
            "stance \(statement.stance) \(statement.stance.label) · \(statement.attribution.rawValue)",
            "«\(statement.evidence)»",
        ]
        if statement.reviewed { lines.append("analyst-made or corrected by an analyst") }
        if let title = statement.articleTitle { lines.append("— \(title)") }
        return lines.joined(separator: "\n")
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    private func format2(_ month: Int) -> String {
        month < 10 ? "0\(month)" : String(month)
    }
}
