import StanceLogCore

/// The diverging colour scale of stances: orange for against, purple for for, grey for 0.
///
/// ColorBrewer's PuOr, which stays readable with the common colour-vision
/// deficiencies and in grey print (lightness grows towards 0). The sign is never
/// told by red and green. State cells, lane labels and the legend share it.
enum StanceScale {
    /// Background of a cell showing `stance`.
    static func fill(_ stance: Stance) -> String {
        switch stance.value {
        case ...(-2): "#b35806"
        case -1: "#f1a340"
        case 0: "#ececec"
        case 1: "#998ec3"
        default: "#542788"
        }
    }

    /// Text colour that reads on ``fill(_:)``.
    static func ink(_ stance: Stance) -> String {
        abs(stance.value) == 2 ? "#ffffff" : "#1b1f23"
    }

    /// The legend: one swatch per stance, −2 to +2.
    static func legend() -> String {
        var out = "<ul class=\"scale\" aria-label=\"Stance colours\">"
        for value in Stance.range {
            guard let stance = Stance(value) else { continue }
            out += "<li style=\"background:\(fill(stance));color:\(ink(stance))\">\(stance) \(stance.label)</li>"
        }
        return out + "</ul>\n"
    }
}
