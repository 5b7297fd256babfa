/// The raw bytes of one article to ingest, with where they came from.
public struct ArticleInput: Hashable, Sendable {
    /// A path, or `-` for standard input; used in messages and recorded as the source name.
    public let name: String
    public let bytes: [UInt8]
    /// The entry of `manifest.json` beside the file, if any.
    public let manifest: ManifestEntry?

    /// The last path component of ``name``: what the log records, so that events do not depend on the working folder.
    public var fileName: String {
        name.split(separator: "/").last.map(String.init) ?? name
    }

    /// How messages name the input: the path, or `standard input (-)`.
    public var displayName: String {
        name == "-" ? "standard input (-)" : name
    }

    public init(name: String, bytes: [UInt8], manifest: ManifestEntry? = nil) {
        self.name = name
        self.bytes = bytes
        self.manifest = manifest
    }
}
