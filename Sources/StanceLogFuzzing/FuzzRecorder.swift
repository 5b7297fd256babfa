import Foundation

/// Saves inputs that broke a bound, so a failure can be reproduced with `stancelog extract FILE`.
public struct FuzzRecorder: Sendable {
    /// The folder failing inputs are written to; created on first use.
    public let folder: String
    public let seed: UInt64

    public init(folder: String, seed: UInt64) {
        self.folder = folder
        self.seed = seed
    }

    /// Writes `input` to `fuzz-seed<seed>-<index>-<kind>.txt`; returns the path, or nil when it cannot write.
    @discardableResult
    public func save(_ input: HostileInput) -> String? {
        let path = (folder as NSString).appendingPathComponent("fuzz-seed\(seed)-\(input.index)-\(input.kind.rawValue).txt")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(input.bytes).write(to: URL(fileURLWithPath: path))
            return path
        } catch {
            return nil
        }
    }
}
