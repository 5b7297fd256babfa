/// One article's entry in a `manifest.json` beside the article files.
///
/// The manifest carries what the text may not: the publication date an analyst
/// established, the outlet, the URL, the title. Any field may be null or missing.
public struct ManifestEntry: Hashable, Sendable, Codable {
    public let file: String
    public let url: String?
    public let published: String?
    /// How the date was established, e.g. `text`, `analyst`, `date prefix`.
    public let dateSource: String?
    /// Free-text detail on the date, e.g. the evidence an analyst used.
    public let dateNote: String?
    public let outlet: String?
    /// The headline, when the text's first lines do not carry it.
    public let title: String?

    public init(
        file: String, url: String? = nil, published: String? = nil, dateSource: String? = nil,
        dateNote: String? = nil, outlet: String? = nil, title: String? = nil
    ) {
        self.file = file
        self.url = url
        self.published = published
        self.dateSource = dateSource
        self.dateNote = dateNote
        self.outlet = outlet
        self.title = title
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case file, url, published, dateSource = "date_source", dateNote = "date_note", outlet, title
    }

    /// Every key a manifest entry may have.
    static let keys = Set(CodingKeys.allCases.map(\.rawValue))
}

extension ManifestEntry {
    /// The fields in which `other` differs from this entry, as `url 'a' vs 'b'`.
    func differences(from other: ManifestEntry) -> [String] {
        let fields: [(String, String?, String?)] = [
            ("url", url, other.url), ("published", published, other.published),
            ("date_source", dateSource, other.dateSource), ("date_note", dateNote, other.dateNote),
            ("outlet", outlet, other.outlet), ("title", title, other.title),
        ]
        return fields.filter { $0.1 != $0.2 }.map { "\($0.0) '\($0.1 ?? "null")' vs '\($0.2 ?? "null")'" }
    }
}
