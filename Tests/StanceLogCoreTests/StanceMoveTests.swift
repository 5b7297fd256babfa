import Foundation
import StanceLogCore
import Testing

@Suite struct StanceMoveTests {
    @Test(arguments: [
        (nil, 1, false, StanceMove.new), (1, 1, false, .unchanged), (1, 1, true, .roundTrip), (1, 2, true, .hardened),
        (-1, -2, true, .hardened), (0, 1, true, .hardened), (0, -2, true, .hardened), (2, 1, true, .softened),
        (-2, -1, true, .softened), (1, 0, true, .softened), (-1, 0, true, .softened), (1, -1, true, .reversed),
        (-2, 2, true, .reversed), (2, -1, true, .reversed),
    ] as [(Int?, Int, Bool, StanceMove)])
    func labelsTheMoveBetweenTwoStances(_ from: Int?, _ to: Int, _ moved: Bool, _ expected: StanceMove) {
        #expect(StanceMove(from: from.flatMap(Stance.init), to: Stance(to), movedBetween: moved) == expected)
    }

    @Test func anUnknownEndHasNoLabel() {
        #expect(StanceMove(from: Stance(1), to: nil, movedBetween: false) == nil)
    }

    @Test func labelsReadAsFactCheckersWriteThem() {
        #expect(StanceMove.allCases.map(\.description) == ["new", "unchanged", "hardened", "softened", "reversed", "round trip"])
    }
}
