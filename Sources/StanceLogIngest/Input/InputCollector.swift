public import Foundation
import StanceLogCore

/// Turns the paths given to `ingest` or `extract` into article inputs.
///
/// A folder contributes its `.txt` files (not recursively, sorted by name); a
/// `manifest.json` beside the files adds dates, outlets and URLs; `-` reads
/// standard input. Every problem is reported before anything is written.
public struct InputCollector: Sendable {
    private let readStandardInput: @Sendable () -> [UInt8]

    /// - Parameter readStandardInput: reads standard input; by default at most one byte
    ///   more than ``ArticleSizeLimit/maximumBytes``, so an endless stream cannot fill memory.
    public init(readStandardInput: @escaping @Sendable () -> [UInt8] = InputCollector.readBoundedStandardInput) {
        self.readStandardInput = readStandardInput
    }

    /// - Parameters:
    ///   - paths: files, folders, or `-`.
    ///   - warn: told of each file given explicitly (or by a glob) that is not an article (it is
    ///     left out), each manifest entry matching no file and each unknown manifest key.
    /// - Throws: ``StanceLogError`` naming the path: `notFound` for a missing path or a
    ///   folder without `.txt` files, `unreadableFile` for a file that cannot be read,
    ///   `invalidInput` for a malformed manifest or an input over ``ArticleSizeLimit``.
    public func collect(_ paths: [String], warn: (InputWarning) -> Void = { _ in }) throws -> [ArticleInput] {
        var manifests: [String: [String: ManifestEntry]] = [:]
        var inputs: [ArticleInput] = []
        for path in paths {
            if path == "-" {
                let bytes = readStandardInput()
                try ArticleSizeLimit.check(byteCount: bytes.count, of: "standard input (-)")
                inputs.append(ArticleInput(name: "-", bytes: bytes))
                continue
            }
            let listed = try files(at: path)
            // A path that is a file was given explicitly (or by a glob); a folder's .txt files claim to be articles.
            let explicit = listed == [path]
            for file in listed {
                let folder = (file as NSString).deletingLastPathComponent
                if manifests[folder] == nil { manifests[folder] = try Self.manifest(in: folder, warn: warn) }
                let name = (file as NSString).lastPathComponent
                if let reason = InputWarning.NotAnArticle(name: name) {
                    warn(.notAnArticle(path: file, reason: reason))
                    continue
                }
                let bytes = try Self.bytes(of: file)
                if explicit, bytes.prefix(8_192).contains(0) {
                    warn(.notAnArticle(path: file, reason: .binary))
                    continue
                }
                inputs.append(ArticleInput(name: file, bytes: bytes, manifest: manifests[folder]?[name]))
            }
        }
        return inputs
    }

    private func files(at path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw StanceLogError(.notFound, "\(path) does not exist", hint: "check the path; use - to read standard input")
        }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let texts = names.filter { $0.hasSuffix(".txt") }.sorted()
        guard !texts.isEmpty else {
            throw StanceLogError(
                .notFound, "folder \(path) contains no .txt files",
                hint: "articles must be plain-text files ending in .txt")
        }
        return texts.map { (path as NSString).appendingPathComponent($0) }
    }

    /// Reads standard input up to one byte past the article size limit.
    @Sendable public static func readBoundedStandardInput() -> [UInt8] {
        readBounded(FileHandle.standardInput)
    }

    /// Reads at most one byte more than ``ArticleSizeLimit/maximumBytes``: enough to tell
    /// that an input is too large without reading an endless stream or device to its end.
    private static func readBounded(_ handle: FileHandle) -> [UInt8] {
        var bytes: [UInt8] = []
        while bytes.count <= ArticleSizeLimit.maximumBytes,
            let chunk = try? handle.read(upToCount: ArticleSizeLimit.maximumBytes + 1 - bytes.count), !chunk.isEmpty
        {
            bytes += chunk
        }
        return bytes
    }

    private static func bytes(of file: String) throws -> [UInt8] {
        let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int ?? 0
        try ArticleSizeLimit.check(byteCount: size, of: file)
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw StanceLogError(.unreadableFile, "cannot read \(file)", hint: "check the file's permissions")
        }
        defer { try? handle.close() }
        let bytes = readBounded(handle)
        try ArticleSizeLimit.check(byteCount: bytes.count, of: file)
        return bytes
    }

    private static func manifest(in folder: String, warn: (InputWarning) -> Void) throws -> [String: ManifestEntry] {
        let path = (folder as NSString).appendingPathComponent("manifest.json")
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        do {
            let entries = try JSONDecoder().decode([ManifestEntry].self, from: data)
            checkNames(of: entries, data: data, manifest: path, folder: folder, warn: warn)
            return Dictionary(entries.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        } catch let error as DecodingError {
            throw StanceLogError(
                .invalidInput, "\(path) is malformed: \(error.summary)",
                hint: "a manifest is a JSON array of {file, url, published, date_source, outlet}")
        } catch {
            throw StanceLogError(.invalidInput, "\(path) is not valid JSON: \(error)")
        }
    }

    /// Warns about entries naming no file in `folder` and about keys no ``ManifestEntry`` reads.
    private static func checkNames(
        of entries: [ManifestEntry], data: Data, manifest: String, folder: String, warn: (InputWarning) -> Void
    ) {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for entry in entries where !files.contains(entry.file) {
            warn(.unmatchedManifestEntry(
                manifest: manifest, file: entry.file, nearest: InputWarning.nearest(to: entry.file, among: files)))
        }
        let objects = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] ?? []
        for (object, entry) in zip(objects, entries) {
            for key in object.keys.sorted() where !ManifestEntry.keys.contains(key) {
                warn(.unknownManifestKey(
                    manifest: manifest, file: entry.file, key: key,
                    nearest: InputWarning.nearest(to: key, among: ManifestEntry.keys.sorted())))
            }
        }
    }
}
