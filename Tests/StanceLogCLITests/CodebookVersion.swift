import Foundation
import StanceLogTesting

/// The bundled codebook written under another version, so that re-extraction gives new statement ids.
enum CodebookVersion {
    /// Writes the bundled codebook as version 2099.01 into `folder` and returns the file's path.
    static func write(in folder: URL) throws -> String {
        let bundled = Fixtures.packageRoot.appendingPathComponent("Sources/StanceLogExtraction/Resources/codebook.json")
        let text = try String(contentsOf: bundled, encoding: .utf8)
            .replacingOccurrences(of: #""version": "\d{4}\.\d{2}""#, with: #""version": "2099.01""#, options: .regularExpression)
        let file = folder.appendingPathComponent("codebook-2099.json")
        try Data(text.utf8).write(to: file)
        return file.path
    }
}
