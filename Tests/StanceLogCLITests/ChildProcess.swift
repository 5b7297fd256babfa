import Foundation

/// A `stancelog` run started without waiting for it, so that a test can run several at once or kill one.
///
/// Output goes to files rather than pipes, so a child never blocks on a full
/// pipe while the test is busy with another one.
struct ChildProcess {
    let process: Process
    private let outputFile: URL
    private let errorFile: URL

    /// Starts `stancelog arguments` in `folder`; `label` names its output files.
    static func start(_ arguments: [String], in folder: URL, label: String) throws -> ChildProcess {
        let outputFile = folder.appendingPathComponent("\(label).out")
        let errorFile = folder.appendingPathComponent("\(label).err")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != "STANCELOG_DB" }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        return ChildProcess(process: process, outputFile: outputFile, errorFile: errorFile)
    }

    /// Kills the child at once, as a power cut or `kill -9` would: no cleanup runs.
    func kill() {
        if process.isRunning { _ = Foundation.kill(process.processIdentifier, SIGKILL) }
    }

    /// Waits for the child to end and collects its status and output.
    func wait() throws -> CommandRunner.Result {
        process.waitUntilExit()
        return CommandRunner.Result(
            status: process.terminationStatus,
            output: String(decoding: try Data(contentsOf: outputFile), as: UTF8.self),
            error: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
    }
}
