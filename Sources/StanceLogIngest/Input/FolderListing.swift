import Glibc
import StanceLogCore

/// The entries of a folder, read with `readdir` so that names that are not UTF-8 are seen, not lost.
///
/// Foundation's listing fails or drops such names, which made one badly named
/// file hide every article in its folder.
struct FolderListing {
    /// Entry names that are valid UTF-8.
    let names: [String]
    /// Entry names that are not, as raw bytes.
    let undecodable: [[UInt8]]

    /// - Throws: ``StanceLogError`` `unreadableFile` when the folder cannot be opened.
    init(_ path: String) throws {
        guard let directory = opendir(path) else {
            throw StanceLogError(
                .unreadableFile, "cannot list folder \(path): \(String(cString: strerror(errno)))",
                hint: "check the folder's permissions")
        }
        defer { closedir(directory) }
        var names: [String] = []
        var undecodable: [[UInt8]] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if bytes == Array(".".utf8) || bytes == Array("..".utf8) { continue }
            if let name = String(validating: bytes, as: UTF8.self) {
                names.append(name)
            } else {
                undecodable.append(bytes)
            }
        }
        self.names = names
        self.undecodable = undecodable
    }

    /// `bytes` as text, with every byte that is not part of valid UTF-8 written `\xNN`.
    static func escaped(_ bytes: [UInt8]) -> String {
        var text = ""
        var index = 0
        while index < bytes.count {
            var matched = false
            for length in (1...min(4, bytes.count - index)).reversed() {
                if let piece = String(validating: bytes[index..<(index + length)], as: UTF8.self) {
                    text += piece
                    index += length
                    matched = true
                    break
                }
            }
            if !matched {
                text += "\\x" + String(bytes[index], radix: 16, uppercase: true).leftPadded(to: 2)
                index += 1
            }
        }
        return text
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
