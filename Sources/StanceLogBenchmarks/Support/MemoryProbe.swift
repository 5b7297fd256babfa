import Foundation

/// Reads this process's resident memory from `/proc/self/status` (Linux).
public enum MemoryProbe {
    /// Current resident set size in bytes (VmRSS), nil where /proc is missing.
    public static var residentBytes: Int? { field("VmRSS") }

    /// Peak resident set size in bytes since start or the last ``resetPeak()`` (VmHWM).
    public static var peakResidentBytes: Int? { field("VmHWM") }

    /// Resets the peak to the current resident size (writes 5 to /proc/self/clear_refs, Linux ≥ 4.0).
    ///
    /// - Returns: false when the kernel refused, so the caller reports the peak as a lifetime peak.
    @discardableResult
    public static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Array("5".utf8))
            return true
        } catch {
            return false
        }
    }

    private static func field(_ name: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            let number = line.dropFirst(name.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first
                .flatMap { Int($0) }
            return number.map { $0 * 1024 }
        }
        return nil
    }
}
