import Foundation
import StanceLogCore

/// Turns a JSON decoding failure into one line naming the key or the line of the file.
enum CodebookSyntax {
    static func describe(_ error: DecodingError, in data: Data) -> String {
        guard case .dataCorrupted(let context) = error, context.codingPath.isEmpty else {
            return error.summary
        }
        let detail = context.underlyingError.map { "\($0)" } ?? context.debugDescription
        if detail.contains("line") { return "not valid JSON: \(detail)" }
        return "not valid JSON near \(lineOfFirstProblem(in: data)): \(detail)"
    }

    /// A rough position for a syntax error: the line where brackets stop balancing, or the last line.
    private static func lineOfFirstProblem(in data: Data) -> String {
        var line = 1
        var depth = 0
        var inString = false
        var escaped = false
        for byte in data {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth < 0 { return "line \(line)" }
            default: break
            }
        }
        return "line \(line)"
    }
}
