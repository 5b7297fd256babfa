public import Foundation
import Glibc
import StanceLogCore

/// Turns the paths given to `ingest` or `extract` into article inputs.
///
/// A folder contributes its `.txt` files (not recursively, sorted by name); a
/// `manifest.json` beside the files adds dates, outlets and URLs; `-` reads
/// standard input. Every problem is reported before anything is written.
///
/// Only regular files are read: a FIFO, device or socket (also behind a
/// symbolic link) is refused by name, since reading one may never end. A
/// folder entry whose name is not UTF-8 cannot be named in the log; it is left
/// out and listed in ``InputCollection/unnamable``, and the folder's other
/// files are read.
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
        try gather(paths, warn: warn).inputs
    }

    /// Like ``collect(_:warn:)``, also listing the `.txt` files left out because their names are not UTF-8.
    ///
    /// - Throws: as ``collect(_:warn:)``; `unreadableFile` also for a FIFO, device or socket.
    public func gather(_ paths: [String], warn: (InputWarning) -> Void = { _ in }) throws -> InputCollection {
        var manifests: [String: [String: ManifestEntry]] = [:]
        var inputs: [ArticleInput] = []
        var unnamable: [String] = []
        for path in paths {
            if path == "-" {
                let bytes = readStandardInput()
                try ArticleSizeLimit.check(byteCount: bytes.count, of: "standard input (-)")
                inputs.append(ArticleInput(name: "-", bytes: bytes))
                continue
            }
            let listing = try files(at: path)
            unnamable += listing.unnamable
            // A path that is a file was given explicitly (or by a glob); a folder's .txt files claim to be articles.
            let explicit = listing.files == [path]
            for file in listing.files {
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
        return InputCollection(inputs: inputs, unnamable: unnamable)
    }

    private func files(at path: String) throws -> (files: [String], unnamable: [String]) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw StanceLogError(.notFound, "\(path) does not exist", hint: "check the path; use - to read standard input")
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            try Self.requireRegular(path, mode: info.st_mode)
            return ([path], [])
        }
        let listing = try FolderListing(path)
        let texts = listing.names.filter { $0.hasSuffix(".txt") }.sorted()
        let unnamable = listing.undecodable.filter { $0.suffix(4).elementsEqual(".txt".utf8) }.map { FolderListing.escaped($0) }
            .map { (path as NSString).appendingPathComponent($0) }
        guard !texts.isEmpty else {
            throw StanceLogError(
                .notFound,
                "folder \(path) contains no .txt files"
                    + (unnamable.isEmpty ? "" : " with a UTF-8 name (\(unnamable.joined(separator: ", ")))"),
                hint: "articles must be plain-text files ending in .txt")
        }
        let files = texts.map { (path as NSString).appendingPathComponent($0) }
        for file in files {
            var entry = stat()
            if stat(file, &entry) == 0 { try Self.requireRegular(file, mode: entry.st_mode) }
        }
        return (files, unnamable)
    }

    private static func requireRegular(_ path: String, mode: mode_t) throws {
        let kind: String
        switch mode & S_IFMT {
        case S_IFREG: return
        case S_IFIFO: kind = "a FIFO"
        case S_IFCHR, S_IFBLK: kind = "a device"
        case S_IFSOCK: kind = "a socket"
        default: kind = "not a regular file"
        }
        throw StanceLogError(
            .unreadableFile, "\(path) is \(kind), not an article file; nothing was read from it",
            hint: "pass regular .txt files, or - to read standard input")
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
        var info = stat()
        guard stat(path, &info) == 0 else { return [:] }
        try requireRegular(path, mode: info.st_mode)
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        let entries: [ManifestEntry]
        do {
            entries = try JSONDecoder().decode([ManifestEntry].self, from: data)
            checkNames(of: entries, data: data, manifest: path, folder: folder, warn: warn)
        } catch let error as DecodingError {
            throw StanceLogError(
                .invalidInput, "\(path) is malformed: \(error.summary)",
                hint: "a manifest is a JSON array of {file, url, published, date_source, outlet}")
        } catch {
            throw StanceLogError(.invalidInput, "\(path) is not valid JSON: \(error)")
        }
        var byFile: [String: (index: Int, entry: ManifestEntry)] = [:]
        for (index, entry) in entries.enumerated() {
            if let earlier = byFile[entry.file] {
                guard earlier.entry == entry else {
                    throw StanceLogError(
                        .invalidInput,
                        "\(path): entries \(earlier.index + 1) and \(index + 1) both describe \(entry.file) and differ "
                            + "(\(earlier.entry.differences(from: entry).joined(separator: "; ")))",
                        hint: "keep one entry per file")
                }
                continue
            }
            byFile[entry.file] = (index, entry)
        }
        return byFile.mapValues(\.entry)
    }

    /// Warns about entries naming no file in `folder` and about keys no ``ManifestEntry`` reads.
    private static func checkNames(
        of entries: [ManifestEntry], data: Data, manifest: String, folder: String, warn: (InputWarning) -> Void
    ) {
        // A bare file name (`ingest *` in the articles' folder) has the folder "", which is the working directory.
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []).sorted()
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
