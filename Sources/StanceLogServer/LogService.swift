public import StanceLogExtraction

/// Everything the routes share: the log, the codebook writes and filters are checked against, and who may write.
public struct LogService: Sendable {
    public let log: ServerLog
    public let codebook: Codebook
    public let access: WriteAccess

    public init(log: ServerLog, codebook: Codebook, access: WriteAccess) {
        self.log = log
        self.codebook = codebook
        self.access = access
    }
}
