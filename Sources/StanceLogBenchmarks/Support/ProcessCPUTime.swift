import Foundation

/// CPU time this process has used, all threads (`CLOCK_PROCESS_CPUTIME_ID`).
///
/// Wall time on a shared two-core machine moves with whatever else runs; CPU
/// time moves far less, so the report gives both for append and its ceiling.
enum ProcessCPUTime {
    static var seconds: Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
