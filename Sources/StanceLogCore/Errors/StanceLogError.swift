/// The error every stancelog module throws: what went wrong, for which input, and what to do.
///
/// The CLI prints ``description`` and exits non-zero; scripts can switch on ``code``.
public struct StanceLogError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable category that scripts and tests can match on.
    public enum Code: String, Sendable, Hashable {
        case invalidInput
        case notFound
        case unreadableFile
        case missingDate
        case duplicate
        case wrongExpectedVersion
        case storeNotEmpty
        case storage
        case corruptEvent
        case chainBroken
        case invalidCodebook
        /// The data was written by a newer stancelog (a schema version or database migration this one does not know).
        case newerVersion
        /// The file passed as a database is not a stancelog database; it was left unchanged.
        case notALog
        /// Output could not be written (disk full, a closed pipe, a file that may not be replaced); nothing partial was left.
        case writeFailed
    }

    public let code: Code
    /// What went wrong and for which input.
    public let message: String
    /// What the user can do about it; nil when there is nothing to add.
    public let hint: String?

    public init(_ code: Code, _ message: String, hint: String? = nil) {
        self.code = code
        self.message = message
        self.hint = hint
    }

    public var description: String {
        guard let hint else { return message }
        return "\(message)\n  hint: \(hint)"
    }
}
