import Glibc
import StanceLogCore
import Synchronization

/// Standard output, written with `write(2)` and checked: a full disk or a closed output fails the command.
///
/// Swift's `print` writes through a C stream whose errors nobody sees, so
/// `stancelog log > /dev/full` used to exit 0 with the output lost. Every
/// command prints through ``print(_:separator:terminator:)`` below, which
/// records the first failure; ``finish()`` turns it into an error.
enum StandardOutput {
    private static let failure = Mutex<String?>(nil)

    /// Writes `text` to file descriptor 1, all of it, unless an earlier write failed.
    static func write(_ text: String) {
        guard failure.withLock({ $0 == nil }) else { return }
        if let reason = FileDescriptorWriter.write(text, to: STDOUT_FILENO) {
            failure.withLock { $0 = reason }
        }
    }

    /// Fails if any of the command's standard output could not be written.
    ///
    /// - Throws: ``StanceLogError`` `writeFailed` with the system's reason (no space left on device, …).
    static func finish() throws {
        guard let reason = failure.withLock({ $0 }) else { return }
        throw StanceLogError(
            .writeFailed, "cannot write to standard output: \(reason); the output is incomplete",
            hint: "write to a device with free space, or pass --out FILE where the command has it")
    }
}

/// Prints to standard output like `Swift.print`, through ``StandardOutput`` so that write errors are not lost.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    StandardOutput.write(items.map { "\($0)" }.joined(separator: separator) + terminator)
}
