import StanceLogCore

/// The chain head in JSON: `{"hash": "<64 hex>", "sequence": N}`, also the data of each stream event.
struct HeadOutput: Encodable {
    let sequence: Int64
    let hash: String

    init(_ trailer: ExportTrailer) {
        sequence = trailer.events
        hash = trailer.hash
    }
}
