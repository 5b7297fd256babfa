/// A JSON value as parsed, for the payload rewrites of an ``Upcaster``.
///
/// Whole numbers stay integers and other numbers are doubles, so a payload
/// re-encoded with ``EventCodec/canonicalBytes(of:)`` keeps the bytes
/// `JSONEncoder` wrote for it.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
}
