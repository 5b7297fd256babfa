import Foundation
import Synchronization

/// Ends the process when one input runs far past its time bound.
///
/// A hang never returns, so the driver cannot report it itself: a thread checks
/// the CPU time of the input in progress every 100 ms and, past `hangFactor`
/// times its bound, saves the input for reproduction, names it on standard error
/// and exits with status 3.
public final class FuzzWatchdog: Sendable {
    private struct Watch: Sendable {
        let input: HostileInput
        let startCPU: Double
        let limit: Double
    }

    private let current = Mutex<Watch?>(nil)
    private let recorder: FuzzRecorder

    public init(recorder: FuzzRecorder) {
        self.recorder = recorder
    }

    /// Starts the checking thread; it runs until the process ends.
    public func start() {
        Thread.detachNewThread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 0.1)
                check()
            }
        }
    }

    /// Watches `input` from now on, allowing it `limit` CPU seconds.
    func begin(_ input: HostileInput, limit: Double) {
        current.withLock { $0 = Watch(input: input, startCPU: CPUClock.seconds, limit: limit) }
    }

    func end() {
        current.withLock { $0 = nil }
    }

    private func check() {
        guard let watch = current.withLock({ $0 }) else { return }
        let used = CPUClock.seconds - watch.startCPU
        guard used > watch.limit else { return }
        let saved = recorder.save(watch.input)
        FileHandle.standardError.write(
            Data(
                ("fuzz: FAIL \(watch.input.name) (\(watch.input.bytes.count) bytes) still running after "
                    + "\(FuzzReport.seconds(used)) CPU, over \(FuzzReport.seconds(watch.limit)): treated as a hang\n"
                    + "  input saved to \(saved ?? "nowhere (cannot write)")\n").utf8))
        exit(3)
    }
}
