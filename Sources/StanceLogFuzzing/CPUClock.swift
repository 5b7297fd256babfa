import Foundation

/// CPU time this process has used, all threads (`CLOCK_PROCESS_CPUTIME_ID`).
///
/// The fuzz driver works on one thread and its watchdog sleeps, so the process
/// clock measures the input being processed, and both threads can read it.
enum CPUClock {
    static var seconds: Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
