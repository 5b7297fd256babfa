public import Foundation
public import StanceLogCore

/// Loads an exported JSON Lines log into an empty store, after verifying its whole hash chain.
///
/// Every line is parsed and the chain verified in memory first, and the store is
/// opened only then, so a file that was changed after export writes nothing and
/// creates no database.
public enum LogImporter {
    /// Imports an export held in memory (read from a file or standard input) into the store that `open`
    /// opens (or creates), named `path` in messages.
    ///
    /// - Parameter progress: called with the lines read so far and the number of lines, for a progress display.
    /// - Returns: the number of events imported.
    /// - Throws: ``StanceLogError`` naming `path`: `unreadableFile` when it is not UTF-8, the parse
    ///   error of its first bad line, `chainBroken` when it does not verify; `storeNotEmpty` from the store.
    @discardableResult
    public static func importData(
        _ data: Data, named path: String, into open: () async throws -> any EventStore,
        progress: ((Int, Int) -> Void)? = nil
    ) async throws -> Int {
        guard let text = String(data: data, encoding: .utf8) else {
            throw StanceLogError(.unreadableFile, "\(path) is not UTF-8 text", hint: "import a file written by `stancelog export`")
        }
        var events: [RecordedEvent] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) {
            do {
                events.append(try JSONLinesExchange.event(fromLine: line, lineNumber: offset + 1))
            } catch let error as StanceLogError {
                throw StanceLogError(error.code, "\(path): \(error.message)", hint: error.hint)
            }
            progress?(offset + 1, lines.count)
        }
        let staging = InMemoryEventStore()
        try await staging.importRecorded(events)
        let report = try await ChainVerifier().verify(staging)
        if let problem = report.firstProblem {
            throw StanceLogError(
                .chainBroken, "\(path) does not verify at \(problem); nothing was imported",
                hint: "the file was changed after export; export it again from the original log")
        }
        try await open().importRecorded(events)
        return events.count
    }
}
