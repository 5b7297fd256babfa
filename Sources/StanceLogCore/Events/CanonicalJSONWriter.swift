/// Writes the canonical JSON of the two hot payloads (``PositionStated``, ``ArticleIngested``) without `JSONEncoder`.
///
/// Foundation's `JSONEncoder` was most of the append path's own CPU time
/// (issue 6's profile, BENCHMARKS.md). This writer produces the very bytes
/// `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]` produces — keys in
/// sorted order, nil optionals omitted, the same string escapes, integers in
/// decimal — and `CanonicalJSONWriterTests` checks that byte for byte against
/// `JSONEncoder`. A confidence whose shortest form is not plain `0.xx`/`1` goes
/// back to `JSONEncoder` (``encode(_:)`` returns nil), so no float formatting
/// rule is guessed.
struct CanonicalJSONWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    static func encode(_ event: PositionStated) -> [UInt8]? {
        var confidence: [UInt8]?
        if let value = event.confidence {
            guard let plain = plainDecimal(value) else { return nil }
            confidence = plain
        }
        var writer = CanonicalJSONWriter(capacity: 384 + event.evidence.reduce(0) { $0 + $1.text.utf8.count })
        writer.raw("{\"articleId\":")
        writer.string(event.articleID.rawValue)
        writer.raw(",\"attribution\":")
        writer.string(event.attribution.rawValue)
        writer.optionalString(",\"by\":", event.by)
        if let confidence {
            writer.raw(",\"confidence\":")
            writer.bytes += confidence
        }
        writer.raw(",\"evidence\":[")
        for (position, span) in event.evidence.enumerated() {
            if position > 0 { writer.raw(",") }
            writer.span(span)
        }
        writer.raw("]")
        if let extractor = event.extractor {
            writer.raw(",\"extractor\":")
            writer.extractor(extractor)
        }
        writer.raw(",\"origin\":")
        writer.string(event.origin.rawValue)
        writer.raw(",\"party\":")
        writer.string(event.party.rawValue)
        writer.optionalString(",\"speaker\":", event.speaker)
        writer.raw(",\"stance\":")
        writer.integer(event.stance.value)
        writer.raw(",\"statementId\":")
        writer.string(event.statementID.rawValue)
        writer.raw(",\"topic\":")
        writer.string(event.topic.rawValue)
        writer.raw(",\"validDate\":")
        writer.string(event.validDate.description)
        writer.raw("}")
        return writer.bytes
    }

    static func encode(_ event: ArticleIngested) -> [UInt8] {
        var writer = CanonicalJSONWriter(capacity: 512 + event.text.utf8.count)
        writer.raw("{\"articleId\":")
        writer.string(event.articleID.rawValue)
        writer.optionalString(",\"dateNote\":", event.dateNote)
        writer.raw(",\"dateSource\":")
        writer.string(event.dateSource.rawValue)
        if let extractor = event.extractor {
            writer.raw(",\"extractor\":")
            writer.extractor(extractor)
        }
        writer.raw(",\"language\":")
        writer.string(event.language)
        writer.optionalString(",\"outlet\":", event.outlet)
        writer.raw(",\"published\":")
        writer.string(event.published.description)
        writer.optionalString(",\"sourceName\":", event.sourceName)
        writer.raw(",\"text\":")
        writer.string(event.text)
        writer.optionalString(",\"title\":", event.title)
        writer.optionalString(",\"url\":", event.url)
        writer.raw("}")
        return writer.bytes
    }

    private mutating func span(_ span: EvidenceSpan) {
        raw("{")
        var first = true
        if let end = span.end {
            raw("\"end\":")
            integer(end)
            first = false
        }
        if let start = span.start {
            raw(first ? "\"start\":" : ",\"start\":")
            integer(start)
            first = false
        }
        raw(first ? "\"text\":" : ",\"text\":")
        string(span.text)
        raw("}")
    }

    private mutating func extractor(_ identity: ExtractorIdentity) {
        raw("{\"codebook\":")
        string(identity.codebook)
        raw(",\"name\":")
        string(identity.name)
        raw(",\"version\":")
        string(identity.version)
        raw("}")
    }

    private mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes += $0 }
    }

    /// `key` (written with its leading comma and colon) and the string, or nothing when the value is nil.
    private mutating func optionalString(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        raw(key)
        string(value)
    }

    private mutating func integer(_ value: Int) {
        bytes += String(value).utf8
    }

    /// A JSON string with JSONEncoder's escapes: `"` `\` and control characters; `/` and non-ASCII as is.
    ///
    /// Walks the string's contiguous UTF-8 with integer offsets and copies each run without an
    /// escape in one append: the article text (3 KB a payload) is most of an append's bytes.
    private mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { quote($0) }
    }

    private mutating func quote(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(0x22)
        var runStart = 0
        for index in 0..<utf8.count {
            let byte = utf8[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
            bytes.append(0x5C)
            switch byte {
            case 0x22, 0x5C: bytes.append(byte)
            case 0x08: bytes.append(0x62)
            case 0x0C: bytes.append(0x66)
            case 0x0A: bytes.append(0x6E)
            case 0x0D: bytes.append(0x72)
            case 0x09: bytes.append(0x74)
            default:
                let digits: StaticString = "0123456789abcdef"
                bytes.append(0x75)
                bytes.append(0x30)
                bytes.append(0x30)
                digits.withUTF8Buffer { hex in
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0x0F)])
                }
            }
            runStart = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        bytes.append(0x22)
    }

    /// `0.xx`-style and whole numbers in 0…1 as JSONEncoder writes them, nil for anything else.
    static func plainDecimal(_ value: Double) -> [UInt8]? {
        guard value.isFinite, value >= 0, value <= 1 else { return nil }
        if value == 0 { return Array("0".utf8) }
        if value == 1 { return Array("1".utf8) }
        let text = value.description
        guard text.hasPrefix("0."), text.utf8.count <= 19, !text.contains("e") else { return nil }
        return Array(text.utf8)
    }
}
