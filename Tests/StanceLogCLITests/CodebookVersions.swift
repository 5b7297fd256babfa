import Foundation
import StanceLogTesting

extension CommandRunner {
    /// Writes the bundled codebook under another version into the working folder, so re-extraction gives new statement ids.
    ///
    /// - Returns: the file's path, for `--codebook`.
    func newCodebookVersion() throws -> String {
        let bundled = Fixtures.packageRoot.appendingPathComponent(
            "Sources/StanceLogExtraction/Resources/codebook.json")
        let text = try String(contentsOf: bundled, encoding: .utf8)
            .replacingOccurrences(
                of: #""version": "\d{4}\.\d{2}""#, with: #""version": "2099.01""#, options: .regularExpression)
        let file = folder.appendingPathComponent("codebook-2026.json")
        try Data(text.utf8).write(to: file)
        return file.path
    }
}
