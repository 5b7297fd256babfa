import Foundation
import Glibc
import StanceLogCore

/// Standard output, or a file replaced atomically: written to a temporary file
/// in the same folder, flushed to disk, then renamed over the target.
///
/// Until ``close()`` succeeds the target is untouched; a failed write removes
/// the temporary file. Every write error is a ``StanceLogError`` `writeFailed`.
final class OutputSink {
    private let out: String?
    private let target: String
    private var descriptor: Int32
    private var temporary: String?

    /// Opens standard output (`path` nil) or a temporary file beside `path`.
    ///
    /// - Parameters:
    ///   - path: the `--out` path, checked by ``OutputPath``.
    ///   - database: the log the command reads, which is never replaced.
    /// - Throws: ``StanceLogError`` `invalidInput` for a path `--out` must not replace, `writeFailed` when the
    ///   temporary file cannot be created.
    init(path: String?, protecting database: String?) throws {
        out = path
        guard let path else {
            target = "standard output"
            descriptor = STDOUT_FILENO
            return
        }
        let checked = try OutputPath(path, protecting: database)
        target = checked.target
        let folder = (checked.target as NSString).deletingLastPathComponent
        let name = (checked.target as NSString).lastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/.\(name).XXXXXX").utf8CString)
        descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else {
            throw Self.failure(
                "cannot create a file in \(folder.isEmpty ? "the current folder" : folder) for --out \(path)",
                hint: "check that the folder exists and is writable")
        }
        temporary = String(cString: template)
        fchmod(descriptor, checked.mode ?? (0o666 & ~Self.umaskValue()))
    }

    deinit {
        if let temporary {
            Glibc.close(descriptor)
            unlink(temporary)
        }
    }

    /// Writes `text`, all of it.
    ///
    /// - Throws: ``StanceLogError`` `writeFailed` naming the target and the system's reason (disk full, …).
    func write(_ text: String) throws {
        guard let reason = FileDescriptorWriter.write(text, to: descriptor) else { return }
        guard out != nil else {
            throw Self.failure("cannot write to standard output: \(reason)", hint: "write to a device with free space, or pass --out FILE")
        }
        throw Self.failure("cannot write to \(target): \(reason)")
    }

    /// Makes the output final: for a file, flushes it to disk and renames it over the target.
    ///
    /// - Throws: ``StanceLogError`` `writeFailed`; the target is then left as it was.
    func close() throws {
        guard let temporary else { return }
        guard fsync(descriptor) == 0 else {
            throw Self.failure("cannot write to \(out ?? target): \(String(cString: strerror(errno)))")
        }
        Glibc.close(descriptor)
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            self.temporary = nil
            throw Self.failure("cannot replace \(target): \(reason)")
        }
        self.temporary = nil
        let folder = (target as NSString).deletingLastPathComponent
        let directory = open(folder.isEmpty ? "." : folder, O_RDONLY)
        if directory >= 0 {
            fsync(directory)
            Glibc.close(directory)
        }
    }

    private static func failure(_ message: String, hint: String = "free space or choose another --out; the old file was left as it was") -> StanceLogError {
        StanceLogError(.writeFailed, message, hint: hint)
    }

    private static func umaskValue() -> mode_t {
        let value = umask(0)
        umask(value)
        return value
    }
}
