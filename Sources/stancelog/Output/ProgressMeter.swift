import Foundation

/// A one-line progress display on standard error: count, rate and, with a total, ETA.
///
/// Shown only when standard error is a terminal and the work has run for more than
/// ``delay`` (a second), redrawn at most five times a second, and erased by ``finish()`` so the
/// summary line that follows stands alone. Never written into pipes or files.
final class ProgressMeter: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private let started = Date()
    private let lock = NSLock()
    private var total: Int?
    private var done = 0
    private var lastDraw: Date?
    private var drawn = false

    /// Seconds of work before progress shows: 1, or `STANCELOG_PROGRESS_DELAY` (seconds, 0 or more)
    /// where it is set, so that the tests see progress on a machine that does their work in under a second.
    /// A value that is no number of seconds is named on standard error, and the second stays.
    static let delay: Double = {
        guard let text = ProcessInfo.processInfo.environment["STANCELOG_PROGRESS_DELAY"] else { return 1 }
        guard let seconds = Double(text), seconds >= 0, seconds.isFinite else {
            FileHandle.standardError.write(Data(
                "stancelog: STANCELOG_PROGRESS_DELAY '\(TerminalText.escape(text, keepingNewlines: false))' is not a number of seconds (0 or more); progress shows after 1 s. Set it to a number such as 0 or 2.5, or unset it.\n".utf8))
            return 1
        }
        return seconds
    }()

    init(label: String, total: Int?, enabled: Bool) {
        self.label = label
        self.total = total
        self.enabled = enabled
    }

    /// Records that `count` items are done (of `total`, when it is known only now).
    func update(_ count: Int, of total: Int? = nil) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        done = count
        if let total { self.total = total }
        let now = Date()
        guard now.timeIntervalSince(started) >= Self.delay, lastDraw.map({ now.timeIntervalSince($0) >= 0.2 }) ?? true else { return }
        lastDraw = now
        drawn = true
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line(now: now)).utf8))
    }

    /// Erases the progress line, if one was drawn.
    func finish() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }

    /// `ingest: 1,200 / 5,000 articles, 410/s, about 9 s left`.
    private func line(now: Date) -> String {
        let seconds = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / seconds
        var text = "\(label): \(done)"
        if let total {
            text += " / \(total)"
            if rate > 0, total > done { text += ", \(Int(rate))/s, about \(Int((Double(total - done) / rate).rounded(.up))) s left" }
        } else {
            text += ", \(Int(rate))/s"
        }
        return TerminalText.escape(text, keepingNewlines: false)
    }
}

extension ProgressMeter {
    /// Runs `work`, showing `label… N s` on standard error while it takes more than ``delay``.
    ///
    /// For steps that cannot count what they have done (a hash-chain check, a rebuild
    /// inside one transaction): the elapsed time at least shows the command is alive.
    static func timing<T: Sendable>(_ label: String, enabled: Bool, _ work: () async throws -> T) async throws -> T {
        guard enabled else { return try await work() }
        let started = Date()
        let ticker = Task {
            try await Task.sleep(for: .seconds(delay))
            while !Task.isCancelled {
                let seconds = Int(Date().timeIntervalSince(started))
                FileHandle.standardError.write(Data("\r\u{1B}[K\(TerminalText.escape(label, keepingNewlines: false))… \(seconds) s".utf8))
                try await Task.sleep(for: .milliseconds(500))
            }
        }
        defer {
            ticker.cancel()
            if Date().timeIntervalSince(started) >= delay { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
        return try await work()
    }
}
