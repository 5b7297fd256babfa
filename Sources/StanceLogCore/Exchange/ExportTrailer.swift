import Foundation

/// The last line of an export: how many events it holds and the hash of the last one.
///
/// A hash chain cannot show that its tail is missing: an export cut at a line
/// boundary is still a valid chain. The trailer can: `import` refuses a file
/// whose trailer is missing, is not the last line, or disagrees with the
/// events before it. The line is `{"trailer":"stancelog-export","events":N,"hash":"<64 hex>"}`;
/// `hash` is the genesis hash for an empty log.
public struct ExportTrailer: Hashable, Sendable {
    /// The number of events before the trailer (the head's sequence number).
    public let events: Int64
    /// The hash of the last event.
    public let hash: String

    public init(events: Int64, hash: String) {
        self.events = events
        self.hash = hash
    }

    /// The trailer of a log whose last event is `last` (nil for an empty log).
    public init(last: RecordedEvent?) {
        self.init(events: last?.sequence ?? 0, hash: last?.hash ?? EventChain.genesisHash)
    }

    /// The trailer as one line of JSON, without the line feed.
    public var line: String { "{\"trailer\":\"stancelog-export\",\"events\":\(events),\"hash\":\"\(hash)\"}" }

    /// The trailer `line` holds, or nil when the line is not a trailer (an event, or anything else).
    public init?(line: some StringProtocol) {
        guard line.contains("\"trailer\""),
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            object["trailer"] as? String == "stancelog-export", let events = object["events"] as? Int,
            let hash = object["hash"] as? String, object.count == 3
        else { return nil }
        self.init(events: Int64(events), hash: hash)
    }

    /// Checks that this trailer ends a file whose events are `events`.
    ///
    /// - Throws: ``StanceLogError`` `chainBroken` saying how the file differs from what was exported.
    public func check(against events: [RecordedEvent]) throws {
        if Int64(events.count) != self.events {
            throw StanceLogError(
                .chainBroken,
                "the trailer says \(self.events) events were exported, the file holds \(events.count)"
                    + (Int64(events.count) < self.events ? ": the file was cut" : ""))
        }
        let head = ExportTrailer(last: events.last)
        if head.hash != hash {
            throw StanceLogError(
                .chainBroken, "the trailer's hash \(hash.prefix(12))… is not the hash of the last event (\(head.hash.prefix(12))…)")
        }
    }
}
