import StanceLogCore

/// Assigns each party a colour and a dash pattern that stay the same across charts.
///
/// Okabe–Ito colours, distinguishable with the common colour-vision
/// deficiencies; dash patterns and the labels beside each lane keep parties apart
/// in grey print.
struct PartyPalette {
    private static let colours = ["#0072B2", "#D55E00", "#E6A000", "#009E73", "#CC79A7", "#56B4E9", "#8C6D1F", "#000000"]
    private static let dashes = ["", "6 3", "2 3", "8 3 2 3", "", "6 3", "2 3", "8 3 2 3"]

    private let order: [PartyID: Int]

    init(parties: [ReportParty]) {
        order = Dictionary(parties.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func colour(_ party: PartyID) -> String {
        Self.colours[index(party) % Self.colours.count]
    }

    func dash(_ party: PartyID) -> String {
        Self.dashes[index(party) % Self.dashes.count]
    }

    private func index(_ party: PartyID) -> Int {
        order[party] ?? order.count
    }
}
