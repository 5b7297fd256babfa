/// How directly the article ties a stance to its party.
///
/// The order of the cases is their strength: a direct statement outweighs a
/// reported one, which outweighs an inference.
public enum Attribution: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
    /// The party's own words or act: a quote, statement, decision or document.
    case direct
    /// A source reports the party's position ("nach Angaben von", Konjunktiv I by a third source).
    case reported
    /// The article infers the position ("es wird vermutet", "offenbar").
    case inferred

    /// Higher is stronger: direct 3, reported 2, inferred 1.
    public var strength: Int {
        switch self {
        case .direct: 3
        case .reported: 2
        case .inferred: 1
        }
    }

    public static func < (lhs: Attribution, rhs: Attribution) -> Bool { lhs.strength < rhs.strength }
}
