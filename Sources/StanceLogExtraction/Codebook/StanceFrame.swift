/// The semantic frame of a stance cue: what kind of act the words perform ("reject", "demand",
/// "promise"), from a closed set.
///
/// Frames organise the codebook so that a reviewer sees which acts of stance-taking it covers
/// and where a family is thin; `extract --explain` prints each cue's frame. A frame also fixes
/// the sign a cue's stance may have (a rejection is never positive), which the validator checks.
/// A cue without a frame is valid (a user's codebook may not use them); the bundled one gives
/// every cue a frame.
public struct StanceFrame: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The sign a cue of this frame must have: below zero, zero, or above zero.
    public enum Direction: Sendable {
        case against, neutral, inFavour

        func admits(_ stance: Int) -> Bool {
            switch self {
            case .against: stance < 0
            case .neutral: stance == 0
            case .inFavour: stance > 0
            }
        }

        var wording: String {
            switch self {
            case .against: "below 0"
            case .neutral: "0"
            case .inFavour: "above 0"
            }
        }
    }

    public let rawValue: String

    /// A frame by name; the validator refuses a name outside ``known``. Coded as the bare name.
    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    /// The frames a codebook may use, in the order the bundled codebook lists them, with the
    /// sign each admits.
    public static let known: [(frame: StanceFrame, direction: Direction)] = [
        ("reject", .against),  // ablehnen, Absage, inakzeptabel, nicht verhandelbar
        ("refuse_own_part", .against),  // verweigern, sich weigern: not taking part oneself
        ("threaten", .against),  // drohen, Drohung: a threat against the proposal
        ("warn", .against),  // warnen, Warnung: a warning against it
        ("doubt_not_now", .against),  // bezweifeln, skeptisch, verfrüht, nicht jetzt
        ("undecided", .neutral),  // offen gelassen, hypothetisch
        ("consider", .inFavour),  // erwägen, denkbar, offen für, eine Frage der Zeit
        ("believe", .inFavour),  // glauben, erwarten, überzeugt sein
        ("accept", .inFavour),  // akzeptieren, hinnehmen, zustimmen, einverstanden
        ("support", .inFavour),  // unterstützen, befürworten, begrüßen, sich einsetzen für
        ("prefer", .inFavour),  // bevorzugen, vorziehen, lieber
        ("propose", .inFavour),  // vorschlagen, Vorschlag, Plan, ins Spiel bringen
        ("offer", .inFavour),  // anbieten, im Gegenzug für, in Aussicht stellen
        ("agree", .inFavour),  // sich einigen, vereinbaren, unterzeichnen
        ("demand", .inFavour),  // fordern, verlangen, bestehen auf, Forderung, Bedingung, unverzichtbar
        ("promise", .inFavour),  // versprechen, zusichern, garantieren, sich verpflichten
        ("strive", .inFavour),  // anstreben, streben nach, Ziel, Wunsch, wollen
        ("provide", .inFavour),  // entsenden, stationieren, bereitstellen: the topic's act itself
        ("concede", .inFavour),  // abtreten, preisgeben, räumen: giving up what the topic asks about
    ]

    /// The sign this frame admits; nil for a frame outside ``known``.
    public var direction: Direction? { Self.known.first { $0.frame == self }?.direction }
}

extension StanceFrame: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(rawValue: value) }
}
