import Foundation
import StanceLogTesting

/// Runs the built `stancelog` executable as a user would, in a fresh working folder.
struct CommandRunner {
    struct Result {
        let status: Int32
        let output: String
        let error: String
    }

    let folder: URL

    init() throws {
        folder = try Fixtures.temporaryDirectory()
    }

    var database: String { folder.appendingPathComponent("stancelog.sqlite").path }

    static var executable: URL {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [products, products.deletingLastPathComponent(), products.deletingLastPathComponent().deletingLastPathComponent()]
        return candidates.map { $0.appendingPathComponent("stancelog") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? Fixtures.packageRoot.appendingPathComponent(".build/debug/stancelog")
    }

    @discardableResult
    func run(
        _ arguments: [String], input: Data? = nil, environment: [String: String] = [:], executable: URL? = nil,
        prefix: [String] = []
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? Self.executable
        process.arguments = prefix + arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
            .filter { $0.key != "STANCELOG_DB" || environment["STANCELOG_DB"] != nil }
        let output = Pipe()
        let error = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(input) }
        try standardInput.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
            error: String(decoding: errData, as: UTF8.self))
    }
}
