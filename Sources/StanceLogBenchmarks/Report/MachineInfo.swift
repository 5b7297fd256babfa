import Foundation

/// The machine a report was measured on.
public struct MachineInfo: Codable, Hashable, Sendable {
    public let cores: Int
    public let cpu: String
    public let memoryGiB: Double
    public let os: String
    public let sqliteVersion: String

    public init(cores: Int, cpu: String, memoryGiB: Double, os: String, sqliteVersion: String) {
        self.cores = cores
        self.cpu = cpu
        self.memoryGiB = memoryGiB
        self.os = os
        self.sqliteVersion = sqliteVersion
    }

    /// Reads this machine (`/proc/cpuinfo` for the CPU model on Linux).
    public static func current(sqliteVersion: String) -> MachineInfo {
        let info = ProcessInfo.processInfo
        var cpu = "unknown"
        if let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
            let colon = line.firstIndex(of: ":")
        {
            cpu = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return MachineInfo(
            cores: info.activeProcessorCount, cpu: cpu,
            memoryGiB: (Double(info.physicalMemory) / 1_073_741_824 * 10).rounded() / 10,
            os: info.operatingSystemVersionString, sqliteVersion: sqliteVersion)
    }
}
