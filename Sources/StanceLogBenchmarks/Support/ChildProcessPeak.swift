import Foundation

/// Runs a command in a process of its own and reads that process's own peak resident memory.
///
/// The harness process keeps memory from its earlier stages (corpus, append
/// buffers, SQLite caches), so a peak read inside it is the harness's, not the
/// command's. Nor can the harness read the peak of a child it spawns itself:
/// `Process` (`posix_spawn`) shares the parent's memory map until `exec` (vfork), and Linux
/// carries that map's high-water mark into the child's `ru_maxrss` — measured, a
/// child `stancelog replay` then "peaked" exactly at the harness's 206 MiB. So the
/// command runs under GNU `time`, a small process that forks it and reports the
/// `ru_maxrss` of that grandchild alone: the peak a user sees running the command.
enum ChildProcessPeak {
    /// GNU time, which prints the peak resident set size of the command it runs (`%M`, KiB).
    static let time = "/usr/bin/time"

    /// Runs `arguments` (an absolute executable path, then its arguments) under GNU time and returns
    /// its peak resident set size in bytes; nil when GNU time is not installed.
    ///
    /// - Throws: ``BenchmarkError`` when the command cannot start, exits with a status other than 0,
    ///   or GNU time leaves no figure.
    static func peakResidentBytes(running arguments: [String]) throws -> Int? {
        guard FileManager.default.isExecutableFile(atPath: time) else { return nil }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("stancelog-peak-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let command = arguments.joined(separator: " ")
        try run([time, "-f", "%M", "-o", output.path] + arguments, naming: command)
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        guard let kib = text.split(whereSeparator: \.isNewline).last.flatMap({ Int($0) }) else {
            throw BenchmarkError("GNU time gave no peak memory for `\(command)` (it wrote \"\(text)\")")
        }
        return kib * 1024
    }

    /// Runs `arguments` with standard output discarded and waits for it.
    private static func run(_ arguments: [String], naming command: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw BenchmarkError("cannot start `\(command)`: \(error.localizedDescription); check that the executable exists")
        }
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let status = process.terminationReason == .exit ? "status \(process.terminationStatus)" : "signal \(process.terminationStatus)"
            throw BenchmarkError("`\(command)` exited with \(status); run it alone to see its error")
        }
    }
}
