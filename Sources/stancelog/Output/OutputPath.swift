import Foundation
import Glibc
import StanceLogCore

/// A path given to `--out`, checked before anything is written to it.
///
/// `--out` replaces a regular file only. It refuses the database the command
/// has open (compared by device and inode, so another name, a hard link or a
/// symbolic link to it is refused too), any other SQLite database, a folder, a
/// FIFO, a device, a socket, a read-only file, and a symbolic link to any of
/// them. A symbolic link to a regular file stays a link: the file it points to
/// is replaced.
struct OutputPath {
    /// The path the new file is renamed to: the given path, or the file a symbolic link there points to.
    let target: String
    /// The permission bits to give the new file: the replaced file's, else nil for the default.
    let mode: mode_t?

    /// Checks `path`, refusing anything `--out` must not replace.
    ///
    /// - Parameters:
    ///   - path: the path given to `--out`.
    ///   - database: the log the command reads, whose file (and `-wal`, `-shm`, `-journal`) must never be replaced.
    /// - Throws: ``StanceLogError`` `invalidInput` naming the path and what it is.
    init(_ path: String, protecting database: String?) throws {
        var link = stat()
        guard lstat(path, &link) == 0 else {
            guard errno == ENOENT else { throw Self.refusal(path, "cannot be examined: \(String(cString: strerror(errno)))") }
            target = path
            mode = nil
            return
        }
        var info = link
        var resolved = path
        if (link.st_mode & S_IFMT) == S_IFLNK {
            guard stat(path, &info) == 0, let real = realpath(path, nil) else {
                throw Self.refusal(path, "is a symbolic link to a missing file")
            }
            resolved = String(cString: real)
            free(real)
        }
        if let kind = Self.kindOtherThanFile(info.st_mode) {
            throw Self.refusal(path, resolved == path ? "is \(kind)" : "is a symbolic link to \(kind) (\(resolved))")
        }
        if let database, Self.isFile(info, partOf: database) {
            throw Self.refusal(path, "is the database this command reads (\(database))")
        }
        if Self.startsWithSQLiteHeader(resolved) {
            throw Self.refusal(path, "is an SQLite database")
        }
        if (info.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0 || access(resolved, W_OK) != 0 {
            throw Self.refusal(path, "is read-only")
        }
        target = resolved
        mode = info.st_mode & 0o7777
    }

    private static func refusal(_ path: String, _ what: String) -> StanceLogError {
        StanceLogError(
            .invalidInput, "--out \(path) \(what); nothing was written",
            hint: "pass --out a new file name or a regular file you mean to replace")
    }

    private static func kindOtherThanFile(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }

    private static func isFile(_ info: stat, partOf database: String) -> Bool {
        ["", "-wal", "-shm", "-journal"].contains { suffix in
            var other = stat()
            return stat(database + suffix, &other) == 0 && other.st_dev == info.st_dev && other.st_ino == info.st_ino
        }
    }

    private static func startsWithSQLiteHeader(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header == Data("SQLite format 3\0".utf8)
    }
}
