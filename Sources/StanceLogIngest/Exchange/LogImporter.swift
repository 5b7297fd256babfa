public import Foundation
public import StanceLogCore
import Glibc

/// Loads an exported JSON Lines log into an empty store, after verifying its whole hash chain, its trailer and
/// the meaning of every event.
///
/// Every line is parsed, the trailer checked and the log verified in memory
/// first (``ChainVerifier`` with its ``HistoryValidator``), and the store is
/// opened only then, so a file that was changed, cut or crafted writes nothing
/// and creates no database.
public enum LogImporter {
    /// What an import loaded.
    public struct Outcome: Sendable {
        public let events: Int
        /// The file's trailer; nil for a file without one (allowed with `allowMissingTrailer`).
        public let trailer: ExportTrailer?
    }

    /// Imports the file at `path` into the store that `open` opens (or creates).
    ///
    /// - Parameters:
    ///   - vocabulary: the codebooks parties and topics are checked against.
    ///   - allowMissingTrailer: accept a file without the export trailer (written before exports had one).
    ///   - progress: called with the lines read so far and the number of lines, for a progress display.
    ///   - open: opens the target store; called only once the file verified.
    /// - Throws: ``StanceLogError`` naming the file: `notFound` when it cannot be read, `unreadableFile` when it
    ///   is not a regular file or not UTF-8, the parse error of its first bad line, `chainBroken` when the trailer
    ///   is missing or disagrees or an event does not verify or make sense; `storeNotEmpty` from the store.
    @discardableResult
    public static func importFile(
        at path: String, vocabulary: LogVocabulary, allowMissingTrailer: Bool = false,
        progress: ((Int, Int) -> Void)? = nil, into open: () async throws -> any EventStore
    ) async throws -> Outcome {
        try await importData(
            try read(path), named: path, vocabulary: vocabulary, allowMissingTrailer: allowMissingTrailer,
            progress: progress, into: open)
    }

    /// Imports an export held in memory (read from standard input, say), named `path` in messages.
    ///
    /// - Throws: as ``importFile(at:vocabulary:allowMissingTrailer:progress:into:)``, naming `path`.
    @discardableResult
    public static func importData(
        _ data: Data, named path: String, vocabulary: LogVocabulary, allowMissingTrailer: Bool = false,
        progress: ((Int, Int) -> Void)? = nil, into open: () async throws -> any EventStore
    ) async throws -> Outcome {
        guard let text = String(data: data, encoding: .utf8) else {
            throw StanceLogError(.unreadableFile, "\(path) is not UTF-8 text", hint: "import a file written by `stancelog export`")
        }
        let allLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var lines = allLines.enumerated().filter { !$0.element.allSatisfy(\.isWhitespace) }
        let trailer = lines.last.flatMap { ExportTrailer(line: $0.element) }
        if trailer != nil { lines.removeLast() }
        var events: [RecordedEvent] = []
        for (offset, line) in lines {
            if ExportTrailer(line: line) != nil {
                throw StanceLogError(
                    .chainBroken, "\(path): line \(offset + 1) is an export trailer, but more lines follow; nothing was imported",
                    hint: "import one exported log per database")
            }
            do {
                events.append(try JSONLinesExchange.event(fromLine: line, lineNumber: offset + 1))
            } catch let error as StanceLogError {
                throw StanceLogError(error.code, "\(path): \(error.message)", hint: error.hint)
            }
            progress?(offset + 1, allLines.count)
        }
        if trailer == nil && !allowMissingTrailer {
            throw StanceLogError(
                .chainBroken, "\(path) does not end with an export trailer: it may have been cut; nothing was imported",
                hint: "export it again with `stancelog export`; a file from a stancelog without trailers needs "
                    + "--allow-missing-trailer")
        }
        do {
            try trailer?.check(against: events)
        } catch let error as StanceLogError {
            throw StanceLogError(
                error.code, "\(path): \(error.message); nothing was imported", hint: "export it again from the original log")
        }
        let staging = InMemoryEventStore()
        try await staging.importRecorded(events)
        let report = try await ChainVerifier(vocabulary: vocabulary).verify(staging)
        if let problem = report.firstProblem {
            throw StanceLogError(
                .chainBroken, "\(path) does not verify at \(problem); nothing was imported",
                hint: "the file was changed after export or not written by stancelog; export it again from the original log")
        }
        try await open().importRecorded(events)
        return Outcome(events: events.count, trailer: trailer)
    }

    /// The bytes of `path`, read only when it is a regular file (reading a FIFO or device could block forever).
    private static func read(_ path: String) throws -> Data {
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
        return data
    }
}
