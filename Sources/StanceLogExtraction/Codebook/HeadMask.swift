/// Which phrase indexes of a compiled codebook may have a phrase starting at a token: one bit
/// per slot that ``HeadLexicon`` gave an index.
struct HeadMask: Hashable, Sendable {
    /// The slots a mask holds; an index registered beyond them gets none and is walked at every word.
    static let slots = 128

    private var low: UInt64
    private var high: UInt64

    /// No index can start a phrase here.
    static let none = HeadMask(low: 0, high: 0)
    /// Any index may start a phrase here: a token that no lexicon looked up.
    static let all = HeadMask(low: .max, high: .max)

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// Whether the index in `slot` may start a phrase here.
    func contains(_ slot: Int) -> Bool {
        slot < 64 ? low & (1 << UInt64(slot)) != 0 : high & (1 << UInt64(slot - 64)) != 0
    }

    mutating func insert(_ slot: Int) {
        if slot < 64 {
            low |= 1 << UInt64(slot)
        } else {
            high |= 1 << UInt64(slot - 64)
        }
    }
}
