import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a command in a child process and reads the child's own peak resident memory.
///
/// The harness process keeps memory from its earlier stages (corpus, append
/// buffers, SQLite caches), so a peak read inside it is the harness's, not the
/// command's. `wait4` returns the rusage of exactly the child it reaped, whose
/// `ru_maxrss` is the peak a user sees when running the same command alone.
enum ChildProcessPeak {
    struct Result {
        /// The child's peak resident set size in bytes (`ru_maxrss`, KiB on Linux).
        let peakResidentBytes: Int
        /// The child's user + system CPU time.
        let cpuSeconds: Double
        let wallSeconds: Double
    }

    /// Runs `arguments` (an absolute executable path, then its arguments), waits for it and returns its rusage.
    ///
    /// - Throws: ``BenchmarkError`` when the command cannot start or exits with a status other than 0.
    static func run(_ arguments: [String]) throws -> Result {
        guard let executable = arguments.first else { throw BenchmarkError("no command given to run in a child process") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let watch = Stopwatch()
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, &argv, environ)
        guard spawned == 0 else {
            throw BenchmarkError(
                "cannot start `\(arguments.joined(separator: " "))`: \(String(cString: strerror(spawned)));"
                    + " check that the executable exists")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 {
            guard errno == EINTR else {
                throw BenchmarkError("cannot wait for `\(arguments.joined(separator: " "))`: \(String(cString: strerror(errno)))")
            }
        }
        let wall = watch.seconds
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        guard exitStatus == 0 else {
            throw BenchmarkError(
                "`\(arguments.joined(separator: " "))` exited with status \(exitStatus); run it alone to see its error")
        }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return Result(
            peakResidentBytes: Int(usage.ru_maxrss) * 1024, cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime),
            wallSeconds: wall)
    }
}
