import Foundation
import StanceLogCore

/// Standard output, or a file created (or truncated) at a path.
final class OutputSink {
    private let handle: FileHandle
    private let path: String?

    init(path: String?) throws {
        self.path = path
        guard let path else {
            handle = FileHandle.standardOutput
            return
        }
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw StanceLogError(
                .unreadableFile, "cannot create \(path)", hint: "check that the folder exists and is writable")
        }
        guard let file = FileHandle(forWritingAtPath: path) else {
            throw StanceLogError(.unreadableFile, "cannot open \(path) for writing")
        }
        handle = file
    }

    func write(_ text: String) {
        handle.write(Data(text.utf8))
    }

    func close() throws {
        if path != nil { try handle.close() }
    }
}
