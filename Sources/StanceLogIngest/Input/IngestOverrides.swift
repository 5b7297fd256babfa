public import StanceLogCore

/// Values given on the command line that win over the manifest and the text.
public struct IngestOverrides: Hashable, Sendable {
    public var date: PartialDate?
    public var outlet: String?
    public var url: String?

    public init(date: PartialDate? = nil, outlet: String? = nil, url: String? = nil) {
        self.date = date
        self.outlet = outlet
        self.url = url
    }
}
