/// What happened to one hostile input.
public struct FuzzRecord: Sendable {
    public enum Outcome: Sendable, Hashable {
        /// Read and analysed; this many statements were found.
        case extracted(statements: Int)
        /// Refused with a ``StanceLogCore/StanceLogError`` of this code (e.g. `unreadableFile`).
        case refused(code: String)
    }

    public let name: String
    public let bytes: Int
    public let cpuSeconds: Double
    public let wallSeconds: Double
    public let outcome: Outcome

    public init(name: String, bytes: Int, cpuSeconds: Double, wallSeconds: Double, outcome: Outcome) {
        self.name = name
        self.bytes = bytes
        self.cpuSeconds = cpuSeconds
        self.wallSeconds = wallSeconds
        self.outcome = outcome
    }

    /// Megabytes (10⁶ bytes) per CPU second.
    public var throughput: Double { cpuSeconds > 0 ? Double(bytes) / 1e6 / cpuSeconds : .infinity }
}
