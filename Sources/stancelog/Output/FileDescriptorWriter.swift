import Glibc

/// Writes bytes to a file descriptor with `write(2)`, retrying short writes and interruptions.
enum FileDescriptorWriter {
    /// Writes all of `text`; returns the system's reason when a write fails, nil when all was written.
    static func write(_ text: String, to descriptor: Int32) -> String? {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Glibc.write(descriptor, base + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += written
        }
        return nil
    }
}
