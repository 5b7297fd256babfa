import Foundation
import Glibc
import StanceLogCore

/// The file given to `import`, read only when it is a regular file.
enum ImportFile {
    /// The UTF-8 text of `path`.
    ///
    /// - Throws: ``StanceLogError`` `notFound` when missing, `unreadableFile` when it is a FIFO, device or folder
    ///   (reading one could block forever) or not UTF-8.
    static func read(_ path: String) throws -> String {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw StanceLogError(.notFound, "cannot read \(path): \(String(cString: strerror(errno)))", hint: "check the path")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw StanceLogError(
                .unreadableFile, "\(path) is not a regular file (a folder, FIFO or device)",
                hint: "import a file written by `stancelog export`")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StanceLogError(.notFound, "cannot read \(path)", hint: "check the path and its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw StanceLogError(.unreadableFile, "\(path) is not UTF-8 text", hint: "import a file written by `stancelog export`")
        }
        return text
    }
}
